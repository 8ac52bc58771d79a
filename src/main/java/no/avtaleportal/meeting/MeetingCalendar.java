package no.avtaleportal.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import no.avtaleportal.web.PublicAddress;

/**
 * Meetings as iCalendar (RFC 5545) for calendar programs: times in Europe/Oslo with its
 * VTIMEZONE from ical4j's bundled definitions (never downloaded, see {@code ical4j.properties}),
 * one UID per meeting for good, and a SEQUENCE that rises when the meeting is moved or cancelled
 * (a cancelled meeting stays in the calendar with STATUS:CANCELLED).
 */
@Component
class MeetingCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	/** Read from ical4j's definitions when a calendar is first written, not while the portal starts */
	private final SingletonSupplier<VTimeZone> oslo = SingletonSupplier.of(MeetingCalendar::osloTimeZone);

	private final MessageSource messages;

	private final Clock clock;

	private final String sender;

	private final PublicAddress publicAddress;

	MeetingCalendar(MessageSource messages, Clock clock,
			@Value("${avtaleportal.mail.from:avtaleportal@localhost}") String sender, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.messages = messages;
		this.clock = clock;
		this.sender = sender;
	}

	/**
	 * The tz database made Europe/Oslo an alias of Europe/Berlin (same rules since 1980), and
	 * ical4j bundles Berlin's definition under both names; it is given back its own TZID here, so
	 * that the events' TZID=Europe/Oslo refers to the VTIMEZONE in the file.
	 */
	private static VTimeZone osloTimeZone() {
		VTimeZone rules = (VTimeZone) TimeZoneRegistryFactory.getInstance()
			.createRegistry()
			.getTimeZone(Meeting.OSLO.getId())
			.getVTimeZone()
			.copy();
		rules.removeAll(Property.TZURL, "X-LIC-LOCATION");
		rules.replace(new TzId(Meeting.OSLO.getId()));
		return rules;
	}

	String render(List<Meeting> meetings, Locale locale) {
		Calendar calendar = calendar(ImmutableMethod.PUBLISH);
		String portal = this.publicAddress.root().build().toUriString();
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, locale, portal));
		}
		return write(calendar);
	}

	/**
	 * The meeting as a scheduling message (RFC 5546) for its notice: METHOD:REQUEST for a planned
	 * meeting (an update carries the raised SEQUENCE under the same UID), METHOD:CANCEL for a
	 * cancelled one, with the portal's sender address as ORGANIZER and each invitee with an
	 * address as an ATTENDEE.
	 */
	String invitation(Meeting meeting, List<Invitee> invitees, Locale locale) {
		boolean cancelled = meeting.getStatus() == MeetingStatus.CANCELLED;
		Calendar calendar = calendar(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		VEvent event = event(meeting, locale, this.publicAddress.root().build().toUriString());
		for (Invitee invitee : invitees) {
			event.add(new net.fortuna.ical4j.model.property.Attendee(
					new ParameterList(List.of(new Cn(invitee.name()), Role.REQ_PARTICIPANT,
							cancelled ? PartStat.DECLINED : PartStat.NEEDS_ACTION, Rsvp.FALSE)),
					URI.create("mailto:" + invitee.email())));
		}
		calendar.add(event);
		return write(calendar);
	}

	/** Someone a notice goes to by mail. */
	record Invitee(String name, String email) {
	}

	private Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Avtaleportal//Styringsgruppemøter//NO"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		calendar.add(this.oslo.obtain());
		return calendar;
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false, Integer.MAX_VALUE).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return fold(out.toString());
	}

	/**
	 * Folds each content line at 75 octets of UTF-8, as RFC 5545 §3.1 asks (ical4j folds at 75
	 * characters, which Norwegian letters make longer), never inside a character.
	 */
	static String fold(String unfolded) {
		StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 60);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
				int size = new String(Character.toChars(line.codePointAt(i))).getBytes(StandardCharsets.UTF_8).length;
				if (octets + size > 75) {
					folded.append("\r\n ");
					octets = 1;
				}
				folded.appendCodePoint(line.codePointAt(i));
				octets += size;
			}
			folded.append("\r\n");
		}
		return folded.toString();
	}

	/**
	 * One meeting: DTSTAMP once (the constructor's, set to now), the steering group as ORGANIZER
	 * (with the portal's sender address, as RFC 5546 wants for a published event), a URL back to
	 * the meeting's page, and the agenda, or the reason for a cancellation, in the DESCRIPTION.
	 */
	private VEvent event(Meeting meeting, Locale locale, String portal) {
		VEvent event = new VEvent(meeting.getStartsAt(), meeting.getEndsAt(),
				this.messages.getMessage("meeting.calendar.summary", null, locale));
		event.replace(new DtStamp(this.clock.instant()));
		event.add(new Uid(meeting.getCalendarUid()));
		event.add(new Sequence(meeting.getCalendarSequence()));
		event.add(new Organizer(new ParameterList(List.of(new Cn(this.messages.getMessage("meeting.calendar.organizer",
				null, locale)))), URI.create("mailto:" + this.sender)));
		String page = portal + "/meetings/" + meeting.getId();
		event.add(new Url(URI.create(page)));
		String where = String.join(" ",
				java.util.stream.Stream.of(meeting.getPlace(), meeting.getVideoLink()).filter(p -> p != null).toList());
		if (!where.isBlank()) {
			event.add(new Location(where));
		}
		StringBuilder description = new StringBuilder();
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
			description.append(meeting.getCancellationReason()).append("\n\n");
		}
		else {
			event.add(ImmutableStatus.VEVENT_CONFIRMED);
		}
		if (!meeting.getAgenda().isEmpty()) {
			description.append(this.messages.getMessage("meeting.agenda.heading", null, locale)).append(':');
			int number = 1;
			for (AgendaItem item : meeting.getAgenda()) {
				description.append('\n').append(number++).append(". ").append(item.getTitle());
			}
			description.append("\n\n");
		}
		description.append(page);
		event.add(new Description(description.toString()));
		return event;
	}

}
