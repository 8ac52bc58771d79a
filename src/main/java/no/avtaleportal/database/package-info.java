/**
 * The database the portal runs on: an embedded PostgreSQL in a persistent folder when no
 * {@code spring.datasource.url} is given, and the demo content that Flyway loads in demo mode.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package no.avtaleportal.database;
