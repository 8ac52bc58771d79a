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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.ActivityHistory;
import no.avtaleportal.activity.ActivityHistory.Snapshot;
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
import no.avtaleportal.web.BarChart.Count;

/**
 * Puts one agreement's dashboard together for a day, in a fixed number of statements whatever the
 * number of activities, status updates and meetings: the agreement, the steering group's digest,
 * the activities as they stood on the day, and the names of people and parties.
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
		return of(overview, this.meetings.ofAgreement(overview, user).orElse(null), user, partyId, allLate);
	}

	/**
	 * The dashboard of the agreement chosen among those the user may see ({@link Agreements#chosen})
	 * on its overview's day, whose agreement and steering group that choice has read already.
	 */
	Dashboard of(Agreements.Chosen chosen, SignedInUser user, Long partyId, boolean allLate) {
		AgreementOverview overview = chosen.overview();
		Digest digest = (chosen.steeringGroup() == null) ? null
				: this.meetings.ofAgreement(overview, chosen.steeringGroup(), user).orElse(null);
		return of(overview, digest, user, partyId, allLate);
	}

	private Dashboard of(AgreementOverview overview, Digest digest, SignedInUser user, Long partyId, boolean allLate) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = overview.day();
		long agreementId = overview.id();
		List<Party> parties = IntStream.range(0, overview.parties().size())
			.mapToObj(index -> new Party(overview.partyIds().get(index), overview.parties().get(index)))
			.toList();
		Party party = parties.stream().filter(each -> Objects.equals(each.id(), partyId)).findFirst().orElse(null);
		Map<Long, String> partyNames = parties.stream().collect(Collectors.toMap(Party::id, Party::shortName));
		LocalDate since = (digest != null && digest.lastHeld() != null) ? digest.lastHeld().startsAt().toLocalDate() : null;
		List<Snapshot> shown = this.activities
			.onDay(overview.focusAreas().stream().map(FocusAreaView::id).toList(), day, since)
			.stream()
			.filter(activity -> party == null || party.shares(activity.leadOrganisationId()))
			.toList();
		List<Snapshot> late = shown.stream()
			.filter(activity -> activity.isOverdueOn(day) || (!activity.status().isClosed() && activity.light() == Light.RED))
			.toList();
		List<Snapshot> lateShown = allLate ? late : late.stream().limit(Dashboard.LATE_SHOWN).toList();
		// only the people the page names: those responsible for the late activities it shows and owning
		// its action items
		Set<Long> named = new HashSet<>();
		lateShown.forEach(activity -> named.add(activity.responsiblePersonId()));
		if (digest != null) {
			digest.openActionItems().forEach(item -> named.add(item.ownerPersonId()));
		}
		named.remove(null);
		Map<Long, PersonView> persons = this.people.persons(named);
		List<ActivityLine> lines = shown.stream()
			.map(activity -> new ActivityLine(activity, partyNames.get(activity.leadOrganisationId()),
					name(persons.get(activity.responsiblePersonId()))))
			.toList();
		List<AreaFigures> areas = overview.focusAreas()
			.stream()
			.map(area -> figures(area, overview, party, lines, day, since))
			.toList();
		List<ActivityLine> overdue = lateShown.stream()
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
		return new Dashboard(overview, requirements, historic, parties, party, digest, areas, overdue, late.size(), actions,
				mine);
	}

	private static AreaFigures figures(FocusAreaView area, AgreementOverview overview, Party party, List<ActivityLine> all,
			LocalDate day, LocalDate since) {
		List<ActivityLine> lines = all.stream().filter(line -> line.activity().focusAreaId() == area.id()).toList();
		List<Snapshot> activities = lines.stream().map(ActivityLine::activity).toList();
		BarChart byStatus = BarChart.of(Arrays.stream(ActivityStatus.values())
			.map(status -> new Count("ActivityStatus." + status.name(), "status-" + style(status),
					activities.stream().filter(activity -> activity.status() == status).count()))
			.toList());
		List<Snapshot> open = activities.stream().filter(activity -> !activity.status().isClosed()).toList();
		List<Count> lights = new ArrayList<>(Arrays.stream(Light.values())
			.map(light -> new Count("Light." + light.name(), "light-" + style(light),
					open.stream().filter(activity -> activity.light() == light).count()))
			.toList());
		lights.add(new Count("dashboard.light.none", "light-none",
				open.stream().filter(activity -> activity.light() == null).count()));
		List<CommitmentRef> commitments = new ArrayList<>();
		for (CommitmentView commitment : area.commitments()) {
			if (party == null || party.shares(commitment.leadOrganisationId())) {
				commitments.add(new CommitmentRef(commitment.number(), commitment));
			}
		}
		LocalDate sixMonthsAgo = day.minusMonths(6);
		List<CommitmentRef> withoutActivity = commitments.stream()
			.filter(ref -> activities.stream().noneMatch(activity -> Objects.equals(ref.commitment().id(), activity.commitmentId())))
			.toList();
		List<CommitmentRef> withoutUpdate = commitments.stream()
			.filter(ref -> !withoutActivity.contains(ref))
			.filter(ref -> activities.stream()
				.filter(activity -> Objects.equals(ref.commitment().id(), activity.commitmentId()))
				.noneMatch(activity -> activity.lastUpdateOn() != null && !activity.lastUpdateOn().isBefore(sixMonthsAgo)))
			.toList();
		List<ActivityLine> changed = (since == null) ? List.of()
				: lines.stream().filter(line -> line.activity().isChangedSince()).toList();
		return new AreaFigures(area, activities.size(),
				(int) activities.stream().filter(activity -> activity.leadOrganisationId() == null).count(),
				commitments.size(), byStatus, BarChart.of(lights), withoutActivity, withoutUpdate,
				changed, (int) changed.stream().filter(line -> line.activity().createdSince()).count(),
				changed.stream().mapToInt(line -> line.activity().statusChangesSince()).sum(),
				changed.stream().mapToInt(line -> line.activity().updatesSince()).sum());
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
