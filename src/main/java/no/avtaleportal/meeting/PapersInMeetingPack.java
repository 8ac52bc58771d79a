package no.avtaleportal.meeting;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.document.SharedDocuments.Paper;
import no.avtaleportal.meeting.MeetingPack.Case;

/**
 * The papers of a meeting pack: for each case on the agenda, the shared documents about what the
 * case is about, by its most specific link (the case's activity, else its commitment, else the
 * documents of its focus area as a whole), dated by the meeting's day ({@link SharedDocuments#papers}).
 */
@Component
class PapersInMeetingPack implements MeetingPackContribution {

	private final SharedDocuments documents;

	PapersInMeetingPack(SharedDocuments documents) {
		this.documents = documents;
	}

	@Override
	public Optional<MeetingPack.Section> toPack(MeetingPack.Facts meeting, SignedInUser user) {
		List<Paper> papers = this.documents.papers(meeting.agreementId(), meeting.startsAt().toLocalDate(),
				ids(meeting, Case::activityId), ids(meeting, Case::commitmentId), ids(meeting, Case::focusAreaId));
		List<CasePapers> cases = meeting.agenda()
			.stream()
			.map(item -> new CasePapers(item, papers.stream()
				.filter(paper -> paper.isAbout(item.activityId(), item.commitmentId(), item.focusAreaId()))
				.toList()))
			.filter(item -> !item.papers().isEmpty())
			.toList();
		return Optional.of(new MeetingPack.Section(60, "meeting/pack-papers", cases));
	}

	private static Set<Long> ids(MeetingPack.Facts meeting, Function<Case, Long> id) {
		return meeting.agenda().stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	/** A case and its papers, oldest first. */
	public record CasePapers(Case item, List<Paper> papers) {
	}

}
