package no.avtaleportal.people;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A party to an agreement, such as NTNU or NHO, identified by its Norwegian organisation number.
 */
@Entity
public class Organisation extends StampedEntity {

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
		rename(name, shortName);
		changeOrgNumber(orgNumber);
	}

	/**
	 * Gives the organisation a new name and short name.
	 */
	public void rename(String name, String shortName) {
		Assert.hasText(name, "name must not be empty");
		Assert.hasText(shortName, "shortName must not be empty");
		this.name = name.strip();
		this.shortName = shortName.strip();
	}

	/**
	 * Corrects the organisation number; it must pass the modulus-11 check.
	 */
	public void changeOrgNumber(String orgNumber) {
		Assert.isTrue(OrganisationNumber.isValid(orgNumber), () -> "not a valid organisation number: " + orgNumber);
		this.orgNumber = OrganisationNumber.normalise(orgNumber);
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

	/** The nine digits, as stored. */
	public String getOrgNumber() {
		return this.orgNumber;
	}

	/** The number as people write it: {@code 974 767 880}. */
	public String getFormattedOrgNumber() {
		return OrganisationNumber.format(this.orgNumber);
	}

	public long getVersion() {
		return this.version;
	}

}
