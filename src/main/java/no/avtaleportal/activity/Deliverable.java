package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something an activity delivers, with its due date and whether it is done. A record of its own
 * so that its history is kept: added, renamed, delivered, removed.
 */
@Entity
@Table(name = "activity_deliverable")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Deliverable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Activity activity;

	/** The order on the activity's page, from 0; not history worth showing. */
	@NotAudited
	private int position;

	private String title;

	private LocalDate dueDate;

	private boolean done;

	protected Deliverable() {
	}

	Deliverable(Activity activity, int position, String title, LocalDate dueDate) {
		this.activity = activity;
		this.position = position;
		this.title = title;
		this.dueDate = dueDate;
	}

	void placeAt(int position) {
		this.position = position;
	}

	void rename(String title) {
		this.title = title;
	}

	void markDone() {
		this.done = true;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public boolean isDone() {
		return this.done;
	}

}
