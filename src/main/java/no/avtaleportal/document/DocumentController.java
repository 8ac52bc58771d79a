package no.avtaleportal.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.Activities;
import no.avtaleportal.agreement.AgreementSummary;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.people.People;
import no.avtaleportal.web.FromQuery;
import no.avtaleportal.web.ListPages;
import no.avtaleportal.web.NotFoundException;

/**
 * The document library of each agreement: everyone who sees an agreement finds its documents
 * here. Downloads are {@link DocumentFileController}'s, uploads {@link DocumentUploadController}'s.
 */
@Controller
class DocumentController {

	/** How many documents a page of the library lists, newest first. */
	static final int PAGE_SIZE = 25;

	private final DocumentRepository documents;

	private final Agreements agreements;

	private final Activities activities;

	private final People people;

	DocumentController(DocumentRepository documents, Agreements agreements, Activities activities, People people) {
		this.documents = documents;
		this.agreements = agreements;
		this.activities = activities;
		this.people = people;
	}

	@Bean
	static AccessRules documentAccess() {
		String[] writers = { Role.ADMIN.name(), Role.STEERING_GROUP.name(), Role.SECRETARY.name(), Role.CONTRIBUTOR.name() };
		return requests -> requests.requestMatchers("/documents/new")
			.hasAnyRole(writers)
			.requestMatchers(HttpMethod.GET, "/documents", "/documents/*/file")
			.authenticated();
	}

	// ---- the library

	@GetMapping("/documents")
	String library(@FromQuery("filter") LibraryFilter filter, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		List<AgreementSummary> visible = this.agreements.visibleTo(user);
		Long agreement = filter.agreement();
		AgreementSummary chosen = (agreement != null)
				? visible.stream().filter(candidate -> candidate.id() == agreement).findFirst()
					.orElseThrow(() -> new NotFoundException("agreement " + agreement))
				: AgreementSummary.preferred(visible).orElse(null);
		String words = filter.words();
		model.addAttribute("agreements", visible);
		model.addAttribute("agreement", chosen);
		model.addAttribute("q", words);
		model.addAttribute("activity", filter.activity());
		long total = (chosen != null) ? this.documents.count(List.of(chosen.id()), words, filter.activity()) : 0;
		PageRequest page = ListPages.page(total, filter.page(), PAGE_SIZE, number -> pageUrl(chosen, filter, number), model);
		List<Document> found = (total > 0) ? this.documents.search(List.of(chosen.id()), words, filter.activity(),
				(int) page.getOffset(), PAGE_SIZE) : List.of();
		model.addAttribute("documents", found);
		model.addAttribute("links", DocumentLinks.of(this.agreements.focusAreasVisibleTo(user), this.activities.titles(
				found.stream().map(Document::getActivityId).filter(Objects::nonNull).collect(Collectors.toSet()))));
		model.addAttribute("organisations", this.people.organisations()
			.stream()
			.collect(Collectors.toMap(organisation -> organisation.id(), organisation -> organisation.shortName())));
		model.addAttribute("canUpload", mayUpload(user));
		return "document/library";
	}

	private static String pageUrl(AgreementSummary agreement, LibraryFilter filter, int number) {
		return UriComponentsBuilder.fromPath("/documents")
			.queryParam("agreement", agreement.id())
			.queryParamIfPresent("q", Optional.ofNullable(filter.words()))
			.queryParamIfPresent("activity", Optional.ofNullable(filter.activity()))
			.queryParam("page", number)
			.encode()
			.build()
			.toUriString();
	}

	private static boolean mayUpload(SignedInUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.STEERING_GROUP) || user.hasRole(Role.SECRETARY)
				|| user.hasRole(Role.CONTRIBUTOR);
	}

}
