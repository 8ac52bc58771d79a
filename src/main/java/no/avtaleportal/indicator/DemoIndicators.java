package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.database.DemoMode;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;

/**
 * EKSEMPELDATA, demo mode only: four made-up outcome indicators of the NTNU–NHO agreement with
 * measurements since autumn 2023, each marked as example data. Loaded once, when the portal has
 * no example indicators, after the agreement is in place.
 */
@Component
class DemoIndicators {

	private static final Logger logger = LoggerFactory.getLogger(DemoIndicators.class);

	private final DemoMode demoMode;

	private final IndicatorRepository indicators;

	private final Agreements agreements;

	private final People people;

	private final Clock clock;

	DemoIndicators(DemoMode demoMode, IndicatorRepository indicators, Agreements agreements, People people,
			Clock clock) {
		this.demoMode = demoMode;
		this.indicators = indicators;
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
	}

	/** A measurement of the example: its day, value and comment. */
	private record Value(String on, int value, String comment) {
	}

	private record Example(String commitment, String name, Unit unit, int baseline, String baselineOn, int target,
			String targetOn, String responsible, String source, Frequency frequency, String recordedBy,
			List<Value> values) {
	}

	private static final List<Example> EXAMPLES = List.of(
			new Example("B1", "EVU-kurs i KI, digital sikkerhet og HPC som tilbys", Unit.COUNT, 2, "2023-09-01", 12,
					"2027-06-30", "NTNU", "NTNU EVU-statistikk", Frequency.HALF_YEARLY, "Marte Prøve",
					List.of(new Value("2024-01-31", 3, "Nytt emne i maskinlæring."),
							new Value("2024-08-15", 5, "To emner i digital sikkerhet."),
							new Value("2025-01-31", 7, "Lederkurs i digital sikkerhet startet."),
							new Value("2025-08-15", 8, ""))),
			new Example("B1", "Deltakere fra NHO-bedrifter på disse kursene", Unit.PERSONS, 40, "2023-09-01", 400,
					"2027-06-30", "NTNU", "NTNU EVU-statistikk", Frequency.HALF_YEARLY, "Marte Prøve",
					List.of(new Value("2024-01-31", 65, ""), new Value("2024-08-15", 110, ""),
							new Value("2025-01-31", 150, "Færre påmeldte enn ventet til vårens emner."),
							new Value("2025-08-15", 170, ""))),
			new Example("A2", "Felles høringsinnspill levert", Unit.COUNT, 0, "2023-11-20", 6, "2027-11-19", null,
					"Partenes høringsarkiv", Frequency.HALF_YEARLY, "Ola Hansen",
					List.of(new Value("2024-06-30", 1, "Innspill til statsbudsjettet 2025."),
							new Value("2024-12-31", 2, ""), new Value("2025-06-30", 4, ""),
							new Value("2025-12-31", 5, "Innspill til langtidsplanen for forskning."))),
			new Example("B3", "Bedrifter som deltar i Nemonoor-tjenester via NHO", Unit.COUNT, 5, "2024-01-01", 60,
					"2026-12-31", "NHO", "Digital Norway / NHO Kompetansebarometer", Frequency.QUARTERLY, "Eva Larsen",
					List.of(new Value("2024-03-31", 9, ""), new Value("2024-06-30", 14, ""),
							new Value("2024-09-30", 18, ""), new Value("2024-12-31", 25, "Rekruttering via landsforeningene."))));

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	@Transactional
	public void load() {
		if (!this.demoMode.isEnabled() || this.indicators.existsByExampleTrue()) {
			return;
		}
		List<FocusAreaView> areas = this.agreements.focusAreasOfImported("ntnu-nho-2023");
		if (areas.isEmpty()) {
			return;
		}
		Map<String, Long> organisations = this.people.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationView::shortName, OrganisationView::id, (first, second) -> first));
		Map<String, Long> persons = this.people.persons()
			.stream()
			.collect(Collectors.toMap(People.PersonView::name, People.PersonView::id, (first, second) -> first));
		LocalDate today = LocalDate.now(this.clock);
		for (Example example : EXAMPLES) {
			FocusAreaView area = areas.stream()
				.filter(candidate -> example.commitment().startsWith(candidate.code()))
				.findFirst()
				.orElseThrow();
			Indicator indicator = new Indicator(area.commitment(example.commitment()).id());
			indicator.describe(example.name(), example.unit(), Direction.HIGHER, BigDecimal.valueOf(example.baseline()),
					LocalDate.parse(example.baselineOn()), BigDecimal.valueOf(example.target()),
					LocalDate.parse(example.targetOn()),
					(example.responsible() != null) ? organisations.get(example.responsible()) : null, example.source(),
					example.frequency());
			indicator.markAsExample();
			for (Value value : example.values()) {
				LocalDate on = LocalDate.parse(value.on());
				if (!on.isAfter(today)) {
					indicator.record(on, BigDecimal.valueOf(value.value()), value.comment(), null,
							persons.get(example.recordedBy()), example.recordedBy(), today);
				}
			}
			this.indicators.save(indicator);
		}
		logger.info("Loaded {} example outcome indicators (demo mode)", EXAMPLES.size());
	}

}
