/**
 * Notices to people: in the portal (with an unread count) and by e-mail, as each person chooses
 * per kind (at once, in the Monday digest, or not at all). Other modules publish a
 * {@link no.avtaleportal.notification.Notice} (or call {@link no.avtaleportal.notification.Notifications});
 * it is kept in PostgreSQL by Spring Modulith's event publication registry until this module has
 * handled it, and every mail is kept with how its delivery went (the outbox, {@code /admin/outbox}).
 * This module depends on accounts and the web basics only, so that every feature may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package no.avtaleportal.notification;
