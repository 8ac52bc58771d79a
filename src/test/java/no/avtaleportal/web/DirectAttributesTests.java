package no.avtaleportal.web;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import no.avtaleportal.web.FormErrorSummaries.SummarisingView.DirectAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's request reads and writes its attributes in the request the wrappers around it keep
 * them in, and stops at a wrapper that keeps attributes of its own.
 */
class DirectAttributesTests {

	@Test
	void readsAndWritesTheAttributesWhereThePassingWrappersKeepThem() {
		MockHttpServletRequest kept = new MockHttpServletRequest();
		kept.setAttribute("before", "set before the page");
		HttpServletRequest wrapped = new HttpServletRequestWrapper(new HttpServletRequestWrapper(kept) {
		});
		DirectAttributes page = new DirectAttributes(wrapped);

		page.setAttribute("page", "a variable of the page");

		assertThat(page.getAttribute("before")).isEqualTo("set before the page");
		assertThat(kept.getAttribute("page")).isEqualTo("a variable of the page");
		assertThat(wrapped.getAttribute("page")).isEqualTo("a variable of the page");
		assertThat(Collections.list(page.getAttributeNames())).containsExactlyInAnyOrder("before", "page");
		page.removeAttribute("before");
		assertThat(wrapped.getAttribute("before")).isNull();
	}

	@Test
	void stopsAtAWrapperWithAttributesOfItsOwn() {
		MockHttpServletRequest kept = new MockHttpServletRequest();
		HttpServletRequest forwarded = new HttpServletRequestWrapper(kept) {

			@Override
			public Object getAttribute(String name) {
				return name.equals("jakarta.servlet.forward.request_uri") ? "/meetings" : super.getAttribute(name);
			}

		};
		DirectAttributes page = new DirectAttributes(new HttpServletRequestWrapper(forwarded));

		page.setAttribute("page", "a variable of the page");

		assertThat(page.getAttribute("jakarta.servlet.forward.request_uri")).isEqualTo("/meetings");
		assertThat(page.getAttribute("page")).isEqualTo("a variable of the page");
		assertThat(kept.getAttribute("page")).isEqualTo("a variable of the page");
	}

}
