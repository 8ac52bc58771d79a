package no.avtaleportal.document;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import no.avtaleportal.activity.ActivityPageContribution;

/**
 * The newest {@value #SHOWN} documents attached to an activity on the activity's page
 * ({@code activityDocuments} in {@code templates/activity/show.html}; {@code moreActivityDocuments}
 * when there are more, which the document library lists). One plain statement per page.
 */
@Component
@Transactional(readOnly = true)
class ActivityDocuments implements ActivityPageContribution {

	/** How many of an activity's documents its page lists, the newest first. */
	static final int SHOWN = 10;

	private final JdbcClient jdbc;

	ActivityDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void toActivityPage(long activityId, Model model) {
		// one more than shown tells whether there are more
		List<ActivityDocument> newest = this.jdbc.sql("""
				select d.id, d.title, d.file_name, d.document_date from document d where d.activity_id = :activity
				order by d.document_date desc, d.id desc limit :limit""")
			.param("activity", activityId)
			.param("limit", SHOWN + 1)
			.query((rs, row) -> new ActivityDocument(rs.getLong("id"), rs.getString("title"), rs.getString("file_name"),
					rs.getObject("document_date", LocalDate.class)))
			.list();
		model.addAttribute("activityDocuments", newest.subList(0, Math.min(SHOWN, newest.size())));
		model.addAttribute("moreActivityDocuments", newest.size() > SHOWN);
	}

}
