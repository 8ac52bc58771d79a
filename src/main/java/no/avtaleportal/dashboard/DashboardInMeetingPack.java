package no.avtaleportal.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.meeting.MeetingPack;
import no.avtaleportal.meeting.MeetingPackContribution;

/**
 * The status report of a meeting pack: the dashboard's focus areas of the meeting's agreement as
 * they stood on the meeting's day, for both parties ({@code dashboard/pack}).
 */
@Component
class DashboardInMeetingPack implements MeetingPackContribution {

	private final Dashboards dashboards;

	DashboardInMeetingPack(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@Override
	public Optional<MeetingPack.Section> toPack(MeetingPack.Facts meeting, SignedInUser user) {
		// the pack shows the focus areas only, so it needs no more than the first late activities
		return Optional.of(new MeetingPack.Section(10, "dashboard/pack",
				this.dashboards.of(meeting.agreementId(), user, meeting.statusDay(), null, false)));
	}

}
