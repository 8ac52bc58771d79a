package no.avtaleportal.tasks;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;

/**
 * "Mine oppgaver": where everyone lands after signing in.
 */
@Controller
class TasksController {

	private final TaskLists tasks;

	private final Clock clock;

	TasksController(TaskLists tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Bean
	static AccessRules tasksAccess() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/tasks").authenticated();
	}

	@GetMapping("/tasks")
	String tasks(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("tasks", this.tasks.of(user));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "tasks/tasks";
	}

}
