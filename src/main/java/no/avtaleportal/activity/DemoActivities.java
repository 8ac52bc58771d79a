package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.database.DemoMode;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.PersonView;

/**
 * EKSEMPELDATA, demo mode only: about a dozen made-up activities under the NTNU–NHO agreement
 * with status histories from autumn 2023 on, each marked as example data. Loaded once, when the
 * portal has no example activities, after the agreement and the demo people are in place.
 */
@Component
class DemoActivities {

	private static final Logger logger = LoggerFactory.getLogger(DemoActivities.class);

	private final DemoMode demoMode;

	private final ActivityRepository activities;

	private final StatusUpdateRepository updates;

	private final Agreements agreements;

	private final People people;

	private final ActivityHistory history;

	private final Clock clock;

	DemoActivities(DemoMode demoMode, ActivityRepository activities, StatusUpdateRepository updates,
			Agreements agreements, People people, ActivityHistory history, Clock clock) {
		this.history = history;
		this.demoMode = demoMode;
		this.activities = activities;
		this.updates = updates;
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
	}

	/** A status update of the example: date, light, text. */
	private record Update(String on, Light light, String text) {
	}

	/**
	 * An example activity; commitment "A3" is focus area A's third. {@code closing} is the
	 * completion date of a completed activity and the reason of a cancelled one.
	 */
	private record Example(String commitment, String lead, String responsible, List<String> contributors, String title,
			String description, String start, String due, String tags, List<Update> updates, ActivityStatus status,
			String closing) {
	}

	private static final List<Example> EXAMPLES = List.of(
			new Example("A3", "NHO", "Eva Larsen", List.of("Per Johansen"),
					"Kartlegging av kompetansebehov i NHOs medlemsbedrifter",
					"Spørreundersøkelse om fremtidige utdannings-, kunnskaps- og kompetansebehov. NHO inviterer et utvalg medlemsbedrifter; NTNU lager spørsmålene og analyserer svarene.",
					"2023-10-01", "2025-06-30", "kompetanse, spørreundersøkelse",
					List.of(new Update("2023-11-15", Light.GREEN, "Spørreskjemaet er utarbeidet sammen med NTNU."),
							new Update("2024-03-12", Light.GREEN, "Invitasjon sendt til 400 bedrifter via landsforeningene."),
							new Update("2024-09-20", Light.YELLOW, "Svarprosenten er lav (18 %). Vi purrer via regionkontorene."),
							new Update("2025-05-06", Light.YELLOW, "Foreløpige funn om **kompetansebehovet** presentert for styringsgruppen; rapporten blir forsinket."),
							new Update("2026-09-15", Light.YELLOW, "Rapportutkast på høring hos partene.")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("A3", "NHO", "Eva Larsen", List.of(), "Pilot: kompetansebehov i reiselivet",
					"En mindre kartlegging i én bransje, for å prøve metoden før den brukes bredere.", "2024-02-01",
					"2024-12-31", "kompetanse, reiseliv",
					List.of(new Update("2024-04-10", Light.YELLOW, "Satt på vent til hovedkartleggingen er ferdig.")),
					ActivityStatus.ON_HOLD, null),
			new Example("A4", "NTNU", "Kari Nordmann", List.of("Ola Hansen"),
					"Innspill fra medlemsbedrifter til NTNUs strategi 2026–2034",
					"NHO inviterer medlemsbedrifter til å gi innspill til NTNUs kjernevirksomhet. NTNU er ansvarlig for innhold og gjennomføring.",
					"2023-11-01", "2025-01-31", "strategi 2026–2034",
					List.of(new Update("2023-12-05", Light.GREEN, "Plan for innspillsrunden er avtalt i styringsgruppen."),
							new Update("2024-04-18", Light.GREEN, "Tre innspillsmøter holdt, 45 bedrifter deltok."),
							new Update("2024-10-02", Light.GREEN, "Skriftlige innspill mottatt fra 12 bransjeforeninger."),
							new Update("2025-01-31", Light.GREEN, "Innspillene er oppsummert og levert strategiprosessen.")),
					ActivityStatus.COMPLETED, "2025-01-31"),
			new Example("A4", "NTNU", "Per Johansen", List.of("Eva Larsen"), "Dialogmøter om strategien med NHOs regionkontorer",
					"Møter i regionene der NTNU presenterer utkast til strategi og får tilbakemeldinger fra næringslivet.",
					"2024-05-01", "2024-11-30", "strategi 2026–2034",
					List.of(new Update("2024-06-20", Light.GREEN, "Møter i Trondheim og Ålesund gjennomført."),
							new Update("2024-11-28", Light.GREEN, "Siste møte i Gjøvik holdt.")),
					ActivityStatus.COMPLETED, "2024-11-30"),
			new Example("A1", null, "Ingrid Berg", List.of("Ola Hansen"), "Felles kunnskapsgrunnlag: deling av rapporter og analyser",
					"Partene deler rapporter og analyser med relevans for nærings-, utdannings- og forskningspolitikk i dokumentarkivet.",
					"2023-09-01", null, "rapporter, kunnskapsdeling",
					List.of(new Update("2023-10-10", Light.GREEN, "Dokumentarkivet er tatt i bruk."),
							new Update("2024-10-15", Light.GREEN, "Åtte rapporter delt hittil."),
							new Update("2026-06-10", Light.GREEN, "NHOs kompetansebarometer og NTNUs kandidatundersøkelse er delt.")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("A1", "NHO", "Ola Hansen", List.of(), "Analyse av kompetansebehovet i industrien",
					"NHO deler sin analyse av industriens kompetansebehov med NTNU.", "2024-01-15", "2024-06-15", "rapporter",
					List.of(new Update("2024-06-14", Light.GREEN, "Analysen er ferdig og delt.")), ActivityStatus.COMPLETED,
					"2024-06-15"),
			new Example("A2", null, "Ola Hansen", List.of("Kari Nordmann"), "Felles innspill til statsbudsjettet 2025",
					"Felles budskap om etter- og videreutdanning i innspillsrunden til statsbudsjettet.", "2024-03-01",
					"2024-10-07", "politikk",
					List.of(new Update("2024-04-02", Light.GREEN, "Budskapet er avstemt mellom partene."),
							new Update("2024-10-07", Light.GREEN, "Felles kronikk publisert.")),
					ActivityStatus.COMPLETED, "2024-10-07"),
			new Example("B1", "NTNU", "Marte Prøve", List.of("Per Johansen"),
					"Etter- og videreutdanning i kunstig intelligens for næringslivet",
					"Nettbaserte emner i maskinlæring og KI for ansatte i NHOs medlemsbedrifter.", "2023-09-15", "2026-12-31",
					"EVU, KI",
					List.of(new Update("2023-12-01", Light.GREEN, "To emner godkjent for våren 2024."),
							new Update("2024-08-20", Light.GREEN, "120 deltakere fra 60 bedrifter."),
							new Update("2025-08-25", Light.GREEN, "Nytt emne i generativ KI startet."),
							new Update("2026-08-24", Light.GREEN, "Søkningen økte med 30 prosent.")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("B1", "NTNU", "Per Johansen", List.of(), "Kurs i digital sikkerhet for ledere",
					"Kort kurs i digital sikkerhet for ledere i små og mellomstore bedrifter.", "2025-01-10", "2026-09-30",
					"EVU, digital sikkerhet",
					List.of(new Update("2025-03-01", Light.GREEN, "Kursplan klar."),
							new Update("2026-08-30", Light.RED, "For få påmeldte; vi vurderer ny dato og bedre markedsføring via NHO.")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("B1", "NTNU", "Marte Prøve", List.of(), "HPC-kurs for industribedrifter",
					"Innføring i high performance computing for industribedrifter med store beregningsbehov.", "2026-12-01",
					"2027-06-30", "EVU, HPC", List.of(), ActivityStatus.PLANNED, null),
			new Example("B3", "NHO", "Eva Larsen", List.of(),
					"Nemonoor-tjenester: rekruttering av bedrifter via landsforeningene",
					"NHO støtter Digital Norway i å få flere bedrifter til å bruke tjenestene i EDIH Nemonoor.", "2024-01-10",
					"2026-06-30", "Nemonoor",
					List.of(new Update("2024-05-15", Light.GREEN, "Informasjon sendt til alle landsforeninger."),
							new Update("2025-04-11", Light.YELLOW, "Færre bedrifter enn ventet har tatt i bruk tjenestene."),
							new Update("2026-07-01", Light.YELLOW, "Målet på 50 bedrifter er ikke nådd (34).")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("B4", "NHO", "Ola Hansen", List.of("Kari Nordmann"), "Møter om medlemskap i NAIL",
					"Møter mellom NTNU og medlemsbedrifter i ulike bransjer om medlemskap i Norwegian Open AI Lab.",
					"2024-02-01", "2026-12-31", "NAIL",
					List.of(new Update("2024-03-20", Light.GREEN, "Første møte med industribedrifter; fem interesserte."),
							new Update("2025-03-12", Light.GREEN, "Felles NAIL-møte for energi og industri."),
							new Update("2026-10-01", Light.GREEN, "To nye bedrifter er blitt medlemmer av NAIL.")),
					ActivityStatus.IN_PROGRESS, null),
			new Example("B4", "NHO", "Eva Larsen", List.of(), "Tematisk NAIL-møte for energibransjen",
					"Eget møte for energibransjen om NAIL-medlemskap.", "2024-09-01", "2025-02-28", "NAIL", List.of(),
					ActivityStatus.CANCELLED, "Slått sammen med det felles NAIL-møtet i mars 2025."));

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demoMode.isEnabled() || this.activities.existsByExampleTrue()) {
			return;
		}
		List<FocusAreaView> areas = this.agreements.focusAreasOfImported("ntnu-nho-2023");
		if (areas.isEmpty()) {
			return;
		}
		Map<String, PersonView> persons = this.people.persons()
			.stream()
			.collect(Collectors.toMap(PersonView::name, Function.identity(), (first, second) -> first));
		Map<String, Long> organisations = this.people.organisations()
			.stream()
			.collect(Collectors.toMap(OrganisationView::shortName, OrganisationView::id));
		LocalDate today = LocalDate.now(this.clock);
		for (Example example : EXAMPLES) {
			FocusAreaView area = areas.stream()
				.filter(candidate -> example.commitment().startsWith(candidate.code()))
				.findFirst()
				.orElseThrow();
			long commitment = area.commitment(example.commitment()).id();
			PersonView responsible = persons.get(example.responsible());
			if (responsible == null) {
				return;
			}
			Activity activity = new Activity(example.title(), area.id(), responsible.id());
			activity.describe(example.title(), example.description(), area.id(), commitment,
					(example.lead() != null) ? organisations.get(example.lead()) : null, responsible.id(),
					example.contributors().stream().map(name -> persons.get(name).id()).toList(), date(example.start()),
					date(example.due()), "", example.tags());
			activity.markAsExample();
			if (example.title().startsWith("Kartlegging")) {
				activity.addDeliverable("Spørreskjema", LocalDate.of(2023, 12, 1));
				activity.addDeliverable("Rapport om kompetansebehov", LocalDate.of(2025, 6, 30));
			}
			switch (example.status()) {
				case PLANNED -> {
				}
				case IN_PROGRESS -> activity.start();
				case ON_HOLD -> activity.putOnHold();
				case COMPLETED -> {
					activity.start();
					activity.complete(date(example.closing()), today);
				}
				case CANCELLED -> activity.cancel(example.closing());
			}
			this.activities.save(activity);
			recordHistory(activity, example);
			for (Update update : example.updates()) {
				LocalDate on = date(update.on());
				if (!on.isAfter(today)) {
					this.updates.save(activity.report(on, today, responsible.id(), responsible.name(), update.light(),
							update.text()));
				}
			}
		}
		logger.info("Loaded {} example activities (demo mode)", EXAMPLES.size());
	}

	/**
	 * The example's status history: work began on its start date; it was put on hold at its last
	 * update, completed on its completion date, cancelled on its due date.
	 */
	private void recordHistory(Activity activity, Example example) {
		LocalDate start = date(example.start());
		switch (example.status()) {
			case PLANNED -> {
			}
			case IN_PROGRESS -> this.history.record(activity.getId(), ActivityStatus.IN_PROGRESS, start);
			case ON_HOLD -> this.history.record(activity.getId(), ActivityStatus.ON_HOLD,
					date(example.updates().get(example.updates().size() - 1).on()));
			case COMPLETED -> {
				this.history.record(activity.getId(), ActivityStatus.IN_PROGRESS, start);
				this.history.record(activity.getId(), ActivityStatus.COMPLETED, date(example.closing()));
			}
			case CANCELLED -> this.history.record(activity.getId(), ActivityStatus.CANCELLED, date(example.due()));
		}
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
