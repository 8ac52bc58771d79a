package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import no.avtaleportal.agreement.Agreements.Topic;

/**
 * The meeting page and the minutes PDF as the user may see them ({@link MeetingPages#page}): the
 * agenda items with their decisions and action items, attendance, the minutes' history, addenda,
 * action items carried over, who approved, and what the user may do now. What the minutes allow is
 * asked of {@link MinutesStatus} and {@link ActionItem}; this record only adds who the user is. The
 * meeting, its minutes' events and its addenda are the aggregate's entities, whose rules the page
 * asks; the agenda, decisions, action items and attendees are read as rows, as the page shows them.
 * {@code carriedOver} is the page of the action items carried over that the page shows (all of them
 * in the meeting pack), of {@code carriedOverTotal}.
 */
public record MeetingPage(Meeting meeting, Membership membership, List<ItemView> items, List<AttendeeRow> attendees,
		List<MinutesEvent> events, List<AddendumView> addenda, List<ActionRow> carriedOver, int carriedOverTotal,
		List<String> approvedBy,
		List<String> awaitingParties, boolean approvedByMe, Long personId, LocalDate today,
		Map<Long, String> partyNames, Instant now) {

	public boolean canEdit() {
		return this.membership.isInsider() && this.meeting.isDraft();
	}

	public boolean canPlan() {
		return canEdit() && this.meeting.getStatus() == MeetingStatus.PLANNED;
	}

	/**
	 * Whether the user may send the meeting's notice now: planned and not started, and its notice
	 * not sent yet or out of date since it was moved.
	 */
	public boolean canSendNotice() {
		return canPlan() && noticeCanBeSent(this.meeting, this.now);
	}

	/** Whether the meeting wants its notice sent (or sent again): planned, a draft, not started, not sent or moved since. */
	static boolean noticeCanBeSent(Meeting meeting, Instant now) {
		return meeting.getStatus() == MeetingStatus.PLANNED && meeting.isDraft() && !meeting.hasStarted(now)
				&& (!meeting.isNoticeSent() || meeting.isNoticeOutOfDate());
	}

	/** Whether the meeting may be marked held now: planned, a draft, and started. */
	public boolean canMarkHeld() {
		return canPlan() && this.meeting.hasStarted(this.now);
	}

	/** Whether a meeting marked held (by mistake) may be set back to planned. */
	public boolean canMarkNotHeld() {
		return canEdit() && this.meeting.getStatus() == MeetingStatus.HELD;
	}

	public boolean canSubmit() {
		return canEdit() && this.meeting.getMinutesStatus().canMoveTo(MinutesStatus.SUBMITTED)
				&& this.meeting.getStatus() == MeetingStatus.HELD;
	}

	public boolean isSubmitted() {
		return this.meeting.getMinutesStatus() == MinutesStatus.SUBMITTED;
	}

	public boolean canApprove() {
		return this.membership.isMember() && this.meeting.getMinutesStatus().canMoveTo(MinutesStatus.APPROVED)
				&& !this.approvedByMe;
	}

	public boolean canReturn() {
		return this.membership.isInsider() && this.meeting.getMinutesStatus().canMoveTo(MinutesStatus.DRAFT);
	}

	public boolean canComment() {
		return this.membership.isInsider() && this.meeting.getMinutesStatus().isOpenForComments();
	}

	public boolean canPublish() {
		return this.membership.isInsider() && this.meeting.getMinutesStatus().canMoveTo(MinutesStatus.PUBLISHED);
	}

	public boolean isApprovedOrPublished() {
		return this.meeting.getMinutesStatus().isAgreed();
	}

	public boolean canArchive() {
		return this.membership.isInsider() && isApprovedOrPublished();
	}

	/** Whether the user may mark the agreed action item done: its owner, or the steering group. */
	public boolean canClose(ActionRow action) {
		return ActionItem.canBeClosedBy(action.closable(), action.ownerPersonId(), this.personId,
				this.membership.isInsider());
	}

	/** Whether the user gets the meeting pack: a member or the secretary, of a meeting not cancelled. */
	public boolean hasPack() {
		return this.membership.isInsider() && this.meeting.getStatus() != MeetingStatus.CANCELLED;
	}

	/** The meeting's action items, under all its agenda items. */
	public int actionCount() {
		return this.items.stream().mapToInt(item -> item.actions().size()).sum();
	}

	/** The meeting's decisions, under all its agenda items. */
	public int decisionCount() {
		return this.items.stream().mapToInt(item -> item.decisions().size()).sum();
	}

	/** The addenda both parties have approved, which the published minutes carry. */
	public List<AddendumView> approvedAddenda() {
		return this.addenda.stream().filter(view -> view.addendum().isApproved()).toList();
	}

	public boolean canAddAddendum() {
		return this.membership.isInsider() && this.meeting.getMinutesStatus() == MinutesStatus.PUBLISHED;
	}

	public record ItemView(ItemRow item, String notesHtml, Topic focusArea, Topic commitment, String activityTitle,
			List<DecisionRow> decisions, List<ActionRow> actions) {
	}

	/** An item on the agenda ({@link AgendaItem}). */
	public record ItemRow(long id, String caseNumber, String title, String presenter, Integer plannedMinutes,
			Long focusAreaId, Long commitmentId, Long activityId, String notes) {
	}

	/** A decision ({@link Decision}), numbered once the minutes are approved. */
	public record DecisionRow(long id, String number, String text) {
	}

	/**
	 * An action item ({@link ActionItem}) with the meeting it was agreed at, which is another one for
	 * the items carried over.
	 * @param closable whether it may be marked done now ({@link ActionItem#isClosable()})
	 */
	public record ActionRow(long id, long agendaItemId, MeetingRef meeting, String text, String ownerName,
			Long ownerPersonId, LocalDate dueDate, boolean done, String doneBy, String doneComment, boolean closable) {

		public boolean isOverdueOn(LocalDate day) {
			return ActionItem.isOverdueOn(this.done, this.dueDate, day);
		}

	}

	/** A meeting an action item was agreed at: its id and start, in Norway. */
	public record MeetingRef(long id, ZonedDateTime startsAt) {
	}

	/** Who was invited ({@link Attendee}) and whether they came. */
	public record AttendeeRow(String name, String organisation, AttendeeKind kind, Presence presence) {
	}

	/**
	 * An addendum, the parties whose approval it still waits for, who approved it (name and
	 * party), and whether the user may approve it now.
	 */
	public record AddendumView(Addendum addendum, List<String> awaitingParties, List<String> approvedBy, boolean approvable) {
	}

}
