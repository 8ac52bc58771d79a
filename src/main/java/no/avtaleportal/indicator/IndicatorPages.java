package no.avtaleportal.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.people.People;
import no.avtaleportal.people.People.OrganisationView;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.SelectOption;

/**
 * What the indicator controllers share: the indicator the user may see with its focus area and
 * commitment, the parties and the evidence to choose from, and the indicator's own page.
 */
@Component
class IndicatorPages {

	private final IndicatorRepository indicators;

	private final Agreements agreements;

	private final People people;

	private final SharedDocuments documents;

	private final Clock clock;

	IndicatorPages(IndicatorRepository indicators, Agreements agreements, People people, SharedDocuments documents,
			Clock clock) {
		this.indicators = indicators;
		this.agreements = agreements;
		this.people = people;
		this.documents = documents;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The indicator with its measurements, if the user sees its commitment; puts the commitment and
	 * the visible focus areas in the model.
	 * @throws NotFoundException when there is none or it is not the user's to see
	 */
	Indicator visible(long id, SignedInUser user, Model model) {
		Indicator indicator = this.indicators.findWhole(id).orElseThrow(() -> new NotFoundException("indicator " + id));
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		FocusAreaView area = areaOf(areas, indicator.getCommitmentId())
			.orElseThrow(() -> new NotFoundException("indicator " + id));
		model.addAttribute("areas", areas);
		model.addAttribute("area", area);
		model.addAttribute("commitment", commitments(areas).get(indicator.getCommitmentId()));
		return indicator;
	}

	/** The indicator's own page, with its chart, figures and measurements. */
	String show(Indicator indicator, SignedInUser user, Model model) {
		CommitmentView commitment = (CommitmentView) model.getAttribute("commitment");
		model.addAttribute("indicator", IndicatorView.of(indicator, party(indicator.getResponsibleOrganisationId()), today()));
		model.addAttribute("mayRecord", IndicatorPermissions.mayRecord(user, indicator));
		model.addAttribute("mayCorrect", IndicatorPermissions.mayCorrect(user));
		model.addAttribute("mayDefine", IndicatorPermissions.mayDefine(user));
		model.addAttribute("documentOptions", documentOptions(model, indicator));
		model.addAttribute("documentTitles", documentTitles(model, indicator));
		model.addAttribute("commitment", commitment);
		return "indicator/show";
	}

	@SuppressWarnings("unchecked")
	static List<FocusAreaView> areas(Model model) {
		return (List<FocusAreaView>) model.getAttribute("areas");
	}

	static Optional<FocusAreaView> areaOf(List<FocusAreaView> areas, Long commitmentId) {
		return areas.stream()
			.filter(area -> area.commitments().stream().anyMatch(c -> commitmentId != null && c.id() == commitmentId))
			.findFirst();
	}

	static Map<Long, CommitmentView> commitments(List<FocusAreaView> areas) {
		return areas.stream()
			.flatMap(area -> area.commitments().stream())
			.collect(Collectors.toMap(CommitmentView::id, c -> c, (first, second) -> first));
	}

	/** The parties of the agreement by id, with their short names; every organisation when it has no steering group. */
	Map<Long, String> parties(long agreementId) {
		List<Long> ids = this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.flatMap(group -> group.partyOrganisationIds().stream())
			.toList();
		return this.people.organisations()
			.stream()
			.filter(organisation -> ids.isEmpty() || ids.contains(organisation.id()))
			.collect(Collectors.toMap(OrganisationView::id, OrganisationView::shortName));
	}

	String party(Long organisationId) {
		return (organisationId != null) ? this.people.organisations(List.of(organisationId))
			.values()
			.stream()
			.map(OrganisationView::shortName)
			.findFirst()
			.orElse(null) : null;
	}

	/** The agreement's shared documents from the baseline's day to today, as evidence to choose from. */
	private List<SharedDocuments.Shared> evidence(Model model, Indicator indicator) {
		FocusAreaView area = (FocusAreaView) model.getAttribute("area");
		return this.documents.of(area.agreementId(), indicator.getBaselineOn().minusYears(1), today());
	}

	List<SelectOption> documentOptions(Model model, Indicator indicator) {
		return evidence(model, indicator).stream().map(document -> SelectOption.of(document.id(), document.title())).toList();
	}

	Map<Long, String> documentTitles(Model model, Indicator indicator) {
		return evidence(model, indicator).stream()
			.collect(Collectors.toMap(SharedDocuments.Shared::id, SharedDocuments.Shared::title));
	}

	void checkDocument(Model model, Indicator indicator, MeasurementForm form, BindingResult result) {
		if (form.getDocumentId() != null && !documentTitles(model, indicator).containsKey(form.getDocumentId())) {
			result.rejectValue("documentId", "indicator.error.unknown");
		}
	}

}
