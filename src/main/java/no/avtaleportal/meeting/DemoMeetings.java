package no.avtaleportal.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.agreement.Agreements.Topic;
import no.avtaleportal.database.DemoMode;
import no.avtaleportal.people.People;

/**
 * EXAMPLE DATA, demo mode only: steering group meetings every spring and autumn from spring 2024
 * to today, with published minutes, numbered decisions and action items (done, open and
 * overdue), the latest minutes awaiting the second party's approval and the next meeting in
 * draft. Its notices are those of a realistic week: the latest minutes submitted two days ago (to
 * the members who approve them) and the minutes before them published three days ago (to the
 * steering group and the secretary); the older steps are history and tell nobody. Every meeting is marked as an example. Loaded once, after the agreements and example
 * people are imported, and never when example meetings exist.
 */
@Component
class DemoMeetings {

	private static final Logger logger = LoggerFactory.getLogger(DemoMeetings.class);

	/**
	 * The continuation decision of the spring-2025 evaluation; the evaluation's example content
	 * finds it by its opening words ("Etter evalueringen") and links it to the evaluation.
	 */
	static final String EVALUATION_DECISION = "Etter evalueringen av Samarbeidsavtale mellom NTNU og NHO vedtar "
			+ "styringsgruppen at avtalen forlenges med 24 måneder, til 19.11.2027.";

	private final DemoMode demoMode;

	private final MeetingRepository meetings;

	private final Agreements agreements;

	private final People people;

	private final SteeringGroupAccess access;

	private final MinutesWorkflow workflow;

	private final Clock clock;

	private final EntityManager entityManager;

	private final CaseNumbers caseNumbers;

	DemoMeetings(DemoMode demoMode, MeetingRepository meetings, Agreements agreements, People people,
			SteeringGroupAccess access, MinutesWorkflow workflow, Clock clock, EntityManager entityManager,
			CaseNumbers caseNumbers) {
		this.caseNumbers = caseNumbers;
		this.demoMode = demoMode;
		this.meetings = meetings;
		this.agreements = agreements;
		this.people = people;
		this.access = access;
		this.workflow = workflow;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Before the listeners that build on the example meetings (the evaluation's example). */
	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
	@Transactional
	public void load() {
		if (!this.demoMode.isEnabled() || this.meetings.existsByExampleTrue()) {
			return;
		}
		SteeringGroupFacts group = this.agreements.steeringGroups().stream().findFirst().orElse(null);
		Long ntnu = this.people.organisationByShortName("NTNU").map(o -> o.id()).orElse(null);
		Long nho = this.people.organisationByShortName("NHO").map(o -> o.id()).orElse(null);
		if (group == null || ntnu == null || nho == null) {
			return;
		}
		Meeting.Actor secretary = new Meeting.Actor("sekretaer", "Ingrid Berg", null);
		Meeting.Actor prorector = new Meeting.Actor("prorektor", "Kari Nordmann", ntnu);
		Meeting.Actor director = new Meeting.Actor("avdelingsdirektor", "Ola Hansen", nho);
		List<Topic> topics = this.agreements.topics(group.agreementId());
		Long areaA = focusArea(topics, "A");
		Long areaB = focusArea(topics, "B");

		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		List<LocalDate> past = new ArrayList<>();
		LocalDate next = null;
		for (int year = 2024; next == null; year++) {
			for (LocalDate day : List.of(LocalDate.of(year, 3, 14), LocalDate.of(year, 10, 17))) {
				if (day.isBefore(today)) {
					past.add(day);
				}
				else if (next == null) {
					next = day;
				}
			}
		}
		for (int i = 0; i < past.size(); i++) {
			LocalDate day = past.get(i);
			boolean latest = i == past.size() - 1;
			boolean evaluation = day.getYear() == 2025 && day.getMonthValue() == 3;
			Meeting meeting = held(group, day, i, evaluation);
			long a = meeting.getAgenda().get(0).getId();
			long b = meeting.getAgenda().get(1).getId();
			if (evaluation) {
				meeting.addDecision(meeting.getAgenda().get(2).getId(),
						EVALUATION_DECISION);
			}
			meeting.addDecision(a, "Styringsgruppen tar statusrapporten for innsatsområde A til orientering.");
			meeting.addDecision(b, (i % 2 == 0)
					? "NTNU og NHO arrangerer et felles seminar om KI i etter- og videreutdanning neste halvår."
					: "NHO inviterer medlemsbedrifter til NTNUs undersøkelse om kompetansebehov.");
			ActionItem first = meeting.addActionItem(a, "Sende oppdatert oversikt over delte rapporter og analyser",
					attendee(meeting, "Ingrid Berg"), day.plusWeeks(6));
			ActionItem second = meeting.addActionItem(b, "Foreslå tidspunkt for møte med medlemsbedrifter om NAIL",
					attendee(meeting, "Ola Hansen"), day.plusMonths(3));
			this.entityManager.flush();
			Instant held = at(day, 12);
			if (latest) {
				// this week's news: the secretary submitted the latest minutes two days ago (a notice to
				// the members who approve), NTNU approved them yesterday, NHO has not yet
				Instant submitted = latest(held.plusSeconds(3_600), now.minusSeconds(2 * 86_400));
				this.workflow.submit(meeting, secretary, group, submitted);
				this.workflow.approve(meeting, prorector, group, earliest(submitted.plusSeconds(86_400), now));
				continue;
			}
			// history: steps more than a week old tell nobody anything (MeetingNotices)
			this.workflow.submit(meeting, secretary, group, held.plusSeconds(7 * 86_400));
			this.workflow.approve(meeting, prorector, group, held.plusSeconds(9 * 86_400));
			this.workflow.approve(meeting, director, group, held.plusSeconds(11 * 86_400));
			// but for this week's news: the minutes before the latest were published three days ago
			// (a notice to the steering group and the secretary)
			this.workflow.publish(meeting, secretary, group,
					(i == past.size() - 2) ? now.minusSeconds(3 * 86_400) : held.plusSeconds(12 * 86_400));
			meeting.fileInArchive("2023/4711-" + (i + 2));
			if (i == 0) {
				Addendum addendum = meeting.addAddendum(secretary, held.plusSeconds(20 * 86_400),
						"Fristen for oversikten over delte rapporter er seks uker etter møtet, ikke fire.",
						"Skrivefeil i referatet");
				addendum.approve(prorector, held.plusSeconds(21 * 86_400), group.partyOrganisationIds());
				addendum.approve(director, held.plusSeconds(22 * 86_400), group.partyOrganisationIds());
			}
			first.markDone("Ingrid Berg", held.plusSeconds(30 * 86_400), "Oversikten er sendt til begge parter.");
			if (i < past.size() - 3) {
				second.markDone("Ola Hansen", held.plusSeconds(60 * 86_400), "Møtet er avholdt i NHOs lokaler.");
			}
		}

		Meeting planned = new Meeting(group.id(), ZonedDateTime.of(next, LocalTime.of(10, 0), Meeting.OSLO), 120,
				"NTNU Gløshaugen, Trondheim", "https://teams.example.org/styringsgruppen");
		planned.markAsExample();
		this.access.invite(planned, group);
		planned.addAgendaItem("Godkjenning av innkalling og saksliste", "Kari Nordmann", 5, AgendaItem.Topics.NONE);
		planned.addAgendaItem("Status for innsatsområde A – kunnskapsdeling", "Kari Nordmann", 30, about(areaA));
		planned.addAgendaItem("Status for innsatsområde B – KI og livslang læring", "Ola Hansen", 30, about(areaB));
		planned.addAgendaItem("Eventuelt", null, 10, AgendaItem.Topics.NONE);
		this.meetings.save(planned);
		this.caseNumbers.assign(planned);
		logger.info("Loaded {} example steering group meetings (demo mode)", past.size() + 1);
	}

	private static AgendaItem.Topics about(Long focusAreaId) {
		return new AgendaItem.Topics(focusAreaId, null, null);
	}

	private Meeting held(SteeringGroupFacts group, LocalDate day, int index, boolean evaluation) {
		boolean trondheim = index % 2 == 0;
		Meeting meeting = new Meeting(group.id(), ZonedDateTime.of(day, LocalTime.of(10, 0), Meeting.OSLO), 120,
				trondheim ? "NTNU Gløshaugen, Trondheim" : "NHO, Middelthuns gate 27, Oslo",
				"https://teams.example.org/styringsgruppen");
		meeting.markAsExample();
		this.access.invite(meeting, group);
		List<Topic> topics = this.agreements.topics(group.agreementId());
		meeting.addAgendaItem("Status for innsatsområde A – kunnskapsdeling", "Kari Nordmann", 30,
				about(focusArea(topics, "A")));
		meeting.addAgendaItem("Status for innsatsområde B – KI og livslang læring", "Ola Hansen", 30,
				about(focusArea(topics, "B")));
		if (evaluation) {
			meeting.addAgendaItem("Evaluering av avtalen (punkt 4)", "Kari Nordmann", 40, AgendaItem.Topics.NONE);
		}
		this.meetings.save(meeting);
		this.caseNumbers.assign(meeting);
		if (evaluation) {
			meeting.writeNotes(meeting.getAgenda().get(2).getId(), "Evaluering av avtalen (punkt 4)", "Kari Nordmann", 40,
					AgendaItem.Topics.NONE, "Partene gikk gjennom erfaringene med avtalen så langt. Begge innsatsområdene har gitt "
							+ "resultater; kunnskapsdelingen under 2A har vært jevnest.");
		}
		meeting.writeNotes(meeting.getAgenda().get(0).getId(), "Status for innsatsområde A – kunnskapsdeling",
				"Kari Nordmann", 30, about(focusArea(topics, "A")),
				"NTNU orienterte om rapporter og analyser som er delt siden forrige møte.\n\n"
						+ "- Felles innspill til statsbudsjettet er sendt\n- Arbeidet med NTNUs strategi 2026–2034 er i gang");
		meeting.writeNotes(meeting.getAgenda().get(1).getId(), "Status for innsatsområde B – KI og livslang læring",
				"Ola Hansen", 30, about(focusArea(topics, "B")),
				"NHO orienterte om EDIH Nemonoor og etterspørselen etter videreutdanning i KI, digital sikkerhet og HPC.");
		meeting.getAttendees()
			.forEach(attendee -> meeting.recordPresence(attendee.getId(),
					(index == 1 && attendee.getKind() == AttendeeKind.MEMBER && "NHO".equals(attendee.getOrganisation()))
							? Presence.REGRETS : Presence.PRESENT));
		if (index == 1) {
			meeting.addAttendee("Marte Prøve", "NTNU", null, AttendeeKind.GUEST).record(Presence.PRESENT);
		}
		meeting.markHeld(this.clock.instant());
		return meeting;
	}

	private static Meeting.Owner attendee(Meeting meeting, String name) {
		Attendee attendee = meeting.getAttendees()
			.stream()
			.filter(candidate -> candidate.getName().equals(name))
			.findFirst()
			.orElseGet(() -> meeting.addAttendee(name, null, null, AttendeeKind.GUEST));
		return new Meeting.Owner(attendee.getName(), attendee.getPersonId());
	}

	private static Long focusArea(List<Topic> topics, String code) {
		return topics.stream()
			.filter(topic -> topic.focusArea() && topic.code().equals(code))
			.map(Topic::id)
			.findFirst()
			.orElse(null);
	}

	private static Instant latest(Instant one, Instant other) {
		return one.isAfter(other) ? one : other;
	}

	private static Instant earliest(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}

	private static Instant at(LocalDate day, int hour) {
		return ZonedDateTime.of(day, LocalTime.of(hour, 0), Meeting.OSLO).toInstant();
	}

}
