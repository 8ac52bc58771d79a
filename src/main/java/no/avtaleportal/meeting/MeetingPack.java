package no.avtaleportal.meeting;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.PdfDocuments;

/**
 * The meeting pack (sakspapirer) of a planned or held meeting as one PDF/A: a cover with the
 * agreement, the day, time and place; the agenda with case numbers; then what other modules
 * contribute ({@link MeetingPackContribution}: the status report per focus area as of the meeting's
 * day, the answers to the status round before it, the papers of the cases) and the open action
 * items. Only the members and the secretary of the meeting's steering group get it.
 */
@NamedInterface("api")
@Component
@Transactional(readOnly = true)
public class MeetingPack {

	/** Sections with an order below this come before the open action items, the others after. */
	public static final int ACTION_ITEMS = 50;

	private final MeetingPages pages;

	private final PdfDocuments pdfs;

	private final ObjectProvider<MeetingPackContribution> contributions;

	MeetingPack(MeetingPages pages, PdfDocuments pdfs, ObjectProvider<MeetingPackContribution> contributions) {
		this.pages = pages;
		this.pdfs = pdfs;
		this.contributions = contributions;
	}

	/**
	 * The meeting's pack as PDF/A in the language of the locale, as the user may see it, with its
	 * file name.
	 * @throws NotFoundException when there is no such meeting, it is cancelled, or the user may not
	 * see it
	 * @throws AccessDeniedException when the user sees the meeting (its published minutes) but is
	 * neither a member nor the secretary of its steering group
	 */
	public Pdf pdf(long meetingId, SignedInUser user, Locale locale) {
		MeetingPage page = this.pages.page(meetingId, user);
		Meeting meeting = page.meeting();
		if (!page.hasPack()) {
			if (page.membership().isInsider()) {
				throw new NotFoundException("pack of cancelled meeting " + meetingId);
			}
			throw new AccessDeniedException("the pack is for the steering group");
		}
		ZonedDateTime startsAt = meeting.getStartsAt().withZoneSameInstant(Formats.OSLO);
		LocalDate day = startsAt.toLocalDate();
		Facts facts = new Facts(meetingId, page.membership().group().agreementId(), meeting.getSteeringGroupId(),
				startsAt, day.isAfter(page.today()) ? page.today() : day, page.items()
					.stream()
					.map(MeetingPage.ItemView::item)
					.map(item -> new Case(item.id(), item.caseNumber(), item.title(), item.focusAreaId(),
							item.commitmentId(), item.activityId()))
					.toList());
		List<Section> sections = this.contributions.orderedStream()
			.map(contribution -> contribution.toPack(facts, user))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingInt(Section::order))
			.toList();
		return new Pdf("sakspapirer-" + day + ".pdf", this.pdfs.render("meeting/pack-pdf",
				Map.of("page", page, "facts", facts, "sections", sections, "styles", PdfDocuments.PLAIN_STYLES), locale));
	}

	/**
	 * The pack and its file name, made from the meeting's day: {@code sakspapirer-2026-12-10.pdf}.
	 */
	public record Pdf(String fileName, byte[] content) {
	}

	/**
	 * What a contribution needs to know of the meeting.
	 * @param startsAt the start, in Norway
	 * @param statusDay the day the status is reported as of: the meeting's day, or today while the
	 * meeting is ahead
	 * @param agenda the cases in agenda order
	 */
	public record Facts(long meetingId, long agreementId, long steeringGroupId, ZonedDateTime startsAt,
			LocalDate statusDay, List<Case> agenda) {
	}

	/**
	 * A case on the agenda and what it is about (each {@code null} when not named).
	 * @param caseNumber such as {@code 05/2026}, or {@code null} before it is numbered
	 */
	public record Case(long agendaItemId, String caseNumber, String title, Long focusAreaId, Long commitmentId,
			Long activityId) {
	}

	/**
	 * A section of the pack: the template that holds a fragment {@code section(data)} (and a
	 * fragment {@code styles}, a {@code <style>} element or nothing), and what it shows.
	 * @param order where it goes: before the open action items below {@link #ACTION_ITEMS}
	 */
	public record Section(int order, String template, Object data) {

		public boolean beforeActionItems() {
			return this.order < ACTION_ITEMS;
		}

	}

}
