package no.avtaleportal.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.CsvFiles;
import no.avtaleportal.web.Flash;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.FromQuery;
import no.avtaleportal.web.PdfDocuments;
import no.avtaleportal.web.SelectOption;

/**
 * The decision register ({@code /decisions}): the decisions of the minutes the user may see,
 * newest meeting first and 25 a page, searched and filtered by agreement, year, focus area, meeting
 * and follow-up; each decision's action items and follow-up, which the steering group's members
 * and secretary set; the same as a CSV file and a year's register as PDF/A.
 */
@Controller
class DecisionRegisterController {

	private final DecisionRegister register;

	private final PdfDocuments pdfs;

	private final MessageSource messages;

	private final Clock clock;

	DecisionRegisterController(DecisionRegister register, PdfDocuments pdfs, MessageSource messages, Clock clock) {
		this.register = register;
		this.pdfs = pdfs;
		this.messages = messages;
		this.clock = clock;
	}

	@Bean
	static AccessRules decisionRegisterAccess() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/decisions/*/follow-up")
			.hasAnyRole(Role.STEERING_GROUP.name(), Role.SECRETARY.name())
			.requestMatchers(HttpMethod.GET, "/decisions.csv", "/decisions.pdf")
			.authenticated();
	}

	@GetMapping("/decisions")
	String decisions(@FromQuery("criteria") DecisionRegister.Criteria criteria,
			@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") int page, Model model,
			Locale locale) {
		DecisionRegister.Page register = this.register.page(user, criteria, page);
		model.addAttribute("register", register);
		// the follow-up choices of the filter and of each row's form, their words looked up once
		model.addAttribute("followUps", Arrays.stream(FollowUp.values())
			.map(status -> SelectOption.of(status, text(status.messageKey(), locale)))
			.toList());
		model.addAttribute("earlierUrl", register.hasEarlier() ? url("/decisions", criteria, register.page() + 1) : null);
		model.addAttribute("laterUrl", register.hasLater() ? url("/decisions", criteria, register.page() - 1) : null);
		model.addAttribute("csvUrl", url("/decisions.csv", criteria, null));
		int pdfYear = (criteria.year() != null) ? criteria.year() : LocalDate.now(this.clock).getYear();
		model.addAttribute("pdfYear", pdfYear);
		model.addAttribute("pdfYearText", Formats.year(pdfYear));
		model.addAttribute("returnUrl", url("/decisions", criteria, (register.page() > 0) ? register.page() : null));
		return "meeting/decisions";
	}

	@GetMapping("/decisions.csv")
	ResponseEntity<byte[]> csv(@FromQuery("criteria") DecisionRegister.Criteria criteria,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		DecisionRegister.Page register = this.register.all(user, criteria);
		byte[] csv = CsvFiles.write(out -> {
			out.printRecord(text("meeting.field.number", locale), text("meeting.field.decision", locale),
					text("meeting.field.agendaItem", locale), text("meeting.field.meeting", locale),
					text("decisions.field.agreement", locale), text("decisions.field.focusArea", locale),
					text("decisions.field.followUp", locale), text("decisions.field.actions", locale),
					text("decisions.field.actionsDone", locale));
			for (DecisionRegister.Row row : register.rows()) {
				out.printRecord(row.number(), row.text(), row.agendaTitle(), Formats.date(row.startsAt().toLocalDate()),
						row.agreementTitle(), (row.focusAreaLabel() != null) ? row.focusAreaLabel() : "",
						text("FollowUp." + row.followUp().name(), locale), row.actions().size(),
						row.actionsDone());
			}
		});
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vedtak.csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	@GetMapping("/decisions.pdf")
	ResponseEntity<byte[]> pdf(@FromQuery("criteria") DecisionRegister.Criteria criteria,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		int year = (criteria.year() != null) ? criteria.year() : LocalDate.now(this.clock).getYear();
		DecisionRegister.Criteria ofYear = new DecisionRegister.Criteria(criteria.q(), criteria.agreement(), year,
				criteria.focusArea(), criteria.meeting(), criteria.status());
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("register", this.register.all(user, ofYear));
		model.put("year", Formats.year(year));
		model.put("styles", PdfDocuments.PLAIN_STYLES);
		byte[] pdf = this.pdfs.render("meeting/decisions-pdf", model, locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vedtaksregister-" + year + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@PostMapping("/decisions/{id}/follow-up")
	String followUp(@PathVariable long id, @RequestParam(required = false) FollowUp followUp,
			@RequestParam(required = false) Long version, @RequestParam(required = false) String returnTo,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.register.followUp(user, id, followUp, version);
		redirect.addFlashAttribute(Flash.MESSAGE, "decisions.followUp.saved");
		String back = (returnTo != null && returnTo.startsWith("/decisions") && !returnTo.contains("//")) ? returnTo
				: "/decisions";
		return "redirect:" + back + "#decision-" + id;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	/** The register's address with the criteria, and the page when given. */
	static String url(String path, DecisionRegister.Criteria criteria, Integer page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (page != null) {
			url.queryParam("page", page);
		}
		if (criteria.q() != null) {
			url.queryParam("q", criteria.q());
		}
		if (criteria.agreement() != null) {
			url.queryParam("agreement", criteria.agreement());
		}
		if (criteria.year() != null) {
			url.queryParam("year", criteria.year());
		}
		if (criteria.focusArea() != null) {
			url.queryParam("focusArea", criteria.focusArea());
		}
		if (criteria.meeting() != null) {
			url.queryParam("meeting", criteria.meeting());
		}
		if (criteria.status() != null) {
			url.queryParam("status", criteria.status().name());
		}
		return url.encode().build().toUriString();
	}

}
