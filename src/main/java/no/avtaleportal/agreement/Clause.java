package no.avtaleportal.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * A numbered clause of an agreement ("2A") with its heading and its exact text. The text keeps
 * its paragraphs (separated by a blank line) and bullet lists (lines that start with {@code "- "}).
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Clause extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	private String number;

	private String heading;

	private String body;

	/** 1 for a clause, 2 for a sub-clause such as 2A. */
	private int level;

	private int position;

	@Version
	private long version;

	protected Clause() {
	}

	Clause(Agreement agreement, String number, String heading, String body, int level, int position) {
		Assert.notNull(agreement, "agreement must not be null");
		this.agreement = agreement;
		this.position = position;
		rewrite(number, heading, body, level);
	}

	void rewrite(String number, String heading, String body, int level) {
		Assert.hasText(number, "number must not be empty");
		Assert.hasText(heading, "heading must not be empty");
		Assert.isTrue(level == 1 || level == 2, "level is 1 or 2");
		this.number = number.strip();
		this.heading = heading.strip();
		this.body = (body != null) ? body.strip() : "";
		this.level = level;
	}

	void moveTo(int position) {
		this.position = position;
	}

	/**
	 * The text as paragraphs and bullet lists, in order.
	 */
	public List<TextBlock> getBlocks() {
		return TextBlock.parse(this.body);
	}

	public Long getId() {
		return this.id;
	}

	public Agreement getAgreement() {
		return this.agreement;
	}

	public String getNumber() {
		return this.number;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	public int getLevel() {
		return this.level;
	}

	public int getPosition() {
		return this.position;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * A paragraph (one item) or a bullet list (its items) of a clause's text.
	 */
	public record TextBlock(boolean list, List<String> items) {

		/** A blank line, which ends a paragraph or a list ({@code String.split} would compile it on every call). */
		private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

		private static final Pattern LINE_BREAK = Pattern.compile("\\R");

		static List<TextBlock> parse(String text) {
			List<TextBlock> blocks = new ArrayList<>();
			if (text == null || text.isBlank()) {
				return blocks;
			}
			for (String chunk : BLANK_LINE.split(text.strip())) {
				List<String> bullets = new ArrayList<>();
				StringBuilder paragraph = new StringBuilder();
				for (String line : LINE_BREAK.split(chunk.strip())) {
					String trimmed = line.strip();
					if (trimmed.startsWith("- ")) {
						flushParagraph(blocks, paragraph);
						bullets.add(trimmed.substring(2).strip());
					}
					else if (!bullets.isEmpty() && paragraph.isEmpty() && line.startsWith(" ")) {
						// a bullet's text continued on an indented line
						bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + trimmed);
					}
					else {
						flushList(blocks, bullets);
						paragraph.append(paragraph.isEmpty() ? "" : " ").append(trimmed);
					}
				}
				flushParagraph(blocks, paragraph);
				flushList(blocks, bullets);
			}
			return blocks;
		}

		private static void flushParagraph(List<TextBlock> blocks, StringBuilder paragraph) {
			if (!paragraph.isEmpty()) {
				blocks.add(new TextBlock(false, List.of(paragraph.toString())));
				paragraph.setLength(0);
			}
		}

		private static void flushList(List<TextBlock> blocks, List<String> bullets) {
			if (!bullets.isEmpty()) {
				blocks.add(new TextBlock(true, List.copyOf(bullets)));
				bullets.clear();
			}
		}

	}

}
