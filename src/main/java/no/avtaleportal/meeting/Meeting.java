package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;
import no.avtaleportal.web.Formats;

/**
 * A steering group meeting and its minutes: one aggregate, so that its version guards the agenda,
 * attendance, notes, decisions and action items together. The minutes move draft → submitted →
 * approved → published; every change of content checks that the minutes are still a draft.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Meeting extends StampedEntity {

	static final ZoneId OSLO = Formats.OSLO;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@NotAudited
	private long steeringGroupId;

	private Instant startsAt;

	private int durationMinutes;

	private String place;

	private String videoLink;

	@Enumerated(EnumType.STRING)
	private MeetingStatus status = MeetingStatus.PLANNED;

	private String cancellationReason;

	/** The name of who cancelled the meeting. */
	private String cancelledBy;

	private Instant cancelledAt;

	@Enumerated(EnumType.STRING)
	private MinutesStatus minutesStatus = MinutesStatus.DRAFT;

	private String archiveReference;

	@NotAudited
	private String calendarUid;

	@NotAudited
	private int calendarSequence;

	/** When the notice (innkalling) was last sent, by whom, and with which calendar SEQUENCE. */
	@NotAudited
	private Instant noticeSentAt;

	@NotAudited
	private String noticeSentBy;

	@NotAudited
	private Integer noticeSequence;

	private boolean example;

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 100) // a calendar feed lists the agendas of many meetings in a few statements
	private List<AgendaItem> agenda = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Attendee> attendees = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Decision> decisions = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueDate, id")
	private List<ActionItem> actionItems = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("occurredAt, id")
	private List<MinutesEvent> events = new ArrayList<>();

	@NotAudited
	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("proposedAt, id")
	// a set in that order, so that the meeting page fetches the addenda with the attendees (a list)
	private Set<Addendum> addenda = new java.util.LinkedHashSet<>();

	@Version
	private long version;

	protected Meeting() {
	}

	Meeting(long steeringGroupId, ZonedDateTime startsAt, int durationMinutes, String place, String videoLink) {
		this.steeringGroupId = steeringGroupId;
		this.calendarUid = UUID.randomUUID() + "@avtaleportal";
		reschedule(startsAt, durationMinutes, place, videoLink);
		this.calendarSequence = 0;
	}

	// ---- planning

	void reschedule(ZonedDateTime startsAt, int durationMinutes, String place, String videoLink) {
		requirePlanned();
		Assert.isTrue(durationMinutes > 0, "a meeting lasts a while");
		boolean moved = this.startsAt == null || !this.startsAt.equals(startsAt.toInstant())
				|| this.durationMinutes != durationMinutes || !java.util.Objects.equals(this.place, blankToNull(place))
				|| !java.util.Objects.equals(this.videoLink, blankToNull(videoLink));
		this.startsAt = startsAt.toInstant();
		this.durationMinutes = durationMinutes;
		this.place = blankToNull(place);
		this.videoLink = blankToNull(videoLink);
		if (moved) {
			this.calendarSequence++;
		}
	}

	// ---- the notice (innkalling)

	/**
	 * Records that the notice of this planned meeting went out now, with the calendar's current
	 * SEQUENCE: a later move raises the sequence and makes the notice out of date.
	 */
	void recordNotice(Actor actor, Instant now) {
		requireDraft();
		requireState(this.status == MeetingStatus.PLANNED && !hasStarted(now));
		this.noticeSentAt = now;
		this.noticeSentBy = actor.name();
		this.noticeSequence = this.calendarSequence;
	}

	/** Whether a notice of the meeting went out (and so a cancellation must follow it). */
	public boolean isNoticeSent() {
		return this.noticeSequence != null;
	}

	/** Whether the meeting was moved after its notice went out. */
	public boolean isNoticeOutOfDate() {
		return isNoticeSent() && this.status == MeetingStatus.PLANNED && this.calendarSequence > this.noticeSequence;
	}

	/** Records that the cancellation went to those who got the notice. */
	void recordCancellationNotice(Instant now) {
		requireState(this.status == MeetingStatus.CANCELLED && isNoticeSent());
		this.noticeSentAt = now;
		this.noticeSequence = this.calendarSequence;
	}

	public ZonedDateTime getNoticeSentAtInOslo() {
		return (this.noticeSentAt != null) ? this.noticeSentAt.atZone(OSLO) : null;
	}

	public String getNoticeSentBy() {
		return this.noticeSentBy;
	}

	public Integer getNoticeSequence() {
		return this.noticeSequence;
	}

	/**
	 * Records that the meeting took place; only once it has started.
	 * @throws MeetingRuleException when it has not started yet at {@code now}
	 */
	void markHeld(Instant now) {
		requireDraft();
		requireState(this.status == MeetingStatus.PLANNED);
		if (!hasStarted(now)) {
			throw new MeetingRuleException("meeting.error.notStarted");
		}
		this.status = MeetingStatus.HELD;
	}

	/**
	 * Sets a meeting marked held by mistake back to planned, while its minutes are a draft; it can
	 * then be moved or cancelled again.
	 */
	void markNotHeld() {
		requireDraft();
		requireState(this.status == MeetingStatus.HELD);
		this.status = MeetingStatus.PLANNED;
	}

	/** Whether the meeting has started at the instant. */
	public boolean hasStarted(Instant now) {
		return !now.isBefore(this.startsAt);
	}

	void cancel(String reason, Actor actor, Instant now) {
		requirePlanned();
		this.status = MeetingStatus.CANCELLED;
		this.cancellationReason = reason.strip();
		this.cancelledBy = actor.name();
		this.cancelledAt = now;
		this.calendarSequence++;
	}

	void markAsExample() {
		this.example = true;
	}

	// ---- agenda and attendance

	AgendaItem addAgendaItem(String title, String presenter, Integer plannedMinutes, AgendaItem.Topics topics) {
		requireDraft();
		AgendaItem item = new AgendaItem(this, this.agenda.size() + 1, title, presenter, plannedMinutes, topics);
		this.agenda.add(item);
		return item;
	}

	void moveAgendaItem(long itemId, int steps) {
		requireDraft();
		AgendaItem item = agendaItem(itemId);
		int from = this.agenda.indexOf(item);
		int to = Math.max(0, Math.min(this.agenda.size() - 1, from + steps));
		this.agenda.remove(from);
		this.agenda.add(to, item);
		for (int i = 0; i < this.agenda.size(); i++) {
			this.agenda.get(i).placeAt(i + 1);
		}
	}

	void removeAgendaItem(long itemId) {
		requireDraft();
		AgendaItem item = agendaItem(itemId);
		this.decisions.removeIf(decision -> decision.getAgendaItem() == item);
		this.actionItems.removeIf(action -> action.getAgendaItem() == item);
		this.agenda.remove(item);
		for (int i = 0; i < this.agenda.size(); i++) {
			this.agenda.get(i).placeAt(i + 1);
		}
	}

	AgendaItem agendaItem(long itemId) {
		return this.agenda.stream()
			.filter(item -> item.getId() == itemId)
			.findFirst()
			.orElseThrow(() -> new no.avtaleportal.web.NotFoundException("agenda item " + itemId));
	}

	Attendee addAttendee(String name, String organisation, Long personId, AttendeeKind kind) {
		requireDraft();
		Attendee attendee = new Attendee(this, this.attendees.size() + 1, name, organisation, personId, kind);
		this.attendees.add(attendee);
		return attendee;
	}

	void recordPresence(long attendeeId, Presence presence) {
		requireDraft();
		attendee(attendeeId).record(presence);
	}

	Optional<Attendee> findAttendee(long attendeeId) {
		return this.attendees.stream().filter(attendee -> attendee.getId() == attendeeId).findFirst();
	}

	private Attendee attendee(long attendeeId) {
		return findAttendee(attendeeId).orElseThrow(() -> new no.avtaleportal.web.NotFoundException("attendee " + attendeeId));
	}

	// ---- minutes content

	void writeNotes(long itemId, String title, String presenter, Integer plannedMinutes, AgendaItem.Topics topics,
			String notes) {
		requireDraft();
		agendaItem(itemId).rewrite(title, presenter, plannedMinutes, topics, notes);
	}

	Decision addDecision(long itemId, String text) {
		requireDraft();
		Decision decision = new Decision(this, agendaItem(itemId), text);
		this.decisions.add(decision);
		return decision;
	}

	void rewriteDecision(long decisionId, String text) {
		requireDraft();
		decision(decisionId).rewrite(text);
	}

	void removeDecision(long decisionId) {
		requireDraft();
		this.decisions.removeIf(decision -> decision.getId() == decisionId);
	}

	/**
	 * Merges a decision recorded twice into the one kept: the duplicate goes, the kept one's text
	 * stays as it is (edit it to say what was decided).
	 */
	void mergeDecision(long duplicateId, long keptId) {
		requireDraft();
		Decision kept = decision(keptId);
		Decision duplicate = decision(duplicateId);
		requireState(kept != duplicate);
		this.decisions.remove(duplicate);
	}

	Decision decision(long decisionId) {
		return this.decisions.stream()
			.filter(decision -> decision.getId() == decisionId)
			.findFirst()
			.orElseThrow(() -> new no.avtaleportal.web.NotFoundException("decision " + decisionId));
	}

	ActionItem addActionItem(long itemId, String text, Owner owner, java.time.LocalDate dueDate) {
		requireDraft();
		ActionItem action = new ActionItem(this, agendaItem(itemId), text, owner.name(), owner.personId(), dueDate);
		this.actionItems.add(action);
		return action;
	}

	void rewriteActionItem(long actionId, String text, Owner owner, java.time.LocalDate dueDate) {
		requireDraft();
		actionItem(actionId).rewrite(text, owner.name(), owner.personId(), dueDate);
	}

	void removeActionItem(long actionId) {
		requireDraft();
		this.actionItems.removeIf(action -> action.getId() == actionId);
	}

	/**
	 * Merges an action item recorded twice into the one kept: the duplicate goes, the kept one
	 * keeps its text and owner and takes the earlier of the two due dates.
	 */
	void mergeActionItem(long duplicateId, long keptId) {
		requireDraft();
		ActionItem kept = actionItem(keptId);
		ActionItem duplicate = actionItem(duplicateId);
		requireState(kept != duplicate);
		kept.dueBy(duplicate.getDueDate());
		this.actionItems.remove(duplicate);
	}

	ActionItem actionItem(long actionId) {
		return findActionItem(actionId).orElseThrow(() -> new no.avtaleportal.web.NotFoundException("action item " + actionId));
	}

	/** Requires the minutes to be a draft, for pages that only lead to a change of one. */
	void requireEditable() {
		requireDraft();
	}

	/**
	 * Requires the meeting to be planned, with its minutes a draft, as moving or cancelling it does;
	 * for the pages that lead to that (a form that could not be saved is not shown).
	 */
	void requirePlanned() {
		requireDraft();
		requireState(this.status == MeetingStatus.PLANNED);
	}

	Optional<ActionItem> findActionItem(long actionId) {
		return this.actionItems.stream().filter(action -> action.getId() == actionId).findFirst();
	}

	// ---- the workflow

	void submit(Actor actor, Instant now) {
		requireState(this.status == MeetingStatus.HELD);
		moveTo(MinutesStatus.SUBMITTED);
		record(MinutesEventKind.SUBMITTED, actor, now, null, null);
	}

	void returnToDraft(Actor actor, Instant now, String reason) {
		moveTo(MinutesStatus.DRAFT);
		record(MinutesEventKind.RETURNED, actor, now, null, reason);
	}

	/**
	 * Records the approval of a member acting for a party of the agreement; each party approves
	 * once, and the minutes are approved once every party has approved them since they were last
	 * submitted. Approvals recorded for an organisation that is no party count for nothing.
	 * @return whether this approval completed the approval
	 */
	boolean approve(Actor actor, Instant now, Collection<Long> partyOrganisationIds) {
		requireState(this.minutesStatus.canMoveTo(MinutesStatus.APPROVED) && actor.organisationId() != null
				&& partyOrganisationIds.contains(actor.organisationId()));
		requireState(!approvedParties(partyOrganisationIds).contains(actor.organisationId())
				&& currentApprovals().stream().noneMatch(event -> event.getActorUsername().equals(actor.username())));
		record(MinutesEventKind.APPROVED, actor, now, null, null);
		if (approvedParties(partyOrganisationIds).containsAll(partyOrganisationIds)) {
			moveTo(MinutesStatus.APPROVED);
			return true;
		}
		return false;
	}

	void publish(Actor actor, Instant now) {
		moveTo(MinutesStatus.PUBLISHED);
		record(MinutesEventKind.PUBLISHED, actor, now, null, null);
	}

	void comment(Actor actor, Instant now, String text) {
		requireState(this.minutesStatus.isOpenForComments());
		record(MinutesEventKind.COMMENT, actor, now, text, null);
	}

	/**
	 * Proposes a correction to the published minutes: a draft until a member of each party has
	 * approved it ({@link #approveAddendum}).
	 */
	Addendum addAddendum(Actor actor, Instant now, String text, String reason) {
		requireState(this.minutesStatus == MinutesStatus.PUBLISHED);
		Addendum addendum = new Addendum(this, actor, now, text, reason);
		this.addenda.add(addendum);
		return addendum;
	}

	/**
	 * Records the member's approval of the addendum for their party.
	 * @return whether this approval completed the approval
	 */
	boolean approveAddendum(long addendumId, Actor actor, Instant now, Collection<Long> partyOrganisationIds) {
		Addendum addendum = addendum(addendumId);
		addendum.approve(actor, now, partyOrganisationIds);
		return addendum.isApproved();
	}

	Addendum addendum(long addendumId) {
		return this.addenda.stream()
			.filter(addendum -> addendum.getId() == addendumId)
			.findFirst()
			.orElseThrow(() -> new no.avtaleportal.web.NotFoundException("addendum " + addendumId));
	}

	void fileInArchive(String reference) {
		requireState(this.minutesStatus.isAgreed());
		this.archiveReference = reference.strip();
	}

	/** The parties that have approved the minutes since they were last submitted. */
	Set<Long> approvedParties(Collection<Long> partyOrganisationIds) {
		return currentApprovals().stream()
			.map(MinutesEvent::getOrganisationId)
			.filter(partyOrganisationIds::contains)
			.collect(Collectors.toSet());
	}

	/** The approvals given since the minutes were last submitted. */
	List<MinutesEvent> currentApprovals() {
		List<MinutesEvent> approvals = new ArrayList<>();
		for (MinutesEvent event : this.events) {
			if (event.getKind() == MinutesEventKind.SUBMITTED) {
				approvals.clear();
			}
			else if (event.getKind() == MinutesEventKind.APPROVED) {
				approvals.add(event);
			}
		}
		return approvals;
	}

	private void record(MinutesEventKind kind, Actor actor, Instant now, String text, String reason) {
		this.events.add(new MinutesEvent(this, kind, actor, now, blankToNull(text), blankToNull(reason)));
	}

	public boolean isDraft() {
		return this.minutesStatus.isEditable();
	}

	/** Moves the minutes to the status, if their state machine ({@link MinutesStatus#next()}) allows it. */
	private void moveTo(MinutesStatus target) {
		requireState(this.minutesStatus.canMoveTo(target));
		this.minutesStatus = target;
	}

	private void requireDraft() {
		requireState(isDraft());
	}

	private static void requireState(boolean allowed) {
		if (!allowed) {
			throw new MinutesLockedException();
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	// ---- reading

	public Long getId() {
		return this.id;
	}

	public long getSteeringGroupId() {
		return this.steeringGroupId;
	}

	public ZonedDateTime getStartsAt() {
		return this.startsAt.atZone(OSLO);
	}

	public ZonedDateTime getEndsAt() {
		return getStartsAt().plusMinutes(this.durationMinutes);
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public String getVideoLink() {
		return this.videoLink;
	}

	public MeetingStatus getStatus() {
		return this.status;
	}

	public String getCancellationReason() {
		return this.cancellationReason;
	}

	public String getCancelledBy() {
		return this.cancelledBy;
	}

	public ZonedDateTime getCancelledAtInOslo() {
		return (this.cancelledAt != null) ? this.cancelledAt.atZone(OSLO) : null;
	}

	public MinutesStatus getMinutesStatus() {
		return this.minutesStatus;
	}

	public String getArchiveReference() {
		return this.archiveReference;
	}

	public String getCalendarUid() {
		return this.calendarUid;
	}

	public int getCalendarSequence() {
		return this.calendarSequence;
	}

	public boolean isExample() {
		return this.example;
	}

	public List<AgendaItem> getAgenda() {
		return this.agenda;
	}

	public List<Attendee> getAttendees() {
		return this.attendees;
	}

	public List<Decision> getDecisions() {
		return this.decisions;
	}

	public List<ActionItem> getActionItems() {
		return this.actionItems;
	}

	public List<Addendum> getAddenda() {
		return List.copyOf(this.addenda);
	}

	public List<MinutesEvent> getEvents() {
		return this.events;
	}

	List<Decision> decisionsInAgendaOrder() {
		return this.decisions.stream()
			.sorted(Comparator.comparingInt((Decision decision) -> decision.getAgendaItem().getPosition())
				.thenComparing(Decision::getId))
			.toList();
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Who owns an action item: their name, and the person (of a party to the agreement) whose
	 * tasks it is among; a guest not registered as a person has none.
	 */
	record Owner(String name, Long personId) {
	}

	/**
	 * Who does something to the minutes: their login, name and the party they act for.
	 */
	record Actor(String username, String name, Long organisationId) {
	}

}
