package no.avtaleportal.agreement;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;

import no.avtaleportal.web.Badge;

/**
 * Where an agreement stands on a given day, derived from its dates and the decisions recorded on
 * it; never typed in. Labels are message keys {@code AgreementStatus.<NAME>}.
 */
@NamedInterface("api")
public enum AgreementStatus implements Badge {

	/** Not signed yet. */
	DRAFT,

	/** Signed, but its term has not started. */
	NOT_STARTED,

	/** Within its original term. */
	ACTIVE,

	/** Within its term and within the period set for evaluating it. */
	UNDER_EVALUATION,

	/** Past its original term, within an extension. */
	EXTENDED,

	/** Past its end date with no extension or successor. */
	EXPIRED,

	/** Ended by the parties before its end date. */
	TERMINATED,

	/** A successor agreement has taken its place. */
	REPLACED;

	private final String style = "status-" + name().toLowerCase(Locale.ROOT);

	@Override
	public String style() {
		return this.style;
	}

	/** Whether the agreement is in force with this status. */
	public boolean isInForce() {
		return this == ACTIVE || this == UNDER_EVALUATION || this == EXTENDED;
	}

}
