/**
 * The start page and the progress dashboard of an agreement, where the steering group lands after
 * signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start page and dashboards")
package no.avtaleportal.dashboard;
