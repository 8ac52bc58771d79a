package no.avtaleportal.document;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import no.avtaleportal.activity.ActivityPageContribution;

/**
 * The documents attached to an activity, newest first, on the activity's page
 * ({@code activityDocuments} in {@code templates/activity/show.html}). One statement per page.
 */
@Component
@Transactional(readOnly = true)
class ActivityDocuments implements ActivityPageContribution {

	private final DocumentRepository documents;

	ActivityDocuments(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	public void toActivityPage(long activityId, Model model) {
		model.addAttribute("activityDocuments", this.documents.findByActivityIdOrderByDocumentDateDescIdDesc(activityId));
	}

}
