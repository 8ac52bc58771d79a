/**
 * Who created and last changed each record, and when: the columns every edited table carries,
 * filled by Spring Data's JPA auditing from the signed-in user and the portal's clock.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package no.avtaleportal.audit;
