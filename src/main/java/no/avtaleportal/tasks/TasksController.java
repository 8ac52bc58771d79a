package no.avtaleportal.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.notification.InAppNotices;
import no.avtaleportal.web.ListPages;

/**
 * "Mine oppgaver": where everyone lands after signing in: the tasks, most urgent first and
 * {@value #PAGE_SIZE} to a page, and the person's notices in the portal, unread ones first and at
 * most {@value #LATEST_NOTICES} (the rest at {@code /notices}; opening one marks it read, and all
 * can be marked read at once).
 */
@Controller
class TasksController {

	/** How many of the person's in-app notices the page lists, unread ones first (all at /notices). */
	static final int LATEST_NOTICES = 10;

	/** How many tasks a page lists: a person with 2,000 open action items gets a page, not megabytes. */
	static final int PAGE_SIZE = 25;

	private final TaskLists tasks;

	private final InAppNotices notices;

	private final Clock clock;

	TasksController(TaskLists tasks, InAppNotices notices, Clock clock) {
		this.tasks = tasks;
		this.notices = notices;
		this.clock = clock;
	}

	@Bean
	static AccessRules tasksAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/tasks").authenticated();
	}

	@GetMapping("/tasks")
	String tasks(@RequestParam(name = "page", required = false) Integer page,
			@AuthenticationPrincipal SignedInUser user, Model model, Locale locale) {
		// read as many as the pages up to the one asked for hold (a page past the end shows the last)
		long asked = Math.max((page != null) ? page : 1, 1);
		TaskLists.MyTasks mine = this.tasks.of(user, (int) Math.min(asked * PAGE_SIZE, Integer.MAX_VALUE));
		PageRequest shown = ListPages.page(mine.total(), page, PAGE_SIZE, number -> "/tasks?page=" + number, model);
		model.addAttribute("tasks", mine.tasks().stream().skip(shown.getOffset()).limit(PAGE_SIZE).toList());
		model.addAttribute("moreFailedDeliveries", mine.moreFailedDeliveries());
		model.addAttribute("notices", this.notices.unreadFirst(user.getAccountId(), LATEST_NOTICES, locale));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "tasks/tasks";
	}

}
