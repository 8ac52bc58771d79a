package no.avtaleportal.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.ListPages;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;

/**
 * What the activity controllers share: the activity a user may see, the names its pages show,
 * the activity's page with its forms, and the choices of the select boxes.
 */
@Component
class ActivityPages {

	private final ActivityRepository activities;

	private final StatusUpdateRepository updates;

	private final Agreements agreements;

	private final People people;

	private final Clock clock;

	private final ObjectProvider<ActivityPageContribution> contributions;

	private final JdbcClient jdbc;

	ActivityPages(ActivityRepository activities, StatusUpdateRepository updates, Agreements agreements, People people,
			Clock clock, ObjectProvider<ActivityPageContribution> contributions, JdbcClient jdbc) {
		this.contributions = contributions;
		this.jdbc = jdbc;
		this.activities = activities;
		this.updates = updates;
		this.agreements = agreements;
		this.people = people;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The focus areas of the agreements the user may see. */
	List<FocusAreaView> areasOf(SignedInUser user) {
		return this.agreements.focusAreasVisibleTo(user);
	}

	Names names(List<FocusAreaView> areas) {
		return Names.of(areas, this.people.persons(), this.people.organisations());
	}

	/** The names a list shows: of the areas, their commitments and organisations, and of the persons given only. */
	Names names(List<FocusAreaView> areas, Collection<Long> personIds) {
		return Names.of(areas, List.copyOf(this.people.persons(personIds).values()), this.people.organisations());
	}

	/**
	 * The activity with everything its pages show, if the user may see it; puts the names it
	 * refers to in the model.
	 * @throws NotFoundException when there is none or it belongs to an agreement the user may not see
	 */
	Activity visibleActivity(long id, SignedInUser user, Model model) {
		Activity activity = this.activities.findWhole(id).orElseThrow(() -> new NotFoundException("activity " + id));
		List<FocusAreaView> areas = areasOf(user);
		if (areas.stream().noneMatch(area -> area.id() == activity.getFocusAreaId())) {
			throw new NotFoundException("activity " + id);
		}
		// the names of the activity's own people, not of everyone registered
		model.addAttribute("names", names(areas, Stream.concat(Stream.of(activity.getResponsiblePersonId()),
				activity.getContributorIds().stream()).collect(Collectors.toSet())));
		return activity;
	}

	/** How many status updates a page of an activity's history shows, the latest first. */
	static final int HISTORY_PAGE_SIZE = 10;

	/** The activity's page with the latest status updates, as after saving a form. */
	String show(Activity activity, SignedInUser user, Model model) {
		return show(activity, null, user, model);
	}

	/**
	 * The activity's page with a page of its history ({@value #HISTORY_PAGE_SIZE} status updates,
	 * the first page when none is asked for), and empty forms for those not already in the model
	 * (with errors).
	 */
	String show(Activity activity, Integer historyPage, SignedInUser user, Model model) {
		if (!model.containsAttribute("updateForm")) {
			model.addAttribute("updateForm", StatusUpdateForm.writtenOn(today()));
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", StatusChangeForm.from(activity));
		}
		if (!model.containsAttribute("deliverableForm")) {
			model.addAttribute("deliverableForm", new DeliverableForm());
		}
		model.addAttribute("activity", activity);
		long total = this.jdbc.sql("select count(*) from status_update where activity_id = :id")
			.param("id", activity.getId())
			.query(Long.class)
			.single();
		PageRequest page = ListPages.page(total, historyPage, HISTORY_PAGE_SIZE,
				number -> pageUrl(activity.getId(), number) + "#history-heading", model);
		model.addAttribute("updates", this.jdbc.sql("""
				select id, written_on, author_name, light, text from status_update where activity_id = :id
				order by written_on desc, id desc limit :limit offset :offset""")
			.param("id", activity.getId())
			.param("limit", page.getPageSize())
			.param("offset", page.getOffset())
			.query((rs, row) -> new StatusUpdateEntry(rs.getLong("id"), rs.getObject("written_on", LocalDate.class),
					rs.getString("author_name"), Light.valueOf(rs.getString("light")), rs.getString("text")))
			.list());
		model.addAttribute("canUpdate", ActivityPermissions.mayUpdate(user, activity));
		model.addAttribute("today", today());
		model.addAttribute("lights", lights());
		model.addAttribute("targets", activity.getStatus().targets().stream().map(SelectOption::of).toList());
		this.contributions.orderedStream().forEach(contribution -> contribution.toActivityPage(activity.getId(), model));
		return "activity/show";
	}

	/** The page of the activity's history that holds the status update (from 1). */
	int historyPageOf(StatusUpdate update) {
		return (int) (this.updates.countBefore(update.getActivity().getId(), update.getWrittenOn(), update.getId())
				/ HISTORY_PAGE_SIZE) + 1;
	}

	/** The address of the activity's page with a page of its history (from 1). */
	static String pageUrl(long activityId, int historyPage) {
		return "/activities/" + activityId + ((historyPage > 1) ? "?page=" + historyPage : "");
	}

	static List<SelectOption> lights() {
		return Arrays.stream(Light.values()).map(SelectOption::of).toList();
	}

	static Set<Long> areaIds(List<FocusAreaView> areas, ActivityFilter filter) {
		return areas.stream()
			.filter(area -> filter.agreement() == null || area.agreementId() == filter.agreement())
			.map(FocusAreaView::id)
			.collect(Collectors.toSet());
	}

	static List<SelectOption> commitmentOptions(List<FocusAreaView> areas) {
		return areas.stream()
			.flatMap(area -> area.commitments().stream())
			.map(commitment -> SelectOption.of(commitment.id(), commitment.label()))
			.toList();
	}

	static List<SelectOption> leadOptions(Names names) {
		return Stream.concat(names.organisations()
			.values()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName())),
				Stream.of(new SelectOption(ActivityFilter.JOINT, "activity.lead.joint", true)))
			.toList();
	}

}
