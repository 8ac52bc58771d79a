package no.avtaleportal.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A notice to send: publish it as an application event inside the transaction that makes it
 * true (or hand it to {@link Notifications#send}). The notification module keeps it in the event
 * publication registry until it has handled it, then puts it in each recipient's notices in the
 * portal and mails it as each recipient chose ({@link DeliveryChoice}).
 *
 * @param kind what it is about; chooses the texts {@code notification.kind.<KIND>.*}
 * @param personIds the people to tell (through the accounts linked to them)
 * @param accountIds accounts to tell besides (for those linked to no person, like an administrator)
 * @param path where in the portal the call to action leads, such as {@code /meetings/12}
 * @param arguments the words that fill the texts ({0}, {1}, …), already formatted (dates as
 * 20.11.2023): the same in every language
 * @param onceKey when not null, the notice is sent only the first time a notice with this key
 * arrives (reminders: {@code action-due:42:2026-12-10})
 * @param details lines listed in the mail under the text (an agenda), may be empty
 * @param attachments files attached to the mail (a calendar invitation), may be empty
 * @param sections headed lists under the text, after the details (a meeting notice's agenda,
 * papers and open action items): each heading a message key, so it is in the recipient's
 * language; each line its words and, optionally, a path into the portal it links to; may be empty
 * @param id this notice's own identity (made by the factories), so that two equal notices are two
 * publications in the registry, each completed by its own handling
 */
public record Notice(NoticeKind kind, Set<Long> personIds, Set<Long> accountIds, String path, List<String> arguments,
		String onceKey, List<String> details, List<Attachment> attachments, UUID id, List<Section> sections) {

	public Notice {
		personIds = Set.copyOf(personIds);
		accountIds = Set.copyOf(accountIds);
		arguments = List.copyOf(arguments);
		details = List.copyOf(details);
		attachments = List.copyOf(attachments);
		// notices kept in the registry before sections existed have none
		sections = (sections != null) ? List.copyOf(sections) : List.of();
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("a path inside the portal: " + path);
		}
	}

	/** A notice of the kind to the people, leading to the path, with the words for its texts. */
	public static Notice toPeople(NoticeKind kind, Collection<Long> personIds, String path, String... arguments) {
		return new Notice(kind, new TreeSet<>(personIds), Set.of(), path, List.of(arguments), null, List.of(),
				List.of(), UUID.randomUUID(), List.of());
	}

	/** A notice of the kind to accounts, leading to the path, with the words for its texts. */
	public static Notice toAccounts(NoticeKind kind, Collection<Long> accountIds, String path, String... arguments) {
		return new Notice(kind, Set.of(), new TreeSet<>(accountIds), path, List.of(arguments), null, List.of(),
				List.of(), UUID.randomUUID(), List.of());
	}

	/** The same notice, sent only the first time one with this key arrives. */
	public Notice once(String key) {
		return new Notice(this.kind, this.personIds, this.accountIds, this.path, this.arguments, key, this.details,
				this.attachments, this.id, this.sections);
	}

	/** The same notice with lines listed under its text in the mail. */
	public Notice withDetails(List<String> lines) {
		return new Notice(this.kind, this.personIds, this.accountIds, this.path, this.arguments, this.onceKey, lines,
				this.attachments, this.id, this.sections);
	}

	/** The same notice with a file attached to its mail. */
	public Notice withAttachment(String filename, String contentType, byte[] content) {
		List<Attachment> files = new ArrayList<>(this.attachments);
		files.add(new Attachment(filename, contentType, content));
		return new Notice(this.kind, this.personIds, this.accountIds, this.path, this.arguments, this.onceKey,
				this.details, files, this.id, this.sections);
	}

	/** The same notice with a headed list under its text in the mail (nothing when the list is empty). */
	public Notice withSection(String headingKey, List<Line> lines) {
		if (lines.isEmpty()) {
			return this;
		}
		List<Section> all = new ArrayList<>(this.sections);
		all.add(new Section(headingKey, lines));
		return new Notice(this.kind, this.personIds, this.accountIds, this.path, this.arguments, this.onceKey,
				this.details, this.attachments, this.id, all);
	}

	/** A file attached to the mail. */
	public record Attachment(String filename, String contentType, byte[] content) {
	}

	/** A headed list in the mail: the heading's message key and its lines. */
	public record Section(String headingKey, List<Line> lines) {

		public Section {
			lines = List.copyOf(lines);
		}

	}

	/**
	 * A line of a section: its words (the same in every language) and, when not null, the path
	 * inside the portal it links to.
	 */
	public record Line(String text, String path) {

		public Line {
			if (path != null && !path.startsWith("/")) {
				throw new IllegalArgumentException("a path inside the portal: " + path);
			}
		}

		public static Line of(String text) {
			return new Line(text, null);
		}

	}

}
