package no.avtaleportal.search;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.search.SearchSource.Kind;
import no.avtaleportal.web.BadInputException;

/**
 * The search page ({@code /search?q=…}), reached from the field in every page's header: the
 * results, best first, a page at a time, narrowed by kind, agreement, focus area, party and year.
 */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@Bean
	static AccessRules searchAccess() {
		return requests -> requests.requestMatchers("/search").authenticated();
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Long agreement, @RequestParam(required = false) Long focusArea,
			@RequestParam(required = false) Long party, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInUser user, Model model) {
		String chosenKind = (kind == null || kind.isBlank()) ? null : kind;
		if (chosenKind != null && List.of(Kind.values()).stream().noneMatch(candidate -> candidate.name().equals(chosenKind))) {
			throw new BadInputException("kind " + kind);
		}
		SearchTerms terms = SearchTerms.parse(q);
		Search.Filter filter = new Search.Filter(chosenKind, agreement, focusArea, party, year);
		Search.Results results = this.search.search(user, terms, filter, page);
		model.addAttribute("q", terms.text());
		model.addAttribute("searched", !terms.isEmpty());
		model.addAttribute("filter", filter);
		model.addAttribute("results", results);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("pages", Math.max(1, (results.total() + Search.PAGE_SIZE - 1) / Search.PAGE_SIZE));
		model.addAttribute("previousUrl", results.hasEarlier() ? url(terms, filter, results.page() - 1) : null);
		model.addAttribute("nextUrl", results.hasLater() ? url(terms, filter, results.page() + 1) : null);
		model.addAttribute("clearUrl", url(terms, new Search.Filter(null, null, null, null, null), 0));
		return "search/results";
	}

	private static String url(SearchTerms terms, Search.Filter filter, int page) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search").queryParam("q", terms.text());
		Map.of("kind", nullToEmpty(filter.kind()), "agreement", nullToEmpty(filter.agreement()), "focusArea",
				nullToEmpty(filter.focusArea()), "party", nullToEmpty(filter.party()), "year", nullToEmpty(filter.year()))
			.entrySet()
			.stream()
			.filter(entry -> !entry.getValue().isEmpty())
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> url.queryParam(entry.getKey(), entry.getValue()));
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.encode().build().toUriString();
	}

	private static String nullToEmpty(Object value) {
		return (value == null) ? "" : value.toString();
	}

}
