package no.avtaleportal.document;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import no.avtaleportal.activity.ActivityPageContribution;

/**
 * The newest {@value #SHOWN} documents attached to an activity on the activity's page
 * ({@code activityDocuments} in {@code templates/activity/show.html}; {@code moreActivityDocuments}
 * when there are more, which the document library lists). One statement per page.
 */
@Component
@Transactional(readOnly = true)
class ActivityDocuments implements ActivityPageContribution {

	/** How many of an activity's documents its page lists, the newest first. */
	static final int SHOWN = 10;

	private final DocumentRepository documents;

	ActivityDocuments(DocumentRepository documents) {
		this.documents = documents;
	}

	@Override
	public void toActivityPage(long activityId, Model model) {
		// one more than shown tells whether there are more
		List<Document> newest = this.documents.findByActivityIdOrderByDocumentDateDescIdDesc(activityId,
				Limit.of(SHOWN + 1));
		model.addAttribute("activityDocuments", newest.subList(0, Math.min(SHOWN, newest.size())));
		model.addAttribute("moreActivityDocuments", newest.size() > SHOWN);
	}

}
