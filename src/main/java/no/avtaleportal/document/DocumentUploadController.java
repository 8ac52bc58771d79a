package no.avtaleportal.document;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.activity.Activities;
import no.avtaleportal.activity.Activities.ActivityRef;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.CommitmentView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.people.People;
import no.avtaleportal.web.SelectOption;
import no.avtaleportal.web.Flash;

/**
 * Uploads to an agreement's library. Everyone but readers uploads, and attaches a file to an
 * activity only when they may update that activity. The description and the bytes are saved in
 * one transaction. The security rule is {@link DocumentController#documentAccess()}.
 */
@Controller
class DocumentUploadController {

	/** The largest file accepted; {@code spring.servlet.multipart.max-file-size} says the same. */
	static final long MAX_BYTES = 20L * 1024 * 1024;

	private final FileTypes fileTypes;

	private final Agreements agreements;

	private final Activities activities;

	private final People people;

	private final DocumentFiles files;

	private final Clock clock;

	DocumentUploadController(FileTypes fileTypes, Agreements agreements, Activities activities, People people,
			DocumentFiles files, Clock clock) {
		this.fileTypes = fileTypes;
		this.agreements = agreements;
		this.activities = activities;
		this.people = people;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/documents/new")
	String newDocument(@RequestParam(required = false) Long agreement, @RequestParam(required = false) Long activity,
			@RequestParam(required = false) boolean tooLarge, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("uploadTooLarge", tooLarge);
		DocumentForm form = new DocumentForm();
		form.setDocumentDate(LocalDate.now(this.clock));
		form.setAuthorOrganisationId(user.getOrganisationId());
		form.setAgreementId(agreement);
		if (activity != null) {
			this.activities.find(activity, user).ifPresent(ref -> {
				form.setActivityId(ref.id());
				form.setFocusAreaId(ref.focusAreaId());
				form.setCommitmentId(ref.commitmentId());
			});
		}
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		if (form.getAgreementId() == null && !areas.isEmpty()) {
			form.setAgreementId(areas.stream()
				.filter(area -> form.getFocusAreaId() == null || area.id() == form.getFocusAreaId())
				.findFirst()
				.orElse(areas.get(0))
				.agreementId());
		}
		return form(model.addAttribute("form", form), areas);
	}

	@PostMapping("/documents/new")
	@Transactional
	String upload(@Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		List<FocusAreaView> areas = this.agreements.focusAreasVisibleTo(user);
		Set<Long> agreementIds = areas.stream().map(FocusAreaView::agreementId).collect(Collectors.toSet());
		if (form.getAgreementId() != null && !agreementIds.contains(form.getAgreementId())) {
			result.rejectValue("agreementId", "document.error.unknown");
		}
		FocusAreaView area = areas.stream()
			.filter(candidate -> form.getFocusAreaId() != null && candidate.id() == form.getFocusAreaId())
			.findFirst()
			.orElse(null);
		if (form.getFocusAreaId() != null && (area == null || !Long.valueOf(area.agreementId()).equals(form.getAgreementId()))) {
			result.rejectValue("focusAreaId", "document.error.unknown");
		}
		if (form.getCommitmentId() != null && (area == null
				|| area.commitments().stream().map(CommitmentView::id).noneMatch(form.getCommitmentId()::equals))) {
			result.rejectValue("commitmentId", "document.error.commitmentNotInArea");
		}
		if (form.getAuthorOrganisationId() != null && this.people.organisations()
			.stream()
			.noneMatch(organisation -> form.getAuthorOrganisationId().equals(organisation.id()))) {
			result.rejectValue("authorOrganisationId", "document.error.unknown");
		}
		if (form.getActivityId() != null) {
			ActivityRef activity = this.activities.find(form.getActivityId(), user)
				.filter(ref -> areas.stream().anyMatch(candidate -> candidate.id() == ref.focusAreaId()))
				.orElse(null);
			if (activity == null) {
				result.rejectValue("activityId", "document.error.unknown");
			}
			else if (!activity.mayUpdate()) {
				throw new AccessDeniedException("activity " + activity.id());
			}
		}
		String contentType = null;
		byte[] bytes = (file != null) ? file.getBytes() : new byte[0];
		String fileName = safeFileName((file != null) ? file.getOriginalFilename() : null);
		if (bytes.length == 0) {
			result.reject("document.error.fileRequired");
		}
		else if (bytes.length > MAX_BYTES) {
			result.reject("document.error.tooLarge", new Object[] { MAX_BYTES / (1024 * 1024) }, null);
		}
		else {
			contentType = this.fileTypes.check(bytes, fileName);
			if (contentType == null) {
				result.reject("document.error.type");
			}
		}
		if (result.hasErrors()) {
			return form(model, areas);
		}
		this.files.store(form.create(fileName, contentType, bytes.length), bytes);
		redirect.addFlashAttribute(Flash.MESSAGE, "document.saved");
		return "redirect:/documents?agreement=" + form.getAgreementId();
	}

	/**
	 * The file's own name without any folder, control characters or characters that file systems
	 * refuse; "dokument" when nothing is left.
	 */
	static String safeFileName(String original) {
		if (original == null) {
			return "dokument";
		}
		// bidi controls go first: U+202E would show "Faktura[U+202E]fdp.exe" as "Fakturaexe.pdf"
		String name = original.replaceAll("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.length() > 200) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
			name = name.substring(0, 200 - extension.length()) + extension;
		}
		return name.isBlank() ? "dokument" : name;
	}

	private String form(Model model, List<FocusAreaView> areas) {
		model.addAttribute("agreementOptions", areas.stream()
			.map(area -> SelectOption.of(area.agreementId(), area.agreementTitle()))
			.distinct()
			.toList());
		model.addAttribute("areaOptions", areas.stream()
			.map(area -> SelectOption.of(area.id(), area.labelWithAgreement()))
			.toList());
		model.addAttribute("commitmentOptions", areas.stream()
			.flatMap(area -> area.commitments().stream())
			.map(commitment -> SelectOption.of(commitment.id(), commitment.label()))
			.toList());
		model.addAttribute("organisationOptions", this.people.organisations()
			.stream()
			.map(organisation -> SelectOption.of(organisation.id(), organisation.shortName()))
			.toList());
		model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
		return "document/form";
	}

}
