package no.avtaleportal.document;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;

/**
 * What the documents on a page belong to, by name: focus areas and commitments ("A", "A1") and
 * activity titles, each loaded once for the page.
 */
public record DocumentLinks(Map<Long, FocusAreaView> areas, Map<Long, CommitmentView> commitments,
		Map<Long, String> activityTitles) {

	static DocumentLinks of(List<FocusAreaView> areas, Map<Long, String> activityTitles) {
		return new DocumentLinks(areas.stream().collect(Collectors.toMap(FocusAreaView::id, Function.identity())),
				areas.stream()
					.flatMap(area -> area.commitments().stream())
					.collect(Collectors.toMap(CommitmentView::id, Function.identity())),
				activityTitles);
	}

	/** "A · A1", "B", or empty when the document hangs on the agreement alone. */
	public String placeOf(Document document) {
		CommitmentView commitment = (document.getCommitmentId() != null) ? this.commitments.get(document.getCommitmentId())
				: null;
		FocusAreaView area = (document.getFocusAreaId() != null) ? this.areas.get(document.getFocusAreaId()) : null;
		if (area == null) {
			return "";
		}
		return (commitment != null) ? area.code() + " · " + commitment.number() : area.code();
	}

	public String activityTitle(Document document) {
		return (document.getActivityId() != null) ? this.activityTitles.get(document.getActivityId()) : null;
	}

}
