package no.avtaleportal.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.PdfDocuments;
import no.avtaleportal.web.Formats;

/**
 * The published minutes of an agreement's steering group, as records for an archive (issue 21):
 * each meeting with its archive reference, its decisions and approved addenda, and its minutes
 * as the same PDF/A that {@code /meetings/{id}/minutes.pdf} serves.
 */
@NamedInterface("api")
@Component
@Transactional(readOnly = true)
public class PublishedMinutes {

	private static final ZoneId OSLO = Formats.OSLO;

	private final MeetingRepository meetings;

	private final MeetingPages pages;

	private final Agreements agreements;

	private final PdfDocuments pdfs;

	PublishedMinutes(MeetingRepository meetings, MeetingPages pages, Agreements agreements, PdfDocuments pdfs) {
		this.meetings = meetings;
		this.pages = pages;
		this.agreements = agreements;
		this.pdfs = pdfs;
	}

	/** The meetings held in the year (Oslo time) whose minutes are published, earliest first. */
	public List<Minutes> of(long agreementId, int year) {
		List<Long> groups = this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.map(Agreements.SteeringGroupFacts::id)
			.toList();
		if (groups.isEmpty()) {
			return List.of();
		}
		return this.meetings.findBySteeringGroupIdInOrderByStartsAt(groups)
			.stream()
			.filter(meeting -> meeting.getMinutesStatus() == MinutesStatus.PUBLISHED)
			.filter(meeting -> meeting.getStartsAt().withZoneSameInstant(OSLO).getYear() == year)
			.map(PublishedMinutes::minutes)
			.toList();
	}

	/** The minutes as PDF/A, exactly as the meeting page offers them to the user. */
	public byte[] pdf(long meetingId, SignedInUser user, Locale locale) {
		MeetingPage page = this.pages.page(meetingId, user);
		return this.pdfs.render("meeting/minutes-pdf", Map.of("page", page, "styles", PdfDocuments.PLAIN_STYLES), locale);
	}

	/**
	 * An approved addendum as a PDF/A of its own: the minutes it corrects (their date and archive
	 * reference), its text, who proposed it and why, and who approved it for each party.
	 * @throws no.avtaleportal.web.NotFoundException when the user does not see it approved
	 */
	public byte[] addendumPdf(long meetingId, long addendumId, SignedInUser user, Locale locale) {
		MeetingPage page = this.pages.page(meetingId, user);
		MeetingPage.AddendumView addendum = page.addenda()
			.stream()
			.filter(view -> view.addendum().getId() == addendumId && view.addendum().isApproved())
			.findFirst()
			.orElseThrow(() -> new no.avtaleportal.web.NotFoundException("addendum " + addendumId));
		return this.pdfs.render("meeting/addendum-pdf",
				Map.of("page", page, "view", addendum, "styles", PdfDocuments.PLAIN_STYLES), locale);
	}

	private static Minutes minutes(Meeting meeting) {
		Instant published = meeting.getEvents()
			.stream()
			.filter(event -> event.getKind() == MinutesEventKind.PUBLISHED)
			.map(MinutesEvent::getOccurredAt)
			.max(Comparator.naturalOrder())
			.orElse(meeting.getStartsAt().toInstant());
		List<DecisionRecord> decisions = meeting.getDecisions()
			.stream()
			.filter(decision -> decision.getNumber() != null)
			.sorted(Comparator.comparing((Decision decision) -> decision.getAgendaItem().getPosition())
				.thenComparing(Decision::getId))
			.map(decision -> new DecisionRecord(decision.getId(), decision.getNumber(), decision.getText(),
					decision.getAgendaItem().getTitle()))
			.toList();
		List<AddendumRecord> addenda = meeting.getAddenda()
			.stream()
			.filter(Addendum::isApproved)
			.sorted(Comparator.comparing(Addendum::getId))
			.map(addendum -> new AddendumRecord(addendum.getId(), addendum.getText(), addendum.getApprovedAtInOslo().toInstant()))
			.toList();
		return new Minutes(meeting.getId(), meeting.getStartsAt().withZoneSameInstant(OSLO).toLocalDateTime(),
				meeting.getPlace(), meeting.getArchiveReference(), published, decisions, addenda);
	}

	/**
	 * Published minutes.
	 * @param archiveReference the reference the records system gave them, or {@code null}
	 */
	public record Minutes(long meetingId, LocalDateTime startsAt, String place, String archiveReference, Instant publishedAt,
			List<DecisionRecord> decisions, List<AddendumRecord> addenda) {
	}

	/** A numbered decision and the title of its case. */
	public record DecisionRecord(long id, String number, String text, String caseTitle) {
	}

	/** An approved correction of the minutes (the minutes' PDF carries its text; {@link #addendumPdf} is its own). */
	public record AddendumRecord(long id, String text, Instant approvedAt) {
	}

}
