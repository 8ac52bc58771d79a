package no.avtaleportal.meeting;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.avtaleportal.agreement.AgreementPageContribution;

/**
 * The steering group's meetings per year against the minimum, on the agreement's
 * responsibilities page ({@code meetingRhythm}, absent when the agreement has no steering group).
 */
@Component
class MeetingRhythmOnAgreementPages implements AgreementPageContribution {

	private final SteeringGroupMeetings meetings;

	MeetingRhythmOnAgreementPages(SteeringGroupMeetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public void toResponsibilitiesPage(long agreementId, Model model) {
		this.meetings.rhythmOfAgreement(agreementId).ifPresent(rhythm -> model.addAttribute("meetingRhythm", rhythm));
	}

}
