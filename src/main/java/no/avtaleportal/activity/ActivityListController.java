package no.avtaleportal.activity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.web.FromQuery;
import no.avtaleportal.web.SelectOption;

/**
 * The list of activities with its filters and search, a page at a time, and the same list as a
 * spreadsheet (CSV).
 */
@Controller
class ActivityListController {

	private final ActivityPages pages;

	private final ActivityList list;

	private final ActivityExport export;

	ActivityListController(ActivityPages pages, ActivityList list, ActivityExport export) {
		this.pages = pages;
		this.list = list;
		this.export = export;
	}

	@GetMapping("/activities")
	String list(@FromQuery("filter") ActivityFilter filter,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		List<FocusAreaView> areas = this.pages.areasOf(user);
		ActivityList.Page page = this.list.page(filter, ActivityPages.areaIds(areas, filter), user.getPersonId(),
				this.pages.today());
		// the names of the people on this page only, not of everyone registered
		Names names = this.pages.names(areas,
				page.rows().stream().map(ActivityRow::responsiblePersonId).collect(Collectors.toSet()));
		model.addAttribute("page", page);
		model.addAttribute("names", names);
		model.addAttribute("today", this.pages.today());
		model.addAttribute("agreementOptions", areas.stream()
			.map(area -> SelectOption.of(area.agreementId(), area.agreementTitle()))
			.distinct()
			.toList());
		model.addAttribute("areaOptions",
				areas.stream().map(area -> SelectOption.of(area.id(), area.labelWithAgreement())).toList());
		model.addAttribute("commitmentOptions", ActivityPages.commitmentOptions(areas));
		model.addAttribute("leadOptions", ActivityPages.leadOptions(names));
		model.addAttribute("statuses", Arrays.stream(ActivityStatus.values()).map(SelectOption::of).toList());
		model.addAttribute("lights", ActivityPages.lights());
		model.addAttribute("canCreate", ActivityPermissions.mayCreate(user));
		model.addAttribute("previousQuery", (page.number() > 0) ? filter.toQuery(page.number() - 1) : null);
		model.addAttribute("nextQuery", (page.number() + 1 < page.pages()) ? filter.toQuery(page.number() + 1) : null);
		model.addAttribute("exportQuery", filter.toQuery(null));
		return "activity/list";
	}

	@GetMapping("/activities/export")
	ResponseEntity<byte[]> export(@FromQuery("filter") ActivityFilter filter,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		List<FocusAreaView> areas = this.pages.areasOf(user);
		List<ActivityRow> rows = this.list.all(filter, ActivityPages.areaIds(areas, filter), user.getPersonId(),
				this.pages.today());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("aktiviteter-" + this.pages.today() + ".csv")
						.build()
						.toString())
			.body(this.export.toCsv(rows, this.pages.names(areas), this.pages.today(), locale));
	}

}
