package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.AccountHolders.Holder;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.agreement.SteeringGroupPeople;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.notification.Notice;
import no.avtaleportal.notification.NoticeKind;
import no.avtaleportal.web.Formats;

/**
 * The meeting notice (innkalling, issue 18): the secretary (or a member) sends it for a planned
 * meeting to the steering group's members, its secretary and the meeting's guests who have an
 * account. The mail gives the time and place, the agenda with case numbers, the papers (the
 * documents filed under the agenda items' activities and commitments, as links), the open action
 * items and one link to the meeting; attached is the meeting as an iCalendar REQUEST (its UID for
 * good, its SEQUENCE). A meeting moved after the notice went out gets an updated notice with the
 * raised SEQUENCE when the secretary sends it; a cancelled meeting whose notice went out sends
 * METHOD:CANCEL to the same people at once, as part of the cancellation.
 */
@Service
class MeetingInvitations {

	/** The language of the attached calendar file, which is one for all recipients. */
	static final Locale CALENDAR_LANGUAGE = Locale.forLanguageTag("nb");

	private final SteeringGroupAccess access;

	private final SteeringGroupPeople people;

	private final AccountHolders accounts;

	private final SharedDocuments documents;

	private final MeetingRepository meetings;

	private final MeetingCalendar calendar;

	private final MeetingPack pack;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingInvitations(SteeringGroupAccess access, SteeringGroupPeople people, AccountHolders accounts,
			SharedDocuments documents, MeetingRepository meetings, MeetingCalendar calendar, MeetingPack pack,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.people = people;
		this.accounts = accounts;
		this.documents = documents;
		this.meetings = meetings;
		this.calendar = calendar;
		this.pack = pack;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Who gets the meeting's notice: today's members and secretary of its steering group and the
	 * guests on its attendance list who have an account, by name; those with an e-mail address
	 * get the mail, the others the notice in the portal only.
	 */
	@Transactional(readOnly = true)
	List<Holder> recipients(Meeting meeting) {
		Set<Long> personIds = new TreeSet<>(
				this.people.on(facts(meeting), LocalDate.now(this.clock.withZone(Meeting.OSLO))).everyone());
		meeting.getAttendees()
			.stream()
			.filter(attendee -> attendee.getKind() == AttendeeKind.GUEST && attendee.getPersonId() != null)
			.forEach(attendee -> personIds.add(attendee.getPersonId()));
		return this.accounts.holders(personIds, List.of())
			.stream()
			.sorted(Comparator.comparing(Holder::name))
			.toList();
	}

	/**
	 * Sends the notice of the planned meeting, or its update when it was moved since, and records
	 * it on the meeting (in the caller's transaction, which also keeps the notice for delivery).
	 */
	@Transactional
	void send(Meeting meeting, Meeting.Actor actor, SignedInUser sender) {
		boolean update = meeting.isNoticeSent();
		meeting.recordNotice(actor, this.clock.instant());
		NoticeKind kind = update ? NoticeKind.MEETING_NOTICE_UPDATED : NoticeKind.MEETING_NOTICE;
		publish(meeting, kind, "innkalling", sender);
	}

	/**
	 * Tells those who got the notice of a meeting now cancelled, with a calendar CANCEL; nothing
	 * when no notice went out.
	 */
	@Transactional
	void cancelled(Meeting meeting) {
		if (!meeting.isNoticeSent()) {
			return;
		}
		meeting.recordCancellationNotice(this.clock.instant());
		publish(meeting, NoticeKind.MEETING_CANCELLED, "avlysning", null);
	}

	private void publish(Meeting meeting, NoticeKind kind, String fileStem, SignedInUser sender) {
		List<Holder> recipients = recipients(meeting);
		SteeringGroupFacts facts = facts(meeting);
		Notice notice = Notice.toPeople(kind,
				recipients.stream().map(Holder::personId).filter(Objects::nonNull).toList(),
				"/meetings/" + meeting.getId(), Formats.date(meeting.getStartsAt()), Formats.time(meeting.getStartsAt()),
				place(meeting), facts.agreementTitle(), Formats.time(meeting.getEndsAt()),
				Objects.toString(meeting.getCancellationReason(), ""));
		if (kind != NoticeKind.MEETING_CANCELLED) {
			notice = notice.withSection("meeting.notice.mail.agenda", agenda(meeting))
				.withSection("meeting.notice.mail.papers", papers(meeting, facts))
				.withSection("meeting.notice.mail.actions", openActions(meeting));
		}
		for (Notice.Attachment file : attachments(meeting, recipients, fileStem, sender)) {
			notice = notice.withAttachment(file.filename(), file.contentType(), file.content());
		}
		this.events.publishEvent(notice);
	}

	/**
	 * The files the notice carries: the meeting as a calendar invitation (or cancellation), and
	 * with a notice (not a cancellation) the meeting pack (sakspapirer) as the sender sees it. Both
	 * are in bokmål, the agreement's language, as one file serves every recipient.
	 */
	List<Notice.Attachment> attachments(Meeting meeting, List<Holder> recipients, String fileStem, SignedInUser sender) {
		List<Notice.Attachment> files = new ArrayList<>();
		String method = (meeting.getStatus() == MeetingStatus.CANCELLED) ? "CANCEL" : "REQUEST";
		String ics = this.calendar.invitation(meeting, recipients.stream()
			.filter(holder -> StringUtils.hasText(holder.email()))
			.map(holder -> new MeetingCalendar.Invitee(holder.name(), holder.email()))
			.toList(), CALENDAR_LANGUAGE);
		files.add(new Notice.Attachment(fileStem + "-" + meeting.getStartsAt().toLocalDate() + ".ics",
				"text/calendar; method=" + method + "; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8)));
		if (sender != null) {
			MeetingPack.Pdf pack = this.pack.pdf(meeting.getId(), sender, CALENDAR_LANGUAGE);
			files.add(new Notice.Attachment(pack.fileName(), "application/pdf", pack.content()));
		}
		return files;
	}

	private static List<Notice.Line> agenda(Meeting meeting) {
		return meeting.getAgenda()
			.stream()
			.map(item -> Notice.Line.of(Stream.of(item.getCaseNumber(), item.getTitle())
				.filter(StringUtils::hasText)
				.collect(Collectors.joining(" "))))
			.toList();
	}

	private List<Notice.Line> papers(Meeting meeting, SteeringGroupFacts facts) {
		List<AgendaItem> agenda = meeting.getAgenda();
		return this.documents
			.papers(facts.agreementId(), meeting.getStartsAt().toLocalDate(), ids(agenda, AgendaItem::getActivityId),
					ids(agenda, AgendaItem::getCommitmentId), ids(agenda, AgendaItem::getFocusAreaId))
			.stream()
			.filter(paper -> agenda.stream()
				.anyMatch(item -> paper.isAbout(item.getActivityId(), item.getCommitmentId(), item.getFocusAreaId())))
			.map(paper -> new Notice.Line(paper.title(), paper.path()))
			.toList();
	}

	private static Set<Long> ids(List<AgendaItem> agenda, Function<AgendaItem, Long> id) {
		return agenda.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
	}

	private List<Notice.Line> openActions(Meeting meeting) {
		return this.meetings.findOpenActionItemsBefore(meeting.getSteeringGroupId(), meeting.getStartsAt().toInstant())
			.stream()
			.map(action -> {
				String who = Stream
					.of(action.getOwnerName(), (action.getDueDate() != null) ? Formats.date(action.getDueDate()) : null)
					.filter(StringUtils::hasText)
					.collect(Collectors.joining(", "));
				return Notice.Line.of(who.isEmpty() ? action.getText() : action.getText() + " (" + who + ")");
			})
			.toList();
	}

	private static String place(Meeting meeting) {
		return Stream.of(meeting.getPlace(), meeting.getVideoLink())
			.filter(StringUtils::hasText)
			.collect(Collectors.joining(", "));
	}

	private SteeringGroupFacts facts(Meeting meeting) {
		return this.access.group(meeting);
	}

}
