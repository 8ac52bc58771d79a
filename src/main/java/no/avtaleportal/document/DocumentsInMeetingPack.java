package no.avtaleportal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.meeting.MeetingPack;
import no.avtaleportal.meeting.MeetingPack.Case;
import no.avtaleportal.meeting.MeetingPackContribution;

/**
 * The papers of a meeting pack: for each case on the agenda, the shared documents about what the
 * case is about, by its most specific link (the case's activity, else its commitment, else the
 * documents of its focus area as a whole), dated by the meeting's day; in one statement
 * ({@code document/pack}).
 */
@Component
class DocumentsInMeetingPack implements MeetingPackContribution {

	private static final List<Long> NONE = List.of(-1L);

	private final JdbcClient jdbc;

	DocumentsInMeetingPack(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<MeetingPack.Section> toPack(MeetingPack.Facts meeting, SignedInUser user) {
		List<Paper> papers = List.of();
		Set<Long> activities = ids(meeting, Case::activityId);
		Set<Long> commitments = ids(meeting, Case::commitmentId);
		Set<Long> areas = ids(meeting, Case::focusAreaId);
		if (!(activities.isEmpty() && commitments.isEmpty() && areas.isEmpty())) {
			papers = this.jdbc.sql("""
					select d.title, d.document_date, d.file_name, d.activity_id, d.commitment_id, d.focus_area_id
					from document d where d.agreement_id = :agreement and d.document_date <= :day
					  and (d.activity_id in (:activities) or d.commitment_id in (:commitments)
					    or (d.focus_area_id in (:areas) and d.commitment_id is null and d.activity_id is null))
					order by d.document_date, d.title, d.id""")
				.param("agreement", meeting.agreementId())
				.param("day", meeting.startsAt().toLocalDate())
				.param("activities", activities.isEmpty() ? NONE : activities)
				.param("commitments", commitments.isEmpty() ? NONE : commitments)
				.param("areas", areas.isEmpty() ? NONE : areas)
				.query((rs, row) -> new Paper(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
						rs.getObject(4, Long.class), rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
				.list();
		}
		List<Paper> found = papers;
		List<CasePapers> cases = meeting.agenda()
			.stream()
			.map(item -> new CasePapers(item, found.stream().filter(paper -> paper.isAbout(item)).toList()))
			.filter(item -> !item.papers().isEmpty())
			.toList();
		return Optional.of(new MeetingPack.Section(60, "document/pack", cases));
	}

	private static Set<Long> ids(MeetingPack.Facts meeting, java.util.function.Function<Case, Long> id) {
		return meeting.agenda().stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	/** A case and its papers, oldest first. */
	record CasePapers(Case item, List<Paper> papers) {
	}

	/** A shared document and what it is linked to. */
	record Paper(String title, LocalDate date, String fileName, Long activityId, Long commitmentId, Long focusAreaId) {

		/** Linked to what the case is about, at the case's most specific link. */
		boolean isAbout(Case item) {
			if (item.activityId() != null) {
				return item.activityId().equals(this.activityId);
			}
			if (item.commitmentId() != null) {
				return item.commitmentId().equals(this.commitmentId);
			}
			return item.focusAreaId() != null && item.focusAreaId().equals(this.focusAreaId) && this.commitmentId == null
					&& this.activityId == null;
		}

	}

}
