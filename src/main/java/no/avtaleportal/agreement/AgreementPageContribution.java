package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

import no.avtaleportal.account.SignedInUser;

/**
 * What another module shows on an agreement's pages. The agreement pages' controller asks every
 * contribution before it renders, so that the dependency shows in code and each query runs in the
 * controller, not in the template. A module that depends on this one implements it as a bean; this
 * module knows none of them.
 */
@NamedInterface("api")
public interface AgreementPageContribution {

	/** Adds to the model of the agreement's own page ({@code agreement/show}). */
	default void toAgreementPage(AgreementView agreement, Model model) {
	}

	/** Adds to the model of the agreement's responsibilities page. */
	default void toResponsibilitiesPage(long agreementId, Model model) {
	}

	/**
	 * Adds to the model of one focus area's page what it shows of the focus area as it stands on the
	 * day (such as its activities' progress and its outcome indicators) and what the user may do
	 * there. The page has checked that the user sees the agreement, and gives the focus area with its
	 * commitments, which the contribution need not read again.
	 */
	default void toFocusAreaPage(Agreements.FocusAreaView area, LocalDate day, SignedInUser user, Model model) {
	}

}
