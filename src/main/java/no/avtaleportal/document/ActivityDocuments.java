package no.avtaleportal.document;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The documents attached to an activity, for the activity's page
 * ({@code ${activityDocuments.of(activity.id)}} in {@code templates/activity/show.html}), so that
 * the activity module needs no dependency on this one. One statement per page.
 */
@Service("activityDocuments")
@Transactional(readOnly = true)
public class ActivityDocuments {

	private final DocumentRepository documents;

	ActivityDocuments(DocumentRepository documents) {
		this.documents = documents;
	}

	public List<Document> of(long activityId) {
		return this.documents.findByActivityIdOrderByDocumentDateDescIdDesc(activityId);
	}

	/**
	 * Puts a reference to {@link ActivityDocuments} in the model of the activity pages; the page
	 * asks for what it shows.
	 */
	@ControllerAdvice(basePackages = "no.avtaleportal.activity")
	static class Advice {

		private final ActivityDocuments activityDocuments;

		Advice(ActivityDocuments activityDocuments) {
			this.activityDocuments = activityDocuments;
		}

		@ModelAttribute("activityDocuments")
		ActivityDocuments activityDocuments() {
			return this.activityDocuments;
		}

	}

}
