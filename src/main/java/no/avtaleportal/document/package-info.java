/**
 * Documents the parties share under an agreement (clause 2A: reports and analyses): uploads kept
 * in PostgreSQL, their content type told from the bytes, a size limit with a clear message, safe
 * downloads, and a searchable library per agreement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
		allowedDependencies = { "account :: api", "activity :: api", "agreement :: api", "audit :: api", "database", "people :: api", "search", "web" })
package no.avtaleportal.document;
