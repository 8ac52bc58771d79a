package no.avtaleportal.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * Two independent checks of an iCalendar file the portal serves: ical4j reads it strictly (no
 * relaxed parsing, no Outlook or Notes leniency) and validates it, and a small reader written from
 * RFC 5545 itself, which shares no code with ical4j, checks the line format (CRLF, folded at 75
 * octets) and that no property the RFC allows once per component (§3.6.1 for VEVENT, §3.6 for
 * VCALENDAR) appears twice, and that the required ones are there.
 */
public final class CalendarFiles {

	/** RFC 5545 §3.6.1: "MUST NOT occur more than once" in a VEVENT. */
	private static final Set<String> ONCE_PER_EVENT = Set.of("DTSTAMP", "UID", "DTSTART", "CLASS", "CREATED",
			"DESCRIPTION", "GEO", "LAST-MODIFIED", "LOCATION", "ORGANIZER", "PRIORITY", "SEQUENCE", "STATUS", "SUMMARY",
			"TRANSP", "URL", "RECURRENCE-ID", "DTEND", "DURATION");

	private static final Set<String> REQUIRED_PER_EVENT = Set.of("DTSTAMP", "UID", "DTSTART");

	/** RFC 5545 §3.6: "MUST NOT occur more than once" in the VCALENDAR itself. */
	private static final Set<String> ONCE_PER_CALENDAR = Set.of("PRODID", "VERSION", "CALSCALE", "METHOD");

	private CalendarFiles() {
	}

	/** What is wrong with the file; empty when both checks pass. */
	public static List<String> problems(String ics) {
		List<String> problems = new ArrayList<>();
		problems.addAll(lineProblems(ics));
		problems.addAll(componentProblems(ics));
		problems.addAll(ical4jProblems(ics));
		return problems;
	}

	private static List<String> lineProblems(String ics) {
		List<String> problems = new ArrayList<>();
		if (!ics.endsWith("\r\n")) {
			problems.add("the file does not end with CRLF");
		}
		String[] lines = ics.split("\r\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].indexOf('\n') >= 0 || lines[i].indexOf('\r') >= 0) {
				problems.add("line " + (i + 1) + " ends with a bare LF or CR");
			}
			if (lines[i].getBytes(StandardCharsets.UTF_8).length > 75) {
				problems.add("line " + (i + 1) + " is longer than 75 octets");
			}
		}
		return problems;
	}

	private static List<String> componentProblems(String ics) {
		List<String> problems = new ArrayList<>();
		String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
		List<String> stack = new ArrayList<>();
		List<Map<String, Integer>> counts = new ArrayList<>();
		for (String line : unfolded.split("\r\n")) {
			String name = line.split("[;:]", 2)[0].toUpperCase();
			String value = line.substring(line.indexOf(':') + 1);
			if (name.equals("BEGIN")) {
				stack.add(value);
				counts.add(new HashMap<>());
			}
			else if (name.equals("END")) {
				if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(value)) {
					problems.add("END:" + value + " closes no open " + value);
					continue;
				}
				String component = stack.remove(stack.size() - 1);
				Map<String, Integer> seen = counts.remove(counts.size() - 1);
				Set<String> once = component.equals("VEVENT") ? ONCE_PER_EVENT
						: component.equals("VCALENDAR") ? ONCE_PER_CALENDAR : Set.of();
				seen.forEach((property, count) -> {
					if (count > 1 && once.contains(property)) {
						problems.add(component + " has " + property + " " + count + " times (RFC 5545 allows it once)");
					}
				});
				if (component.equals("VEVENT")) {
					REQUIRED_PER_EVENT.stream()
						.filter(property -> !seen.containsKey(property))
						.forEach(property -> problems.add("VEVENT has no " + property));
				}
			}
			else if (!counts.isEmpty()) {
				counts.get(counts.size() - 1).merge(name, 1, Integer::sum);
			}
		}
		if (!stack.isEmpty()) {
			problems.add("not closed: " + stack);
		}
		return problems;
	}

	private static List<String> ical4jProblems(String ics) {
		boolean relaxed = CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING);
		CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, false);
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			ValidationResult result = calendar.validate();
			return result.getEntries().stream().map(entry -> "ical4j: " + entry).toList();
		}
		catch (IOException | ParserException | RuntimeException ex) {
			return List.of("ical4j cannot read it: " + ex.getMessage());
		}
		finally {
			CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, relaxed);
		}
	}

}
