package no.avtaleportal.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.database.DemoMode;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.PdfDocuments;

/**
 * EKSEMPELDATA, demo mode only: a few made-up reports shared under the NTNU–NHO agreement, each a
 * small PDF that says it is an example. Loaded once, when the portal has no example documents.
 */
@Component
class DemoDocuments {

	private record Example(String commitment, String author, String date, String title, String description,
			String fileName) {
	}

	private static final List<Example> EXAMPLES = List.of(
			new Example("A1", "NHO", "2024-05-20", "NHOs kompetansebarometer 2024",
					"Hovedfunn om medlemsbedriftenes kompetansebehov.", "kompetansebarometer-2024.pdf"),
			new Example("A1", "NTNU", "2024-09-10", "Kandidatundersøkelsen 2024 – sammendrag",
					"Hvordan NTNUs kandidater fra 2022 har det i arbeidslivet.", "kandidatundersokelsen-2024.pdf"),
			new Example("A4", "NTNU", "2025-01-31", "Oppsummering av innspill til strategi 2026–2034",
					"Innspillene fra NHOs medlemsbedrifter, ordnet etter tema.", "innspill-strategi-2026-2034.pdf"),
			new Example("B1", "NTNU", "2026-08-24", "Deltakerstatistikk for etter- og videreutdanning i KI",
					"Deltakere, bedrifter og bransjer per emne.", "deltakere-evu-ki.pdf"));

	private final DemoMode demoMode;

	private final DocumentRepository documents;

	private final DocumentFiles files;

	private final Agreements agreements;

	private final People people;

	private final PdfDocuments pdf;

	DemoDocuments(DemoMode demoMode, DocumentRepository documents, DocumentFiles files, Agreements agreements,
			People people, PdfDocuments pdf) {
		this.demoMode = demoMode;
		this.documents = documents;
		this.files = files;
		this.agreements = agreements;
		this.people = people;
		this.pdf = pdf;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demoMode.isEnabled() || this.documents.existsByExampleTrue()) {
			return;
		}
		List<FocusAreaView> areas = this.agreements.focusAreasOfImported("ntnu-nho-2023");
		if (areas.isEmpty()) {
			return;
		}
		Map<String, Long> organisations = this.people.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationView::shortName, OrganisationView::id));
		for (Example example : EXAMPLES) {
			FocusAreaView area = areas.stream()
				.filter(candidate -> example.commitment().startsWith(candidate.code()))
				.findFirst()
				.orElseThrow();
			long commitment = area.commitment(example.commitment()).id();
			byte[] bytes = this.pdf.render("document/example-pdf",
					Map.of("title", example.title(), "description", example.description()), Locale.forLanguageTag("nb"));
			Document document = new Document(area.agreementId(), example.title(), organisations.get(example.author()),
					LocalDate.parse(example.date()), example.description(), area.id(), commitment, null,
					example.fileName(), "application/pdf", bytes.length);
			document.markAsExample();
			this.files.store(document, bytes);
		}
	}

}
