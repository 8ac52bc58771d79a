package no.avtaleportal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * Someone in one of the parties' organisations who can hold a role.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Person extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String importKey;

	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	private String email;

	/** Made-up demo content, not a real person. */
	private boolean example;

	@Version
	private long version;

	protected Person() {
	}

	Person(String name, Organisation organisation, String email) {
		update(name, organisation, email);
	}

	static Person example(String importKey, String name, Organisation organisation, String email) {
		Person person = new Person(name, organisation, email);
		person.importKey = importKey;
		person.example = true;
		return person;
	}

	void update(String name, Organisation organisation, String email) {
		Assert.hasText(name, "name must not be empty");
		Assert.notNull(organisation, "organisation must not be null");
		this.name = name.strip();
		this.organisation = organisation;
		this.email = (email == null || email.isBlank()) ? null : email.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isExample() {
		return this.example;
	}

	public long getVersion() {
		return this.version;
	}

}
