package no.avtaleportal.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.avtaleportal.account.AccessRules;
import no.avtaleportal.account.Role;
import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementSummary;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.web.NotFoundException;

/**
 * The administrator's page for archive packages and the package itself, per agreement and year.
 */
@Controller
class ArchiveController {

	private final ArchivePackages packages;

	private final Agreements agreements;

	private final Clock clock;

	ArchiveController(ArchivePackages packages, Agreements agreements, Clock clock) {
		this.packages = packages;
		this.agreements = agreements;
		this.clock = clock;
	}

	@Bean
	static AccessRules archiveAccess() {
		return requests -> requests.requestMatchers("/admin/archive", "/admin/archive/package").hasRole(Role.ADMIN.name());
	}

	@GetMapping("/admin/archive")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		List<AgreementSummary> visible = this.agreements.visibleTo(user);
		model.addAttribute("agreements", visible);
		int thisYear = LocalDate.now(this.clock).getYear();
		model.addAttribute("years", IntStream.rangeClosed(0, 9).map(back -> thisYear - back).boxed().toList());
		model.addAttribute("year", thisYear);
		return "archive/page";
	}

	@GetMapping("/admin/archive/package")
	ResponseEntity<byte[]> download(@RequestParam long agreement, @RequestParam int year,
			@AuthenticationPrincipal SignedInUser user) {
		if (year < 1900 || year > 9999) {
			throw new NotFoundException("archive package for year " + year);
		}
		ArchivePackages.ArchivePackage archive = this.packages.build(agreement, year, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(archive.fileName()).build().toString())
			.body(archive.zip());
	}

}
