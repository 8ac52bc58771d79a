/**
 * Who created and last changed each record, and every change it went through: the columns every
 * edited table carries ({@link no.avtaleportal.audit.StampedEntity}, filled by Spring Data's JPA
 * auditing from the signed-in user and the portal's clock), and the history of each entity that
 * Hibernate Envers audits ({@link no.avtaleportal.audit.History}, shown on the "Historikk" pages
 * in words, field by field).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit and history")
package no.avtaleportal.audit;
