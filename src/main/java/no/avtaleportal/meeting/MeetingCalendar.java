package no.avtaleportal.meeting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Meetings as iCalendar (RFC 5545) for calendar programs: times in Europe/Oslo with its
 * VTIMEZONE from ical4j's bundled definitions (never downloaded, see {@code ical4j.properties}),
 * one UID per meeting for good, and a SEQUENCE that rises when the meeting is moved or cancelled
 * (a cancelled meeting stays in the calendar with STATUS:CANCELLED).
 */
@Component
class MeetingCalendar {

	static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private final VTimeZone oslo = osloTimeZone();

	private final MessageSource messages;

	private final Clock clock;

	MeetingCalendar(MessageSource messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
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
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Avtaleportal//Styringsgruppemøter//NO"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(this.oslo);
		for (Meeting meeting : meetings) {
			calendar.add(event(meeting, locale));
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private VEvent event(Meeting meeting, Locale locale) {
		VEvent event = new VEvent(meeting.getStartsAt(), meeting.getEndsAt(),
				this.messages.getMessage("meeting.calendar.summary", null, locale));
		event.add(new Uid(meeting.getCalendarUid()));
		event.add(new Sequence(meeting.getCalendarSequence()));
		event.add(new DtStamp(this.clock.instant()));
		String where = String.join(" ",
				java.util.stream.Stream.of(meeting.getPlace(), meeting.getVideoLink()).filter(p -> p != null).toList());
		if (!where.isBlank()) {
			event.add(new Location(where));
		}
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			event.add(ImmutableStatus.VEVENT_CANCELLED);
			event.add(new Description(meeting.getCancellationReason()));
		}
		else {
			event.add(ImmutableStatus.VEVENT_CONFIRMED);
		}
		return event;
	}

}
