package no.avtaleportal.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementTexts;
import no.avtaleportal.agreement.AgreementTexts.AgreementText;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.document.SharedDocuments.SharedFile;
import no.avtaleportal.meeting.PublishedMinutes;
import no.avtaleportal.meeting.PublishedMinutes.AddendumRecord;
import no.avtaleportal.meeting.PublishedMinutes.Minutes;
import no.avtaleportal.web.CsvFiles;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.PdfDocuments;

/**
 * Builds an agreement's archive package for a year: a ZIP whose entries come in a fixed order with
 * fixed times, and whose PDFs carry the dates of their content rather than of the moment they were
 * made, so that the same content always gives the same bytes. Each approved addendum is a PDF/A
 * of its own beside the minutes it corrects, filed under their archive reference. Everything is in bokmål, the
 * language of the records.
 */
@Service
class ArchivePackages {

	static final String SCHEMA = "arkivuttrekk.xsd";

	static final String METADATA = "arkivuttrekk.xml";

	private static final Locale BOKMAL = Locale.forLanguageTag("nb");

	private static final ZoneId OSLO = Formats.OSLO;

	private final AgreementTexts texts;

	private final PublishedMinutes minutes;

	private final SharedDocuments documents;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	ArchivePackages(AgreementTexts texts, PublishedMinutes minutes, SharedDocuments documents, PdfDocuments pdfs,
			MessageSource messages) {
		this.texts = texts;
		this.minutes = minutes;
		this.documents = documents;
		this.pdfs = pdfs;
		this.messages = messages;
	}

	/**
	 * The package of the agreement for the year, if the user may see the agreement.
	 * @throws no.avtaleportal.web.NotFoundException when there is no such agreement for the user
	 */
	ArchivePackage build(long agreementId, int year, SignedInUser user) {
		AgreementText agreement = this.texts.of(agreementId, user);
		List<Minutes> published = this.minutes.of(agreementId, year);
		List<SharedFile> shared = this.documents.filesOf(agreementId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		String identity = "avtaleportal/" + key(agreement) + "/" + year + "/";
		LocalDate signed = (agreement.signedOn() != null) ? agreement.signedOn() : agreement.startDate();

		Metadata metadata = new Metadata(agreement, year);
		Map<String, byte[]> files = new LinkedHashMap<>();

		String agreementFile = "avtale/avtaletekst.pdf";
		files.put(agreementFile, PdfDocuments.reproducible(render("archive/agreement-pdf", Map.of("agreement", agreement)),
				signed.atStartOfDay(OSLO).toInstant(), identity + agreementFile));
		metadata.agreementText(agreementFile, files.get(agreementFile));

		for (Minutes meeting : published) {
			String file = "moter/" + meeting.startsAt().toLocalDate() + "-referat-" + meeting.meetingId() + ".pdf";
			files.put(file, PdfDocuments.reproducible(this.minutes.pdf(meeting.meetingId(), user, BOKMAL), meeting.publishedAt(),
					identity + file));
			Map<Long, String> addendumFiles = new LinkedHashMap<>();
			for (AddendumRecord addendum : meeting.addenda()) {
				String addendumFile = "moter/" + meeting.startsAt().toLocalDate() + "-tillegg-" + addendum.id() + ".pdf";
				files.put(addendumFile, PdfDocuments.reproducible(
						this.minutes.addendumPdf(meeting.meetingId(), addendum.id(), user, BOKMAL), addendum.approvedAt(),
						identity + addendumFile));
				addendumFiles.put(addendum.id(), addendumFile);
			}
			metadata.minutes(meeting, title("archive.minutes.title", Formats.date(meeting.startsAt().toLocalDate())), file,
					files.get(file),
					title("meeting.addendum.pdf.title", Formats.date(meeting.startsAt().toLocalDate())),
					addendum -> new Metadata.Attached(addendumFiles.get(addendum.id()), files.get(addendumFiles.get(addendum.id()))));
		}

		List<DecisionRow> decisions = published.stream()
			.flatMap(meeting -> meeting.decisions()
				.stream()
				.map(decision -> new DecisionRow(decision.number(), decision.text(), decision.caseTitle(),
						meeting.startsAt().toLocalDate(), meeting.archiveReference(), meeting.meetingId(), decision.id())))
			.toList();
		Instant registerDate = published.stream()
			.map(Minutes::publishedAt)
			.max(Comparator.naturalOrder())
			.orElse(LocalDate.of(year, 1, 1).atStartOfDay(OSLO).toInstant());
		String registerPdf = "vedtak/vedtaksregister.pdf";
		String registerCsv = "vedtak/vedtaksregister.csv";
		files.put(registerPdf, PdfDocuments.reproducible(render("archive/decisions-pdf",
				Map.of("agreement", agreement, "year", Formats.year(year), "decisions", decisions)), registerDate,
				identity + registerPdf));
		files.put(registerCsv, csv(decisions));
		metadata.decisionRegister(title("archive.decisions.title", Formats.year(year)), registerDate, registerPdf,
				files.get(registerPdf), registerCsv, files.get(registerCsv));
		for (DecisionRow decision : decisions) {
			metadata.decision(decision.id(), decision.number(), decision.caseTitle(), decision.text(), decision.meetingDay(),
					decision.meetingId());
		}

		for (SharedFile document : shared) {
			String file = "dokumenter/" + document.id() + "-" + safeName(document.fileName());
			files.put(file, document.content());
			metadata.document(document, file);
		}

		Instant newest = Stream.of(Stream.of(signed.atStartOfDay(OSLO).toInstant(), registerDate),
				published.stream().flatMap(meeting -> meeting.addenda().stream()).map(AddendumRecord::approvedAt),
				shared.stream().map(document -> document.date().atStartOfDay(OSLO).toInstant()))
			.flatMap(instants -> instants)
			.max(Comparator.naturalOrder())
			.orElseThrow();
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put(METADATA, metadata.xml());
		entries.put(SCHEMA, schema());
		entries.putAll(files);
		return new ArchivePackage("arkivuttrekk-" + key(agreement) + "-" + year + ".zip",
				zip(entries, LocalDateTime.ofInstant(newest, ZoneOffset.UTC)));
	}

	private byte[] render(String template, Map<String, Object> model) {
		Map<String, Object> withStyles = new LinkedHashMap<>(model);
		withStyles.put("styles", PdfDocuments.PLAIN_STYLES);
		return this.pdfs.render(template, withStyles, BOKMAL);
	}

	private String title(String key, String argument) {
		return this.messages.getMessage(key, new Object[] { argument }, BOKMAL);
	}

	private byte[] csv(List<DecisionRow> decisions) {
		return CsvFiles.write(csv -> {
			csv.printRecord(List.of("archive.csv.number", "archive.csv.text", "archive.csv.case", "archive.csv.meeting",
					"archive.csv.reference")
				.stream()
				.map(key -> this.messages.getMessage(key, null, BOKMAL))
				.toList());
			for (DecisionRow decision : decisions) {
				csv.printRecord(decision.number(), decision.text(), decision.caseTitle(), Formats.date(decision.meetingDay()),
						(decision.archiveReference() != null) ? decision.archiveReference() : "");
			}
		});
	}

	/** The agreement's import key, or its id for one made in the portal. */
	private static String key(AgreementText agreement) {
		return (agreement.importKey() != null) ? agreement.importKey() : "avtale-" + agreement.id();
	}

	/** A file name as a ZIP entry: letters, digits, dot, dash and underscore. */
	static String safeName(String fileName) {
		String safe = fileName.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
		return safe.isBlank() ? "fil" : safe;
	}

	private static byte[] schema() {
		try (InputStream xsd = ArchivePackages.class.getResourceAsStream("/archive/" + SCHEMA)) {
			if (xsd == null) {
				throw new IllegalStateException("The archive schema is missing from the classpath");
			}
			return xsd.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The entries in the given order, each with the same time and no extra fields. */
	private static byte[] zip(Map<String, byte[]> entries, LocalDateTime time) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			List<String> names = new ArrayList<>(entries.keySet());
			for (String name : names) {
				ZipEntry entry = new ZipEntry(name);
				entry.setTimeLocal(time);
				zip.putNextEntry(entry);
				zip.write(entries.get(name));
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/** The package as a file. */
	record ArchivePackage(String fileName, byte[] zip) {
	}

	/** A row of the decision register. */
	record DecisionRow(String number, String text, String caseTitle, LocalDate meetingDay, String archiveReference,
			long meetingId, long id) {
	}

}
