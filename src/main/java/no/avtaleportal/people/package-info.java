/**
 * People and the organisations they belong to: the parties of an agreement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People and organisations",
		allowedDependencies = { "account :: api", "audit :: api", "web" })
package no.avtaleportal.people;
