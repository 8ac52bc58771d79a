package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something someone is to do by a date, agreed under an agenda item. It stays on the agendas of
 * later meetings until its owner or the steering group marks it done, with a comment.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class ActionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AgendaItem agendaItem;

	private String text;

	private String ownerName;

	@NotAudited
	private Long ownerPersonId;

	private LocalDate dueDate;

	private Instant doneAt;

	private String doneBy;

	private String doneComment;

	protected ActionItem() {
	}

	ActionItem(Meeting meeting, AgendaItem agendaItem, String text, String ownerName, Long ownerPersonId,
			LocalDate dueDate) {
		this.meeting = meeting;
		this.agendaItem = agendaItem;
		this.text = text.strip();
		this.ownerName = ownerName;
		this.ownerPersonId = ownerPersonId;
		this.dueDate = dueDate;
	}

	void rewrite(String text, String ownerName, Long ownerPersonId, LocalDate dueDate) {
		this.text = text.strip();
		this.ownerName = ownerName;
		this.ownerPersonId = ownerPersonId;
		this.dueDate = dueDate;
	}

	/** Brings the due date forward to the day, if that is earlier. */
	void dueBy(LocalDate day) {
		if (day.isBefore(this.dueDate)) {
			this.dueDate = day;
		}
	}

	/**
	 * Marks the item done, with a comment if the owner has one.
	 * @throws MinutesLockedException when it is not closable ({@link #isClosable()})
	 */
	void markDone(String by, Instant at, String comment) {
		if (!isClosable()) {
			throw new MinutesLockedException();
		}
		this.doneBy = by;
		this.doneAt = at;
		this.doneComment = (comment == null || comment.isBlank()) ? null : comment.strip();
	}

	/**
	 * Whether the item may be marked done now: it is agreed (its minutes are approved or published)
	 * and not done yet. The one place this rule lives.
	 */
	boolean isClosable() {
		return isClosable(isDone(), this.meeting.getMinutesStatus());
	}

	/** {@link #isClosable()} of an item read for a page ({@link MeetingPage.ActionRow}). */
	static boolean isClosable(boolean done, MinutesStatus minutes) {
		return !done && minutes.isAgreed();
	}

	/** Whether the person owns the item. */
	boolean isOwnedBy(Long personId) {
		return isOwnedBy(this.ownerPersonId, personId);
	}

	private static boolean isOwnedBy(Long ownerPersonId, Long personId) {
		return ownerPersonId != null && ownerPersonId.equals(personId);
	}

	/**
	 * Whether someone may mark the item done now: it is closable, and they own it or are in the
	 * steering group (a member or its secretary).
	 */
	boolean canBeClosedBy(Long personId, boolean inSteeringGroup) {
		return canBeClosedBy(isClosable(), this.ownerPersonId, personId, inSteeringGroup);
	}

	/** {@link #canBeClosedBy(Long, boolean)} of an item read for a page ({@link MeetingPage.ActionRow}). */
	static boolean canBeClosedBy(boolean closable, Long ownerPersonId, Long personId, boolean inSteeringGroup) {
		return closable && (inSteeringGroup || isOwnedBy(ownerPersonId, personId));
	}

	public boolean isDone() {
		return this.doneAt != null;
	}

	public boolean isOverdueOn(LocalDate day) {
		return isOverdueOn(isDone(), this.dueDate, day);
	}

	/** {@link #isOverdueOn(LocalDate)} of an item read for a page ({@link MeetingPage.ActionRow}). */
	static boolean isOverdueOn(boolean done, LocalDate dueDate, LocalDate day) {
		return !done && dueDate.isBefore(day);
	}

	public long getId() {
		return this.id;
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public AgendaItem getAgendaItem() {
		return this.agendaItem;
	}

	public String getText() {
		return this.text;
	}

	public String getOwnerName() {
		return this.ownerName;
	}

	public Long getOwnerPersonId() {
		return this.ownerPersonId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public Instant getDoneAt() {
		return this.doneAt;
	}

	public String getDoneBy() {
		return this.doneBy;
	}

	public String getDoneComment() {
		return this.doneComment;
	}

}
