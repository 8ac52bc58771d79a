/**
 * The start page and the progress dashboard of an agreement, where the steering group lands after
 * signing in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Start page and dashboards",
		allowedDependencies = { "account :: api", "activity :: api", "agreement :: api", "evaluation :: api", "indicator :: api", "meeting :: api", "people :: api", "web" })
package no.avtaleportal.dashboard;
