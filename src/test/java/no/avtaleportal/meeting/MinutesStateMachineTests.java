package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The minutes' state machine and the rules that hang on it, on the entities alone (no Spring, no
 * database): draft → submitted → approved by a member of each party → published, and when an
 * action item may be closed.
 */
class MinutesStateMachineTests {

	private static final long NTNU = 1;

	private static final long NHO = 2;

	private static final List<Long> PARTIES = List.of(NTNU, NHO);

	private static final ZonedDateTime STARTS = ZonedDateTime.of(2030, 3, 12, 10, 0, 0, 0, Meeting.OSLO);

	private static final Instant AFTER = STARTS.plusHours(3).toInstant();

	private final Meeting.Actor secretary = new Meeting.Actor("sekretaer", "Siri Sekretær", null);

	private final Meeting.Actor prorektor = new Meeting.Actor("prorektor", "Kari Nordmann", NTNU);

	private final Meeting.Actor colleague = new Meeting.Actor("ntnu", "Per Hansen", NTNU);

	private final Meeting.Actor director = new Meeting.Actor("avdelingsdirektor", "Ola Hansen", NHO);

	@Test
	void eachStatusAllowsOnlyItsNextSteps() {
		assertThat(MinutesStatus.DRAFT.next()).containsExactly(MinutesStatus.SUBMITTED);
		assertThat(MinutesStatus.SUBMITTED.next()).containsExactlyInAnyOrder(MinutesStatus.DRAFT, MinutesStatus.APPROVED);
		assertThat(MinutesStatus.APPROVED.next()).containsExactly(MinutesStatus.PUBLISHED);
		assertThat(MinutesStatus.PUBLISHED.next()).isEmpty();
		assertThat(List.of(MinutesStatus.values())).filteredOn(MinutesStatus::isAgreed)
			.containsExactly(MinutesStatus.APPROVED, MinutesStatus.PUBLISHED);
		assertThat(List.of(MinutesStatus.values())).filteredOn(MinutesStatus::isEditable)
			.containsExactly(MinutesStatus.DRAFT);
	}

	@Test
	void minutesGoFromDraftThroughApprovalByEachPartyToPublished() {
		Meeting meeting = held();
		meeting.submit(this.secretary, AFTER);
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.SUBMITTED);

		assertThat(meeting.approve(this.prorektor, AFTER, PARTIES)).isFalse();
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.SUBMITTED);
		assertThat(meeting.approvedParties(PARTIES)).containsExactly(NTNU);

		assertThat(meeting.approve(this.director, AFTER, PARTIES)).isTrue();
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.APPROVED);

		meeting.publish(this.secretary, AFTER);
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.PUBLISHED);
		assertThat(meeting.getEvents()).extracting(MinutesEvent::getKind)
			.containsExactly(MinutesEventKind.SUBMITTED, MinutesEventKind.APPROVED, MinutesEventKind.APPROVED,
					MinutesEventKind.PUBLISHED);
	}

	@Test
	void onlyAHeldMeetingsDraftIsSubmitted() {
		Meeting planned = planned();
		assertThatThrownBy(() -> planned.submit(this.secretary, AFTER)).isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> planned.markHeld(STARTS.minusMinutes(1).toInstant()))
			.isInstanceOf(MeetingRuleException.class);

		Meeting held = held();
		held.submit(this.secretary, AFTER);
		assertThatThrownBy(() -> held.submit(this.secretary, AFTER)).isInstanceOf(MinutesLockedException.class);
	}

	@Test
	void eachPartyApprovesOnceAndOnlyParties() {
		Meeting meeting = submitted();
		meeting.approve(this.prorektor, AFTER, PARTIES);
		// the same member again, or another member for a party that has approved
		assertThatThrownBy(() -> meeting.approve(this.prorektor, AFTER, PARTIES))
			.isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> meeting.approve(this.colleague, AFTER, PARTIES))
			.isInstanceOf(MinutesLockedException.class);
		// someone for no party, or for none at all
		assertThatThrownBy(() -> meeting.approve(new Meeting.Actor("x", "X", 99L), AFTER, PARTIES))
			.isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> meeting.approve(this.secretary, AFTER, PARTIES))
			.isInstanceOf(MinutesLockedException.class);
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.SUBMITTED);
	}

	@Test
	void returningToDraftForgetsTheApprovalsGiven() {
		Meeting meeting = submitted();
		meeting.approve(this.prorektor, AFTER, PARTIES);
		meeting.returnToDraft(this.secretary, AFTER, null);
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.DRAFT);

		meeting.submit(this.secretary, AFTER);
		assertThat(meeting.approvedParties(PARTIES)).isEmpty();
		assertThat(meeting.approve(this.director, AFTER, PARTIES)).isFalse();
		assertThat(meeting.getMinutesStatus()).isEqualTo(MinutesStatus.SUBMITTED);
	}

	@Test
	void nothingSkipsAStepOrGoesBack() {
		Meeting meeting = submitted();
		assertThatThrownBy(() -> meeting.publish(this.secretary, AFTER)).isInstanceOf(MinutesLockedException.class);
		meeting.approve(this.prorektor, AFTER, PARTIES);
		meeting.approve(this.director, AFTER, PARTIES);
		assertThatThrownBy(() -> meeting.returnToDraft(this.secretary, AFTER, null))
			.isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> meeting.comment(this.secretary, AFTER, "For sent"))
			.isInstanceOf(MinutesLockedException.class);
		meeting.publish(this.secretary, AFTER);
		assertThatThrownBy(() -> meeting.publish(this.secretary, AFTER)).isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> meeting.returnToDraft(this.secretary, AFTER, null))
			.isInstanceOf(MinutesLockedException.class);
	}

	@Test
	void contentChangesOnlyInADraft() {
		Meeting meeting = submitted();
		assertThatThrownBy(() -> meeting.addAgendaItem("Eventuelt", null, null, AgendaItem.Topics.NONE))
			.isInstanceOf(MinutesLockedException.class);
		assertThatThrownBy(() -> meeting.fileInArchive("2030/1")).isInstanceOf(MinutesLockedException.class);
		meeting.comment(this.prorektor, AFTER, "Ser bra ut");
		meeting.approve(this.prorektor, AFTER, PARTIES);
		meeting.approve(this.director, AFTER, PARTIES);
		meeting.fileInArchive(" 2030/4711 ");
		assertThat(meeting.getArchiveReference()).isEqualTo("2030/4711");
		assertThatThrownBy(() -> meeting.addAddendum(this.secretary, AFTER, "Rettelse", "Skrivefeil"))
			.isInstanceOf(MinutesLockedException.class);
		meeting.publish(this.secretary, AFTER);
		assertThat(meeting.addAddendum(this.secretary, AFTER, "Rettelse", "Skrivefeil")).isNotNull();
	}

	@Test
	void anActionItemIsClosedOnceAgreedByItsOwnerOrTheSteeringGroup() {
		Meeting meeting = held();
		AgendaItem item = meeting.addAgendaItem("Status", null, null, AgendaItem.Topics.NONE);
		ActionItem action = new ActionItem(meeting, item, "Sende rapport", "Kari Nordmann", 7L,
				LocalDate.of(2030, 4, 1));
		assertThat(action.canBeClosedBy(7L, false)).isFalse();
		assertThatThrownBy(() -> action.markDone("Kari Nordmann", AFTER, null)).isInstanceOf(MinutesLockedException.class);

		meeting.submit(this.secretary, AFTER);
		assertThat(action.isClosable()).isFalse();
		meeting.approve(this.prorektor, AFTER, PARTIES);
		meeting.approve(this.director, AFTER, PARTIES);

		assertThat(action.isClosable()).isTrue();
		assertThat(action.canBeClosedBy(7L, false)).isTrue();
		assertThat(action.canBeClosedBy(8L, false)).isFalse();
		assertThat(action.canBeClosedBy(null, false)).isFalse();
		assertThat(action.canBeClosedBy(8L, true)).isTrue();

		action.markDone("Kari Nordmann", AFTER, "  Sendt  ");
		assertThat(action.getDoneComment()).isEqualTo("Sendt");
		assertThat(action.canBeClosedBy(7L, true)).isFalse();
		assertThatThrownBy(() -> action.markDone("Kari Nordmann", AFTER, null)).isInstanceOf(MinutesLockedException.class);
	}

	private static Meeting planned() {
		return new Meeting(1, STARTS, 120, "Gløshaugen", null);
	}

	private static Meeting held() {
		Meeting meeting = planned();
		meeting.markHeld(AFTER);
		return meeting;
	}

	private Meeting submitted() {
		Meeting meeting = held();
		meeting.submit(this.secretary, AFTER);
		return meeting;
	}

}
