package no.avtaleportal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A position within an organisation, such as "Prorektor for nyskaping" at NTNU. Responsibility
 * under an agreement follows the role, so the history survives a change of person. A single-holder
 * role is held by one person at a time.
 */
@Entity
public class OrgRole extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String importKey;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	private String title;

	private boolean singleHolder = true;

	@Version
	private long version;

	protected OrgRole() {
	}

	OrgRole(String importKey, Organisation organisation, String title, boolean singleHolder) {
		this.importKey = importKey;
		update(organisation, title, singleHolder);
	}

	void update(Organisation organisation, String title, boolean singleHolder) {
		Assert.notNull(organisation, "organisation must not be null");
		Assert.hasText(title, "title must not be empty");
		this.organisation = organisation;
		this.title = title.strip();
		this.singleHolder = singleHolder;
	}

	public Long getId() {
		return this.id;
	}

	public String getImportKey() {
		return this.importKey;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getTitle() {
		return this.title;
	}

	public boolean isSingleHolder() {
		return this.singleHolder;
	}

	public long getVersion() {
		return this.version;
	}

}
