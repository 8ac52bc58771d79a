package no.avtaleportal.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With mail configured ({@code spring.mail.host}), an invitation goes by e-mail to a real SMTP
 * server (GreenMail, on a free port) in bokmål and English, with the link and when it expires,
 * and the administrator sees where it went instead of the link. This class has its own portal
 * context, since mail is part of the configuration; the other tests run without mail and see
 * the link.
 */
@PortalTest
class InvitationMailTests {

	private static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		SMTP.start();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("avtaleportal.mail.from", () -> "avtaleportal@ntnu.example");
	}

	@AfterAll
	static void stop() {
		SMTP.stop();
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private UserAccountRepository accounts;

	@BeforeEach
	void emptyMailbox() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
	}

	@Test
	void theInvitationIsMailedInBothLanguagesAndTheLinkWorks() throws Exception {
		String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);
		UserAccount account = new UserAccount(username, "Marit Mottaker", null, Set.of(Role.READER), Instant.now());
		account.setEmail(username + "@nho.example");
		account = this.accounts.save(account);
		MockHttpSession admin = SignIn.as(this.mvc, "admin");

		var result = this.mvc.perform(post("/admin/users/{id}/invite", account.getId()).session(admin).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(result.getFlashMap().containsKey("invitationLink")).isFalse();
		Document page = Jsoup.parse(this.mvc
			.perform(get(result.getResponse().getRedirectedUrl()).session(admin).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".invitation-sent h2").text())
			.isEqualTo("Invitasjonen er sendt til " + username + "@nho.example");
		assertThat(page.select("#invitation-link")).as("the link is not shown").isEmpty();

		assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = SMTP.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(username + "@nho.example");
		assertThat(mail.getFrom()[0].toString()).isEqualTo("avtaleportal@ntnu.example");
		assertThat(mail.getSubject()).isEqualTo("Invitasjon til Avtaleportal / Invitation to Avtaleportal");
		String body = (String) mail.getContent();
		assertThat(body).contains("Hei, Marit Mottaker.", "Velg passordet ditt her", "Lenken virker én gang, til ",
				"Hello, Marit Mottaker.", "Choose your password here", "The link works once, until ");
		assertThat(body.indexOf("Hei,")).as("bokmål first").isLessThan(body.indexOf("Hello,"));
		Matcher link = Pattern.compile("http://localhost(?::\\d+)?(/invitations/[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as("the link is in the mail").isTrue();

		String path = link.group(1);
		this.mvc.perform(get(path)).andExpect(status().isOk());
		this.mvc.perform(post(path).with(csrf())
			.param("newPassword", "et langt og godt passord")
			.param("confirmation", "et langt og godt passord")).andExpect(redirectedUrl("/login?activated"));
		this.mvc.perform(get(path)).andExpect(status().isGone());
	}

	@Test
	void anAccountWithoutAnEmailAddressGetsTheLinkShown() throws Exception {
		UserAccount account = this.accounts.save(new UserAccount("uten-" + UUID.randomUUID().toString().substring(0, 8),
				"Uten Adresse", null, Set.of(Role.READER), Instant.now()));
		var result = this.mvc
			.perform(post("/admin/users/{id}/invite", account.getId()).session(SignIn.as(this.mvc, "admin")).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat((String) result.getFlashMap().get("invitationLink")).contains("/invitations/");
		assertThat(result.getFlashMap().containsKey("invitationSentTo")).isFalse();
		assertThat(SMTP.getReceivedMessages()).isEmpty();
	}

}
