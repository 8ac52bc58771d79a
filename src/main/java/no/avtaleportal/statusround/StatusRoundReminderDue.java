package no.avtaleportal.statusround;

import java.time.LocalDate;
import java.util.List;

/**
 * Two days before a status round's deadline: the people in {@code notAnswered} have activities
 * without a status update since the round opened (only those activities are listed). Published
 * once per round, whatever the number of instances and restarts.
 */
public record StatusRoundReminderDue(long roundId, long agreementId, String agreementTitle, LocalDate deadline,
		List<StatusRequest> notAnswered) {
}
