package no.avtaleportal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Someone on a meeting's attendance list: a member, the secretary or a guest, and whether they
 * came.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Attendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	private int position;

	private String name;

	private String organisation;

	@NotAudited
	private Long personId;

	@Enumerated(EnumType.STRING)
	private AttendeeKind kind;

	@Enumerated(EnumType.STRING)
	private Presence presence = Presence.INVITED;

	protected Attendee() {
	}

	Attendee(Meeting meeting, int position, String name, String organisation, Long personId, AttendeeKind kind) {
		this.meeting = meeting;
		this.position = position;
		this.name = name.strip();
		this.organisation = (organisation == null || organisation.isBlank()) ? null : organisation.strip();
		this.personId = personId;
		this.kind = kind;
	}

	void record(Presence presence) {
		this.presence = presence;
	}

	public long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public AttendeeKind getKind() {
		return this.kind;
	}

	public Presence getPresence() {
		return this.presence;
	}

}
