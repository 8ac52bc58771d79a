package no.avtaleportal.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A decision under an agenda item. It gets the number of its case ({@code 05/2026}) when the
 * minutes are approved; decisions numbered before case numbers keep theirs ({@code SG-2025-03}).
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Decision {

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

	/** Carries the number of its case, unless it has a number already. */
	void numberAsItsCase() {
		if (this.number == null) {
			this.number = this.agendaItem.getCaseNumber();
		}
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
