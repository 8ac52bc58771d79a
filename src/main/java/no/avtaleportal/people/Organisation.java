package no.avtaleportal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A party to an agreement, such as NTNU or NHO, identified by its Norwegian organisation number.
 */
@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String shortName;

	private String orgNumber;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String name, String shortName, String orgNumber) {
		this.name = name;
		this.shortName = shortName;
		this.orgNumber = orgNumber;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public String getOrgNumber() {
		return this.orgNumber;
	}

	public long getVersion() {
		return this.version;
	}

}
