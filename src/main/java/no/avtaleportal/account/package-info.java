/**
 * Accounts, sign-in and access: local accounts with Argon2id passwords, the login page and its
 * throttle, the roles, and the rule that every URL is denied unless a module's {@link no.avtaleportal.account.AccessRules} allow it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and access",
		allowedDependencies = { "audit :: api", "database", "web" })
package no.avtaleportal.account;
