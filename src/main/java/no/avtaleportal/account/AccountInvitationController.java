package no.avtaleportal.account;

import java.time.Clock;
import java.time.ZonedDateTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.avtaleportal.web.PublicAddress;

/**
 * Administrators invite the holder of a local account to set its password: by mail when it can be
 * sent, else the page shows the link to pass on. The security rule is
 * {@link UserAdminController#accountAccess()}.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountInvitationController {

	private final UserAccountRepository accounts;

	private final Invitations invitations;

	private final SecurityEvents events;

	private final InvitationMail mail;

	private final PublicAddress publicAddress;

	private final Clock clock;

	AccountInvitationController(UserAccountRepository accounts, Invitations invitations, SecurityEvents events,
			InvitationMail mail, PublicAddress publicAddress, Clock clock) {
		this.accounts = accounts;
		this.invitations = invitations;
		this.events = events;
		this.mail = mail;
		this.publicAddress = publicAddress;
		this.clock = clock;
	}

	@PostMapping("/admin/users/{id}/invite")
	@Transactional
	String invite(@PathVariable long id, @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
		UserAccount account = this.accounts.require(id);
		Invitations.Issued issued = this.invitations.invite(account.getId(), admin.getUsername());
		this.events.record(SecurityEvents.Kind.INVITATION_CREATED, admin.getUsername(), account.getUsername());
		String link = this.publicAddress.root()
			.path("/invitations/{token}")
			.buildAndExpand(issued.token())
			.toUriString();
		ZonedDateTime expires = issued.expiresAt().atZone(this.clock.getZone());
		if (this.mail.send(account.getEmail(), account.getDisplayName(), link, expires)) {
			redirect.addFlashAttribute("invitationSentTo", account.getEmail());
		}
		else {
			redirect.addFlashAttribute("invitationLink", link);
		}
		redirect.addFlashAttribute("invitationExpires", expires);
		return "redirect:/admin/users/" + id + "/edit";
	}

}
