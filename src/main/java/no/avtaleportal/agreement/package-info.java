/**
 * Agreements modelled whole: parties and signatories, clauses, focus areas and their commitments
 * (intentions), delegations of responsibility to roles, the steering group and the term. The
 * NTNU–NHO agreement ships as {@code agreements/ntnu-nho-2023.yaml} and is imported at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements",
		allowedDependencies = { "account :: api", "audit :: api", "database", "notification", "people :: api", "search", "web" })
package no.avtaleportal.agreement;
