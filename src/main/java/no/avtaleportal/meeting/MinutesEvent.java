package no.avtaleportal.meeting;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * One step in the life of the minutes, who took it and when: a transition, an approval (with the
 * party approved for), a comment or an addendum with its reason. Never changed.
 */
@Entity
public class MinutesEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	@Enumerated(EnumType.STRING)
	private MinutesEventKind kind;

	private String actorUsername;

	private String actorName;

	private Long organisationId;

	private Instant occurredAt;

	private String text;

	private String reason;

	protected MinutesEvent() {
	}

	MinutesEvent(Meeting meeting, MinutesEventKind kind, Meeting.Actor actor, Instant occurredAt, String text,
			String reason) {
		this.meeting = meeting;
		this.kind = kind;
		this.actorUsername = actor.username();
		this.actorName = actor.name();
		this.organisationId = actor.organisationId();
		this.occurredAt = occurredAt;
		this.text = text;
		this.reason = reason;
	}

	public MinutesEventKind getKind() {
		return this.kind;
	}

	public String getActorUsername() {
		return this.actorUsername;
	}

	public String getActorName() {
		return this.actorName;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public java.time.ZonedDateTime getOccurredAtInOslo() {
		return this.occurredAt.atZone(Meeting.OSLO);
	}

	public String getText() {
		return this.text;
	}

	public String getReason() {
		return this.reason;
	}

}
