package no.avtaleportal.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.web.Flash;

/**
 * An administrator imports another agreement from a file in the same format as the one that ships
 * with the portal. A file with problems is shown back with every problem, by line and field, and
 * nothing of it is saved.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AgreementImportController {

	private final AgreementImport agreementImport;

	private final MessageSource messages;

	AgreementImportController(AgreementImport agreementImport, MessageSource messages) {
		this.agreementImport = agreementImport;
		this.messages = messages;
	}

	@GetMapping("/agreements/import")
	String form() {
		return "agreement/import";
	}

	@PostMapping("/agreements/import")
	String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			return rejected(model, null, List.of(new ImportProblem(0, "", "noFile", List.of())), locale);
		}
		try (InputStream in = file.getInputStream()) {
			List<String> added = this.agreementImport.importFile(in, AgreementImport.Existing.REJECT);
			redirect.addFlashAttribute(Flash.MESSAGE, added.isEmpty() ? "agreement.import.nothing" : "agreement.import.done");
			return "redirect:/agreements";
		}
		catch (AgreementImportException ex) {
			return rejected(model, file.getOriginalFilename(), ex.getProblems(), locale);
		}
		catch (IOException ex) {
			return rejected(model, file.getOriginalFilename(), List.of(new ImportProblem(0, "", "unreadable", List.of())),
					locale);
		}
	}

	/**
	 * Shows the form again with each problem in the user's language: "Linje 12, agreements[0].title: Feltet mangler."
	 */
	private String rejected(Model model, String fileName, List<ImportProblem> problems, Locale locale) {
		model.addAttribute("fileName", fileName);
		model.addAttribute("problems", problems.stream().map(problem -> {
			String message = this.messages.getMessage(problem.messageKey(), problem.messageArguments(), locale);
			if (problem.line() <= 0) {
				return message;
			}
			String where = problem.field().isEmpty()
					? this.messages.getMessage("agreement.import.atLine", new Object[] { String.valueOf(problem.line()) }, locale)
					: this.messages.getMessage("agreement.import.at", new Object[] { String.valueOf(problem.line()), problem.field() }, locale);
			return where + " " + message;
		}).toList());
		return "agreement/import";
	}

}
