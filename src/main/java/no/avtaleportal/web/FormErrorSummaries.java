package no.avtaleportal.web;

import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The error summary at the top of a form ({@code fragments/forms :: errorSummary}) names each field
 * before its message ("Tittel: Fyll ut feltet.") and lists them in the order of the form, whatever
 * order the validator found them in. The summary is rendered before the fields it speaks of, so the
 * page is finished here, after Thymeleaf: each link's field gives its label (or its group's legend),
 * and its place on the page gives the order. Pages whose model holds no form with errors (and so no
 * summary) are rendered straight to the response.
 */
@Component
class FormErrorSummaries implements BeanPostProcessor {

	private static final String SUMMARY_MARKER = "id=\"error-summary\"";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof ThymeleafViewResolver resolver) {
			resolver.setViewClass(SummarisingView.class);
		}
		return bean;
	}

	/** The page's HTML with every error summary's items named and in form order. */
	static String complete(String html) {
		if (!html.contains(SUMMARY_MARKER)) {
			return html;
		}
		Document page = Jsoup.parse(html);
		page.outputSettings().prettyPrint(false);
		Map<Element, Integer> positions = new IdentityHashMap<>();
		List<Element> all = page.getAllElements();
		for (int i = 0; i < all.size(); i++) {
			positions.put(all.get(i), i);
		}
		for (Element list : page.select(".error-summary ul")) {
			List<Element> items = list.children().stream().map(item -> name(page, item)).toList();
			list.children().remove();
			items.stream()
				.sorted(Comparator.comparingInt(item -> position(page, item, positions)))
				.forEach(list::appendChild);
		}
		return page.outerHtml();
	}

	private static Element name(Document page, Element item) {
		Element link = item.selectFirst("a[href^=#]");
		Element field = (link != null) ? page.getElementById(link.attr("href").substring(1)) : null;
		String label = (field != null) ? label(page, field) : null;
		if (label != null && !label.isBlank()) {
			link.text(label.strip() + ": " + link.text());
		}
		return item;
	}

	private static String label(Document page, Element field) {
		Element group = field.closest("fieldset");
		if (group != null && field.is("[type=radio], [type=checkbox]")) {
			Element legend = group.selectFirst("legend");
			if (legend != null) {
				return legend.text();
			}
		}
		return page.select("label[for]")
			.stream()
			.filter(label -> label.attr("for").equals(field.id()))
			.map(Element::text)
			.findFirst()
			.orElse(field.attr("aria-label"));
	}

	/** Messages about the form as a whole come first, then each field's in the order of the page. */
	private static int position(Document page, Element item, Map<Element, Integer> positions) {
		Element link = item.selectFirst("a[href^=#]");
		Element field = (link != null) ? page.getElementById(link.attr("href").substring(1)) : null;
		return (field != null) ? positions.getOrDefault(field, Integer.MAX_VALUE) : -1;
	}

	/**
	 * Thymeleaf's view, rendering through a buffer of its own: into memory, where
	 * {@link #complete(String)} finishes the page before it is sent, or else straight on to the
	 * response in chunks. Thymeleaf writes an escaped text a character at a time, and each character
	 * written to the response itself goes through Spring Security's and Spring Session's response
	 * wrappers, each of which turns it into a string to count it (issue 15: a fifth of the
	 * dashboard's rendering went to that).
	 */
	public static class SummarisingView extends ThymeleafView {

		static final int CHUNK = 8192;

		/**
		 * The response's buffer: the largest page (the decision register and the activity list of
		 * one who follows every agreement, under 50 KB) and then some, and the most Tomcat keeps
		 * between requests (16 times its default). A page that fits is sent when the request ends,
		 * in one piece with its length; one that does not is sent as it is rendered. Spring
		 * Security's and Spring Session's wrappers take a response whose buffer is full for a
		 * committed one, and Spring Session then saves the session twice, reading it again for the
		 * second save (spring-session#1731): a statement more per page, and a write to the socket
		 * for every 8 KB.
		 */
		static final int PAGE_BUFFER = 128 * 1024;

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			response.setBufferSize(PAGE_BUFFER);
			HttpServletRequest direct = new DirectAttributes(request);
			if (model == null || model.values().stream().noneMatch(SummarisingView::hasErrors)) {
				BufferedResponse page = new BufferedResponse(response, null);
				super.render(model, direct, page);
				page.flushBuffer();
				return;
			}
			CharArrayWriter buffer = new CharArrayWriter();
			BufferedResponse page = new BufferedResponse(response, buffer);
			super.render(model, direct, page);
			page.flushBuffer();
			response.getWriter().write(complete(buffer.toString()));
		}

		/**
		 * The request, with its attributes read and written where they are kept: in the request
		 * that the wrappers around it (Spring Session's, Spring Security's) pass them on to. Thymeleaf
		 * keeps a page's variables as request attributes, and each of its look-ups and changes went
		 * down the chain of wrappers, one call through an interface per wrapper: 8 % of the meeting
		 * list's CPU in a profile (issue 15). A wrapper with attributes of its own (Tomcat's for a forward or an error page)
		 * is where the look-up stops.
		 */
		static final class DirectAttributes extends HttpServletRequestWrapper {

			/** Whether a wrapper of this class passes each of its attribute methods on unchanged. */
			private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {

				@Override
				protected Boolean computeValue(Class<?> type) {
					try {
						return type.getMethod("getAttribute", String.class).getDeclaringClass() == ServletRequestWrapper.class
								&& type.getMethod("setAttribute", String.class, Object.class)
									.getDeclaringClass() == ServletRequestWrapper.class
								&& type.getMethod("removeAttribute", String.class)
									.getDeclaringClass() == ServletRequestWrapper.class
								&& type.getMethod("getAttributeNames").getDeclaringClass() == ServletRequestWrapper.class;
					}
					catch (NoSuchMethodException ex) {
						return false;
					}
				}

			};

			private final ServletRequest holder;

			DirectAttributes(HttpServletRequest request) {
				super(request);
				ServletRequest holder = request;
				while (holder instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
					holder = wrapper.getRequest();
				}
				this.holder = holder;
			}

			@Override
			public Object getAttribute(String name) {
				return this.holder.getAttribute(name);
			}

			@Override
			public void setAttribute(String name, Object value) {
				this.holder.setAttribute(name, value);
			}

			@Override
			public void removeAttribute(String name) {
				this.holder.removeAttribute(name);
			}

			@Override
			public Enumeration<String> getAttributeNames() {
				return this.holder.getAttributeNames();
			}

		}

		/**
		 * The response, with the page written to the writer given, else to the response's own,
		 * taken when the page first asks for it: after it has set the content type, whose character
		 * set the response's writer keeps.
		 */
		private static final class BufferedResponse extends HttpServletResponseWrapper {

			private final Writer target;

			private PageWriter writer;

			BufferedResponse(HttpServletResponse response, Writer target) {
				super(response);
				this.target = target;
			}

			@Override
			public PrintWriter getWriter() throws IOException {
				if (this.writer == null) {
					this.writer = new PageWriter((this.target != null) ? this.target : getResponse().getWriter());
				}
				return this.writer;
			}

			@Override
			public void flushBuffer() {
				if (this.writer != null) {
					this.writer.flush();
				}
			}

		}

		/**
		 * A writer for one page on one thread, passing what it is given on in chunks. A
		 * {@link PrintWriter} over a {@link java.io.BufferedWriter} takes two locks for every
		 * character Thymeleaf writes (a tenth of the meeting list's CPU in issue 15's profile); this
		 * one takes none until a chunk is full.
		 * <p>
		 * Flushing passes the last chunk on but does not flush the response, which Thymeleaf would do
		 * at the end of every page: the container sends it when the request ends. A flushed response
		 * is a committed one to Spring Session (see {@link #PAGE_BUFFER}).
		 */
		static final class PageWriter extends PrintWriter {

			private final char[] chunk = new char[CHUNK];

			private int used;

			PageWriter(Writer target) {
				super(target, false);
			}

			@Override
			public void write(int c) {
				if (this.used == CHUNK) {
					pass();
				}
				this.chunk[this.used++] = (char) c;
			}

			@Override
			public void write(char[] characters, int offset, int length) {
				if (length > CHUNK - this.used) {
					pass();
					if (length >= CHUNK) {
						super.write(characters, offset, length);
						return;
					}
				}
				System.arraycopy(characters, offset, this.chunk, this.used, length);
				this.used += length;
			}

			@Override
			public void write(String text, int offset, int length) {
				if (length > CHUNK - this.used) {
					pass();
					if (length >= CHUNK) {
						super.write(text, offset, length);
						return;
					}
				}
				text.getChars(offset, offset + length, this.chunk, this.used);
				this.used += length;
			}

			@Override
			public void write(char[] characters) {
				write(characters, 0, characters.length);
			}

			@Override
			public void write(String text) {
				write(text, 0, text.length());
			}

			@Override
			public void println() {
				write(System.lineSeparator());
			}

			@Override
			public void flush() {
				pass();
			}

			@Override
			public void close() {
				pass();
				super.close();
			}

			private void pass() {
				if (this.used > 0) {
					super.write(this.chunk, 0, this.used);
					this.used = 0;
				}
			}

		}

		/** A form's errors: the summary is rendered only then, so only then is the page buffered. */
		private static boolean hasErrors(Object attribute) {
			return attribute instanceof Errors errors && errors.hasErrors();
		}

	}

}
