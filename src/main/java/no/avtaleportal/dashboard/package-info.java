/**
 * The start page after login, and later the progress dashboards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start page and dashboards")
package no.avtaleportal.dashboard;
