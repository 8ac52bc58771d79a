package no.avtaleportal.activity;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementPageContribution;
import no.avtaleportal.agreement.Agreements.FocusAreaView;

/**
 * The progress of the activities under a focus area, on the focus area's page
 * ({@code activityProgress}, shown by {@code templates/activity/progress.html}), and whether the user
 * may add one there ({@code activityCreate}).
 */
@Component
class ActivityProgressOnAgreementPages implements AgreementPageContribution {

	private final ActivityProgress progress;

	ActivityProgressOnAgreementPages(ActivityProgress progress) {
		this.progress = progress;
	}

	@Override
	public void toFocusAreaPage(FocusAreaView area, LocalDate day, SignedInUser user, Model model) {
		model.addAttribute("activityProgress", this.progress.ofFocusArea(area.id()));
		model.addAttribute("activityCreate", ActivityPermissions.mayCreate(user));
	}

}
