package no.avtaleportal.agreement;

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
 * An organisation's part in an agreement: the name the agreement calls it by and who signed for it.
 */
@Entity
public class AgreementParty extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	/** The organisation, by id: it belongs to the people feature. */
	private Long organisationId;

	private String referredToAs;

	private String signatoryName;

	private String signatoryTitle;

	private int position;

	@Version
	private long version;

	protected AgreementParty() {
	}

	AgreementParty(Agreement agreement, long organisationId, int position) {
		Assert.notNull(agreement, "agreement must not be null");
		this.agreement = agreement;
		this.organisationId = organisationId;
		this.position = position;
	}

	void describe(String referredToAs, String signatoryName, String signatoryTitle) {
		this.referredToAs = blankToNull(referredToAs);
		this.signatoryName = blankToNull(signatoryName);
		this.signatoryTitle = blankToNull(signatoryTitle);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getReferredToAs() {
		return this.referredToAs;
	}

	public String getSignatoryName() {
		return this.signatoryName;
	}

	public String getSignatoryTitle() {
		return this.signatoryTitle;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

}
