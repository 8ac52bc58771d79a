package no.avtaleportal.activity;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A dated entry in an activity's history: who wrote it, the traffic light and the text (Markdown).
 * Entries are written once and never changed.
 */
@Entity
public class StatusUpdate extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Activity activity;

	private LocalDate writtenOn;

	private Long authorPersonId;

	private String authorName;

	@Enumerated(EnumType.STRING)
	private Light light;

	private String text;

	protected StatusUpdate() {
	}

	StatusUpdate(Activity activity, LocalDate writtenOn, Long authorPersonId, String authorName, Light light,
			String text) {
		Assert.notNull(activity, "activity must not be null");
		Assert.notNull(writtenOn, "writtenOn must not be null");
		Assert.hasText(authorName, "authorName must not be empty");
		Assert.notNull(light, "light must not be null");
		Assert.hasText(text, "text must not be empty");
		this.activity = activity;
		this.writtenOn = writtenOn;
		this.authorPersonId = authorPersonId;
		this.authorName = authorName;
		this.light = light;
		this.text = text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Activity getActivity() {
		return this.activity;
	}

	public LocalDate getWrittenOn() {
		return this.writtenOn;
	}

	public Long getAuthorPersonId() {
		return this.authorPersonId;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public Light getLight() {
		return this.light;
	}

	public String getText() {
		return this.text;
	}

}
