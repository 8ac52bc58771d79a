package no.avtaleportal.statusround;

import java.time.LocalDate;
import java.util.List;

/**
 * The secretary opened a status round: each person in {@code requests} gets one mail listing
 * their activities with links to the update forms, to answer by the deadline. {@code path} is
 * the round's progress page.
 */
public record StatusRoundOpened(long roundId, long agreementId, String agreementTitle, LocalDate deadline,
		String openedByName, String message, String path, List<StatusRequest> requests) {
}
