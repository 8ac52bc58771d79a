package no.avtaleportal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.ActivityHistory;
import no.avtaleportal.activity.ActivityHistory.CommitmentCount;
import no.avtaleportal.activity.ActivityHistory.Count;
import no.avtaleportal.activity.ActivityStatus;
import no.avtaleportal.activity.Light;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.dashboard.Dashboard.ActionLine;
import no.avtaleportal.dashboard.Dashboard.ActivityLine;
import no.avtaleportal.dashboard.Dashboard.AreaFigures;
import no.avtaleportal.dashboard.Dashboard.CommitmentRef;
import no.avtaleportal.dashboard.Dashboard.MyTasks;
import no.avtaleportal.dashboard.Dashboard.Party;
import no.avtaleportal.evaluation.Evaluations;
import no.avtaleportal.meeting.MeetingDigest;
import no.avtaleportal.meeting.MeetingDigest.Digest;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.PersonView;
import no.avtaleportal.web.BarChart;

/**
 * Puts one agreement's dashboard together for a day, in a fixed number of statements whatever the
 * number of activities, status updates and meetings: the agreement, the steering group's digest,
 * the activities' figures as they stood on the day and the few activities the page lists, and the
 * names of people and parties.
 */
@Service
@Transactional(readOnly = true)
class Dashboards {

	private final Agreements agreements;

	private final ActivityHistory activities;

	private final MeetingDigest meetings;

	private final People people;

	private final Evaluations evaluations;

	private final Clock clock;

	Dashboards(Agreements agreements, ActivityHistory activities, MeetingDigest meetings, People people,
			Evaluations evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.agreements = agreements;
		this.activities = activities;
		this.meetings = meetings;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The dashboard of the agreement on the day, showing the share of the party with the
	 * organisation id (or the joint picture when {@code null} or not a party).
	 */
	Dashboard of(long agreementId, SignedInUser user, LocalDate day, Long partyId, boolean allLate) {
		AgreementOverview overview = this.agreements.overview(agreementId, user, day);
		return of(overview, this.meetings.ofAgreement(overview, user).orElse(null), user, partyId, allLate, false);
	}

	/**
	 * The dashboard of the agreement chosen among those the user may see ({@link Agreements#chosen})
	 * on its overview's day, whose agreement and steering group that choice has read already.
	 */
	Dashboard of(Agreements.Chosen chosen, SignedInUser user, Long partyId, boolean allLate, boolean allChanged) {
		AgreementOverview overview = chosen.overview();
		Digest digest = (chosen.steeringGroup() == null) ? null
				: this.meetings.ofAgreement(overview, chosen.steeringGroup(), user).orElse(null);
		return of(overview, digest, user, partyId, allLate, allChanged);
	}

	private Dashboard of(AgreementOverview overview, Digest digest, SignedInUser user, Long partyId, boolean allLate,
			boolean allChanged) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = overview.day();
		long agreementId = overview.id();
		List<Party> parties = IntStream.range(0, overview.parties().size())
			.mapToObj(index -> new Party(overview.partyIds().get(index), overview.parties().get(index)))
			.toList();
		Party party = parties.stream().filter(each -> Objects.equals(each.id(), partyId)).findFirst().orElse(null);
		Map<Long, String> partyNames = parties.stream().collect(Collectors.toMap(Party::id, Party::shortName));
		LocalDate since = (digest != null && digest.lastHeld() != null) ? digest.lastHeld().startsAt().toLocalDate() : null;
		List<Long> areaIds = overview.focusAreas().stream().map(FocusAreaView::id).toList();
		Long share = (party != null) ? party.id() : null;
		ActivityHistory.Figures counted = this.activities.figuresOnDay(areaIds, day, since, share, day.minusMonths(6),
				allLate ? Integer.MAX_VALUE : Dashboard.LATE_SHOWN, allChanged ? Integer.MAX_VALUE : Dashboard.CHANGED_SHOWN);
		// only the people the page names: those responsible for the late activities it shows and owning
		// its action items
		Set<Long> named = new HashSet<>();
		counted.late().forEach(activity -> named.add(activity.responsiblePersonId()));
		if (digest != null) {
			digest.openActionItems().forEach(item -> named.add(item.ownerPersonId()));
		}
		named.remove(null);
		Map<Long, PersonView> persons = this.people.persons(named);
		List<ActivityLine> changed = counted.changed()
			.stream()
			.map(activity -> new ActivityLine(activity, partyNames.get(activity.leadOrganisationId()),
					name(persons.get(activity.responsiblePersonId()))))
			.toList();
		List<AreaFigures> areas = overview.focusAreas()
			.stream()
			.map(area -> figures(area, party, counted, changed))
			.toList();
		List<ActivityLine> overdue = counted.late()
			.stream()
			.map(activity -> new ActivityLine(activity, partyNames.get(activity.leadOrganisationId()),
					name(persons.get(activity.responsiblePersonId()))))
			.toList();
		List<ActionLine> actions = (digest == null) ? List.of() : digest.overdueOn(day)
			.stream()
			.map(item -> new ActionLine(item, organisationOf(persons.get(item.ownerPersonId()))))
			.filter(line -> party == null || party.shortName().equals(line.party()))
			.toList();
		boolean historic = day.isBefore(today);
		MyTasks mine = historic ? null : new MyTasks((digest != null) ? digest.awaitingApproval() : List.of());
		List<Requirement> requirements = AgreementRequirements.of(overview, (digest != null) ? digest.rhythm() : null,
				digest != null && digest.insider(), this.evaluations.treatedBy(agreementId, day).orElse(null));
		return new Dashboard(overview, requirements, historic, parties, party, digest, areas, overdue, counted.lateTotal(),
				actions, mine);
	}

	/**
	 * One focus area's figures from the counts of its activities (in the share shown)
	 * and the first of its activities changed since the last meeting.
	 */
	private static AreaFigures figures(FocusAreaView area, Party party, ActivityHistory.Figures counted,
			List<ActivityLine> changed) {
		List<Count> counts = counted.counts().stream().filter(count -> count.focusAreaId() == area.id()).toList();
		BarChart byStatus = BarChart.of(Arrays.stream(ActivityStatus.values())
			.map(status -> new BarChart.Count("ActivityStatus." + status.name(), "status-" + style(status),
					sum(counts, count -> count.status() == status, Count::activities)))
			.toList());
		List<BarChart.Count> lights = new ArrayList<>(Arrays.stream(Light.values())
			.map(light -> new BarChart.Count("Light." + light.name(), "light-" + style(light),
					sum(counts, count -> !count.status().isClosed() && count.light() == light, Count::activities)))
			.toList());
		lights.add(new BarChart.Count("dashboard.light.none", "light-none",
				sum(counts, count -> !count.status().isClosed() && count.light() == null, Count::activities)));
		Map<Long, CommitmentCount> byCommitment = counted.commitments()
			.stream()
			.filter(count -> count.focusAreaId() == area.id())
			.collect(Collectors.toMap(CommitmentCount::commitmentId, count -> count));
		List<CommitmentRef> commitments = new ArrayList<>();
		for (CommitmentView commitment : area.commitments()) {
			if (party == null || party.shares(commitment.leadOrganisationId())) {
				commitments.add(new CommitmentRef(commitment.number(), commitment));
			}
		}
		List<CommitmentRef> withoutActivity = commitments.stream()
			.filter(ref -> !byCommitment.containsKey(ref.commitment().id()))
			.toList();
		List<CommitmentRef> withoutUpdate = commitments.stream()
			.filter(ref -> byCommitment.containsKey(ref.commitment().id()))
			.filter(ref -> !byCommitment.get(ref.commitment().id()).updated())
			.toList();
		return new AreaFigures(area, sum(counts, Count::activities), sum(counts, Count::joint), commitments.size(),
				byStatus, BarChart.of(lights), withoutActivity, withoutUpdate,
				changed.stream().filter(line -> line.activity().focusAreaId() == area.id()).toList(),
				sum(counts, Count::changed), sum(counts, Count::created), sum(counts, Count::statusChanges),
				sum(counts, Count::updates));
	}

	/** The figure summed over the counts that match. */
	private static int sum(List<Count> counts, Predicate<Count> which, ToIntFunction<Count> figure) {
		return counts.stream().filter(which).mapToInt(figure).sum();
	}

	private static int sum(List<Count> counts, ToIntFunction<Count> figure) {
		return sum(counts, count -> true, figure);
	}

	private static String style(Enum<?> value) {
		return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String name(PersonView person) {
		return (person != null) ? person.name() : "";
	}

	private static String organisationOf(PersonView person) {
		return (person != null) ? person.organisationShortName() : null;
	}

}
