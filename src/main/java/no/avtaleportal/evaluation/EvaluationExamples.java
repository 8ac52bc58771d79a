package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.meeting.MeetingDecisions.DecisionView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.Formats;

/**
 * EXAMPLE DATA, demo mode only: the spring-2025 evaluation of the NTNU–NHO agreement, with an
 * assessment submitted by each party and the decision to extend the agreement by two years (a
 * second term as long as the first, which clause 4 leaves open) to 19.11.2027, taken in the
 * example minutes of 14.03.2025 (see the meeting feature's examples). Loaded once, after the
 * example meetings, and only when they exist; the evaluation is marked as an example.
 */
@Component
class EvaluationExamples {

	private static final Logger logger = LoggerFactory.getLogger(EvaluationExamples.class);

	private static final ZoneId OSLO = Formats.OSLO;

	private final Agreements agreements;

	private final MeetingDecisions meetings;

	private final EvaluationRepository evaluations;

	private final AssessmentRepository assessments;

	private final ContinuationDecision decision;

	private final People people;

	EvaluationExamples(Agreements agreements, MeetingDecisions meetings, EvaluationRepository evaluations,
			AssessmentRepository assessments, ContinuationDecision decision, People people) {
		this.agreements = agreements;
		this.meetings = meetings;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.decision = decision;
		this.people = people;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		List<FocusAreaView> areas = this.agreements.focusAreasOfImported("ntnu-nho-2023");
		if (areas.size() < 2) {
			return;
		}
		long agreementId = areas.get(0).agreementId();
		DecisionView example = this.meetings.exampleDecision(agreementId, "Etter evalueringen").orElse(null);
		Long ntnu = this.people.organisationByShortName("NTNU").map(o -> o.id()).orElse(null);
		Long nho = this.people.organisationByShortName("NHO").map(o -> o.id()).orElse(null);
		if (example == null || ntnu == null || nho == null || this.evaluations.findByAgreementId(agreementId).isPresent()) {
			return;
		}
		LocalDate day = example.meetingDay();
		Evaluation evaluation = this.evaluations.saveAndFlush(new Evaluation(agreementId));
		evaluation.markAsExample();
		Assessment fromNtnu = new Assessment(evaluation.getId(), ntnu);
		fromNtnu.write(Outcome.EXTEND, "Samarbeidet har gitt NTNU et bedre grunnlag for strategiarbeidet og "
				+ "tettere kontakt med arbeidslivet. Vi anbefaler å forlenge avtalen med to år.");
		fromNtnu.rate(areas.get(0).id(), 4, "Jevn deling av rapporter og analyser; felles innspill til statsbudsjettet.",
				"Få møteplasser mellom fagmiljøene utenom styringsgruppen.", "Faste temamøter to ganger i året.");
		fromNtnu.rate(areas.get(1).id(), 3, "Etterspørselen etter videreutdanning i KI er kartlagt sammen med NHO.",
				"Tilbudet til medlemsbedriftene kom sent i gang.", "Felles plan for kurs i KI og digital sikkerhet.");
		fromNtnu.submit("Kari Nordmann", day.minusDays(10).atTime(LocalTime.of(14, 0)).atZone(OSLO).toInstant());
		Assessment fromNho = new Assessment(evaluation.getId(), nho);
		fromNho.write(Outcome.EXTEND, "Medlemsbedriftene har fått bedre tilgang til NTNUs kompetanse. NHO ønsker "
				+ "å videreføre samarbeidet i en ny toårsperiode.");
		fromNho.rate(areas.get(0).id(), 3, "God dialog om kompetansebehov og utdanningspolitikk.",
				"Analysene kom ofte for sent til å brukes i NHOs høringsarbeid.", "Del utkast tidligere.");
		fromNho.rate(areas.get(1).id(), 3, "EDIH Nemonoor har nådd mange bedrifter.",
				"Små bedrifter utenfor Trøndelag er lite med.", "Digitale kurs som når hele landet.");
		fromNho.submit("Ola Hansen", day.minusDays(7).atTime(LocalTime.of(9, 30)).atZone(OSLO).toInstant());
		this.assessments.saveAll(List.of(fromNtnu, fromNho));
		evaluation.propose(example.meetingId(), example.id(), Outcome.EXTEND, 24, null, List.of());
		this.decision.apply(evaluation, day, example.number());
		logger.info("Loaded the example evaluation of spring 2025 (demo mode)");
	}

}
