/**
 * "Mine oppgaver", where everyone lands after signing in: what each person is asked to do now,
 * across the agreements, steering groups and activities they may see, most urgent first, each with
 * its action one click away.
 */
@org.springframework.modulith.ApplicationModule(displayName = "My tasks")
package no.avtaleportal.tasks;
