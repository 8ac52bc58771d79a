package no.avtaleportal.statusround;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.meeting.MeetingPack;
import no.avtaleportal.meeting.MeetingPackContribution;

/**
 * The status round's part of a meeting pack: the answers to the agreement's latest round opened
 * before the meeting, as given by the meeting (or by now, while it is ahead)
 * ({@code statusround/pack}).
 */
@Component
class StatusRoundInMeetingPack implements MeetingPackContribution {

	private final StatusRounds rounds;

	private final Clock clock;

	StatusRoundInMeetingPack(StatusRounds rounds, Clock clock) {
		this.rounds = rounds;
		this.clock = clock;
	}

	@Override
	public Optional<MeetingPack.Section> toPack(MeetingPack.Facts meeting, SignedInUser user) {
		Instant start = meeting.startsAt().toInstant();
		Instant now = this.clock.instant();
		return Optional.of(new MeetingPack.Section(20, "statusround/pack",
				this.rounds.answersBefore(meeting.agreementId(), start, now.isBefore(start) ? now : start, user)
					.orElse(null)));
	}

}
