package no.avtaleportal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A decision under an agenda item. It gets its number ({@code SG-2025-03}) when the minutes are
 * approved, so drafts never use up numbers.
 */
@Entity
@org.hibernate.envers.Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Meeting meeting;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AgendaItem agendaItem;

	private String text;

	private String number;

	protected Decision() {
	}

	Decision(Meeting meeting, AgendaItem agendaItem, String text) {
		this.meeting = meeting;
		this.agendaItem = agendaItem;
		this.text = text.strip();
	}

	void rewrite(String text) {
		this.text = text.strip();
	}

	void number(int year, int sequence) {
		this.number = "SG-%d-%02d".formatted(year, sequence);
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

	public String getNumber() {
		return this.number;
	}

}
