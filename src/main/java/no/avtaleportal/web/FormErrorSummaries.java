package no.avtaleportal.web;

import java.io.CharArrayWriter;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
	 * Thymeleaf's view, rendering into a buffer that {@link #complete(String)} finishes before the
	 * page is sent.
	 */
	public static class SummarisingView extends ThymeleafView {

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			if (model == null || model.values().stream().noneMatch(SummarisingView::hasErrors)) {
				super.render(model, request, response);
				return;
			}
			CharArrayWriter buffer = new CharArrayWriter();
			PrintWriter writer = new PrintWriter(buffer);
			super.render(model, request, new HttpServletResponseWrapper(response) {

				@Override
				public PrintWriter getWriter() {
					return writer;
				}

				@Override
				public void flushBuffer() {
					writer.flush();
				}

			});
			writer.flush();
			response.getWriter().write(complete(buffer.toString()));
		}

		/** A form's errors: the summary is rendered only then, so only then is the page buffered. */
		private static boolean hasErrors(Object attribute) {
			return attribute instanceof Errors errors && errors.hasErrors();
		}

	}

}
