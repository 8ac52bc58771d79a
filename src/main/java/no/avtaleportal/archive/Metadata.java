package no.avtaleportal.archive;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import no.avtaleportal.agreement.AgreementTexts.AgreementText;
import no.avtaleportal.agreement.AgreementTexts.PartyText;
import no.avtaleportal.document.SharedDocuments.SharedFile;
import no.avtaleportal.meeting.PublishedMinutes.AddendumRecord;
import no.avtaleportal.meeting.PublishedMinutes.Minutes;

/**
 * The package's metadata file, {@value ArchivePackages#METADATA}, valid against
 * {@value ArchivePackages#SCHEMA}: modelled on Noark 5's structure, the case file
 * ({@code saksmappe}) is the agreement, its records ({@code registrering}) are the agreement text,
 * the meetings with published minutes (each approved addendum with its own PDF/A inside), the decision register, each decision and each shared
 * document, and each record's documents ({@code dokumentbeskrivelse}) list their files
 * ({@code dokumentobjekt}) with SHA-256 checksums. The element names are Noark 5's where it has one.
 */
final class Metadata {

	static final String NAMESPACE = "https://avtaleportal.no/arkivuttrekk/1";

	private final AgreementText agreement;

	private final int year;

	private final List<Consumer<Writer>> records = new ArrayList<>();

	Metadata(AgreementText agreement, int year) {
		this.agreement = agreement;
		this.year = year;
	}

	void agreementText(String file, byte[] pdf) {
		LocalDate signed = (this.agreement.signedOn() != null) ? this.agreement.signedOn() : this.agreement.startDate();
		this.records.add(xml -> {
			xml.start("registrering").attribute("type", "avtaletekst");
			xml.element("systemID", "avtale-" + this.agreement.id() + "-tekst");
			xml.element("tittel", this.agreement.title());
			xml.element("dato", signed.toString());
			document(xml, "avtale-" + this.agreement.id() + "-tekst-dok", "Avtale", this.agreement.title(),
					new FileObject(file, "PDF/A-2a", "application/pdf", "Arkivformat", pdf));
			xml.end();
		});
	}

	/**
	 * A meeting's published minutes, and each approved addendum with the archive reference of the
	 * minutes it corrects and its own PDF/A.
	 */
	void minutes(Minutes meeting, String title, String file, byte[] pdf, String addendumTitle,
			java.util.function.Function<AddendumRecord, Attached> addendumFiles) {
		this.records.add(xml -> {
			xml.start("registrering").attribute("type", "moetereferat");
			xml.element("systemID", meetingId(meeting.meetingId()));
			xml.element("tittel", title);
			xml.element("dato", meeting.startsAt().toLocalDate().toString());
			xml.element("publisert", dateTime(meeting.publishedAt()));
			if (meeting.archiveReference() != null) {
				xml.element("arkivreferanse", meeting.archiveReference());
			}
			if (meeting.place() != null) {
				xml.element("moetested", meeting.place());
			}
			for (AddendumRecord addendum : meeting.addenda()) {
				xml.start("tillegg");
				xml.element("systemID", "tillegg-" + addendum.id());
				xml.element("tekst", addendum.text());
				xml.element("godkjent", dateTime(addendum.approvedAt()));
				if (meeting.archiveReference() != null) {
					xml.element("arkivreferanse", meeting.archiveReference());
				}
				Attached attached = addendumFiles.apply(addendum);
				document(xml, "tillegg-" + addendum.id() + "-dok", "Tillegg til møtereferat", addendumTitle,
						new FileObject(attached.name(), "PDF/A-2a", "application/pdf", "Arkivformat", attached.bytes()));
				xml.end();
			}
			document(xml, meetingId(meeting.meetingId()) + "-referat", "Møtereferat", title,
					new FileObject(file, "PDF/A-2a", "application/pdf", "Arkivformat", pdf));
			xml.end();
		});
	}

	void decisionRegister(String title, Instant date, String pdfFile, byte[] pdf, String csvFile, byte[] csv) {
		this.records.add(xml -> {
			xml.start("registrering").attribute("type", "vedtaksregister");
			xml.element("systemID", "avtale-" + this.agreement.id() + "-vedtak-" + this.year);
			xml.element("tittel", title);
			xml.element("dato", date.atZone(ZoneOffset.UTC).toLocalDate().toString());
			document(xml, "avtale-" + this.agreement.id() + "-vedtak-" + this.year + "-dok", "Vedtaksregister", title,
					new FileObject(pdfFile, "PDF/A-2a", "application/pdf", "Arkivformat", pdf),
					new FileObject(csvFile, "CSV", "text/csv", "Produksjonsformat", csv));
			xml.end();
		});
	}

	void decision(long id, String number, String caseTitle, String text, LocalDate meetingDay, long meetingId) {
		this.records.add(xml -> {
			xml.start("registrering").attribute("type", "vedtak");
			xml.element("systemID", "vedtak-" + id);
			xml.element("tittel", caseTitle);
			xml.element("dato", meetingDay.toString());
			xml.element("vedtaksnummer", number);
			xml.element("tekst", text);
			xml.element("moete", meetingId(meetingId));
			xml.end();
		});
	}

	void document(SharedFile document, String file) {
		this.records.add(xml -> {
			xml.start("registrering").attribute("type", "dokument");
			xml.element("systemID", "dokument-" + document.id());
			xml.element("tittel", document.title());
			xml.element("dato", document.date().toString());
			if (!document.description().isBlank()) {
				xml.element("tekst", document.description());
			}
			document(xml, "dokument-" + document.id() + "-fil", "Dokument", document.title(),
					new FileObject(file, document.contentType(), document.contentType(), "Produksjonsformat", document.content()));
			xml.end();
		});
	}

	byte[] xml() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter stream = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
			Writer xml = new Writer(stream);
			stream.writeStartDocument("UTF-8", "1.0");
			xml.start("arkivuttrekk");
			stream.writeDefaultNamespace(NAMESPACE);
			xml.element("system", "Avtaleportal");
			xml.start("periode");
			xml.element("fra", LocalDate.of(this.year, 1, 1).toString());
			xml.element("til", LocalDate.of(this.year, 12, 31).toString());
			xml.end();
			xml.start("saksmappe");
			xml.element("systemID", "avtale-" + this.agreement.id());
			if (this.agreement.importKey() != null) {
				xml.element("mappeID", this.agreement.importKey());
			}
			xml.element("tittel", this.agreement.title());
			if (this.agreement.subject() != null && !this.agreement.subject().isBlank()) {
				xml.element("beskrivelse", this.agreement.subject());
			}
			xml.element("saksdato", ((this.agreement.signedOn() != null) ? this.agreement.signedOn() : this.agreement.startDate()).toString());
			for (PartyText party : this.agreement.parties()) {
				xml.start("part");
				xml.element("navn", party.name());
				if (party.orgNumber() != null) {
					xml.element("organisasjonsnummer", party.orgNumber().replace(" ", ""));
				}
				if (party.signatoryName() != null && !party.signatoryName().isBlank()) {
					xml.element("signertAv", party.signatoryName());
				}
				xml.end();
			}
			for (Consumer<Writer> record : this.records) {
				record.accept(xml);
			}
			xml.end();
			xml.end();
			stream.writeCharacters("\n");
			stream.writeEndDocument();
			stream.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write the archive metadata", ex);
		}
		return bytes.toByteArray();
	}

	private static void document(Writer xml, String systemId, String type, String title, FileObject... files) {
		xml.start("dokumentbeskrivelse");
		xml.element("systemID", systemId);
		xml.element("dokumenttype", type);
		xml.element("tilknyttetRegistreringSom", "Hoveddokument");
		xml.element("tittel", title);
		for (FileObject file : files) {
			xml.start("dokumentobjekt");
			xml.element("versjonsnummer", "1");
			xml.element("variantformat", file.variant());
			xml.element("format", file.format());
			xml.element("mimeType", file.mimeType());
			xml.element("referanseDokumentfil", file.name());
			xml.element("sjekksum", sha256(file.bytes()));
			xml.element("sjekksumAlgoritme", "SHA256");
			xml.element("filstoerrelse", String.valueOf(file.bytes().length));
			xml.end();
		}
		xml.end();
	}

	private static String meetingId(long id) {
		return "moete-" + id;
	}

	private static String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A file of the package and its bytes. */
	record Attached(String name, byte[] bytes) {
	}

	private record FileObject(String name, String format, String mimeType, String variant, byte[] bytes) {
	}

	/** Elements one a line, indented by depth, so that the file reads well and diffs well. */
	private static final class Writer {

		private final XMLStreamWriter stream;

		private int depth;

		Writer(XMLStreamWriter stream) {
			this.stream = stream;
		}

		Writer start(String name) {
			try {
				indent();
				this.stream.writeStartElement(name);
				this.depth++;
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
			return this;
		}

		Writer attribute(String name, String value) {
			try {
				this.stream.writeAttribute(name, value);
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
			return this;
		}

		void element(String name, String text) {
			try {
				indent();
				this.stream.writeStartElement(name);
				this.stream.writeCharacters(text);
				this.stream.writeEndElement();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void end() {
			try {
				this.depth--;
				indent();
				this.stream.writeEndElement();
			}
			catch (XMLStreamException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private void indent() throws XMLStreamException {
			this.stream.writeCharacters("\n" + "  ".repeat(this.depth));
		}

	}

}
