package no.avtaleportal.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import no.avtaleportal.activity.ActivityStatus;
import no.avtaleportal.activity.Light;
import no.avtaleportal.agreement.AgreementStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The portal's template attributes: {@code portal:badge} writes a status's word, colour and icon in
 * one step, {@code portal:scroll-region} makes a named, focusable frame.
 */
class PortalDialectTests {

	private final SpringTemplateEngine templates = engine();

	@Test
	void aBadgeHasItsWordAndItsColour() {
		assertThat(render("<span class=\"badge status-badge\" portal:badge=\"${value}\">Pågår</span>",
				ActivityStatus.IN_PROGRESS))
			.isEqualTo("<span class=\"badge status-badge activity-status-in_progress\">Pågår</span>");
		assertThat(render("<span class=\"badge status-badge\" portal:badge=\"${value}\">x</span>", AgreementStatus.EXPIRED))
			.isEqualTo("<span class=\"badge status-badge status-expired\">Utløpt</span>");
	}

	@Test
	void aLightHasItsShapeToo() {
		assertThat(render("<span class=\"badge light-badge\" portal:badge=\"${value}\">x</span>", Light.RED))
			.isEqualTo("<span class=\"badge light-badge light-red\"><i class=\"bi bi-x-octagon-fill\" aria-hidden=\"true\"></i> Rød</span>");
	}

	@Test
	void noValueNoBadge() {
		assertThat(render("<p><span class=\"badge\" portal:badge=\"${value}\">x</span></p>", null)).isEqualTo("<p></p>");
	}

	@Test
	void theWordIsEscaped() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("Light.GREEN", Locale.forLanguageTag("nb"), "<b>Grønn</b> & god");
		SpringTemplateEngine engine = engine();
		engine.setTemplateEngineMessageSource(messages);
		assertThat(engine.process("<span portal:badge=\"${value}\"></span>",
				new Context(Locale.forLanguageTag("nb"), Map.of("value", Light.GREEN))))
			.endsWith("</i> &lt;b&gt;Grønn&lt;/b&gt; &amp; god</span>");
	}

	@Test
	void somethingElseIsAMistakeInTheTemplate() {
		assertThatExceptionOfType(TemplateEngineException.class)
			.isThrownBy(() -> render("<span portal:badge=\"${value}\"></span>", "IN_PROGRESS"))
			.withStackTraceContaining("gave a java.lang.String, not a Badge");
	}

	@Test
	void aScrollRegionIsNamedAndFocusable() {
		assertThat(render("<div class=\"mb-3\" portal:scroll-region=\"${value}\"></div>", "Møter"))
			.isEqualTo("<div class=\"mb-3 scroll-region\" tabindex=\"0\" role=\"region\" aria-label=\"Møter\"></div>");
	}

	private String render(String template, Object value) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("value", value);
		return this.templates.process(template, new Context(Locale.forLanguageTag("nb"), variables));
	}

	private static SpringTemplateEngine engine() {
		StringTemplateResolver resolver = new StringTemplateResolver();
		resolver.setTemplateMode(TemplateMode.HTML);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		engine.addDialect(new PortalDialect());
		return engine;
	}

}
