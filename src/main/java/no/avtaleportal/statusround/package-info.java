/**
 * The status round (statusrunde) before a meeting: the secretary asks the people responsible for
 * open activities of an agreement for a status update by a deadline, follows who has answered
 * (per person and party), and a reminder goes out two days before the deadline. It publishes
 * {@link no.avtaleportal.statusround.StatusRoundOpened} and
 * {@link no.avtaleportal.statusround.StatusRoundReminderDue} for the mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Status rounds")
package no.avtaleportal.statusround;
