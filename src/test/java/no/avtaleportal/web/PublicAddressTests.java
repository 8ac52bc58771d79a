package no.avtaleportal.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Links that leave the portal (invitations, calendar feeds) are built from the configured public
 * address when there is one, so a forged {@code Host} header cannot put another site's address in
 * a mailed invitation.
 */
class PublicAddressTests {

	@BeforeEach
	void aRequestWithAForgedHost() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/admin/users/7/invite");
		request.setServerName("evil.example");
		request.setServerPort(443);
		request.setScheme("https");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theConfiguredAddressWinsOverTheHostHeader() {
		PublicAddress address = new PublicAddress("https://avtaleportal.ntnu.no/");
		assertThat(address.root().path("/invitations/{token}").buildAndExpand("abc").toUriString())
			.isEqualTo("https://avtaleportal.ntnu.no/invitations/abc");
	}

	@Test
	void withoutOneTheRequestsAddressIsUsed() {
		PublicAddress address = new PublicAddress("");
		assertThat(address.root().path("/calendar/feed/{token}.ics").build("t").toString())
			.isEqualTo("https://evil.example/calendar/feed/t.ics");
	}

}
