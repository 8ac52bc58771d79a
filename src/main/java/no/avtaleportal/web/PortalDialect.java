package no.avtaleportal.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * The portal's own attributes in templates ({@code portal:}):
 * <ul>
 * <li>{@code <div portal:scroll-region="#{meeting.list.caption}">}: a frame that scrolls sideways
 * when what it holds (a wide table) is wider than a phone, while the page around it reflows. The
 * frame gets its look ({@code .scroll-region}), a place in the keyboard's tab order, the role of a
 * region and the given accessible name, so that a keyboard user can scroll it and a screen reader
 * user knows what it holds (WCAG 1.4.10 and 2.1.1).</li>
 * <li>{@code <span class="badge status-badge" portal:badge="${row.status()}">}: a {@link Badge}'s
 * word, its colour's class and its icon, if it has one; no element at all when the value is
 * {@code null}. One attribute instead of a fragment with three expressions: the lists show a
 * badge or two in each of their rows, and Thymeleaf's cost grows with the expressions it runs.</li>
 * </ul>
 */
@Component
class PortalDialect extends AbstractProcessorDialect {

	PortalDialect() {
		super("Avtaleportal", "portal", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new ScrollRegion(prefix), new BadgeProcessor(prefix));
	}

	private static final class ScrollRegion extends AbstractStandardExpressionAttributeTagProcessor {

		ScrollRegion(String prefix) {
			super(TemplateMode.HTML, prefix, "scroll-region", 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object label, IElementTagStructureHandler structure) {
			structure.setAttribute("class", withClass(tag, "scroll-region"));
			structure.setAttribute("tabindex", "0");
			structure.setAttribute("role", "region");
			structure.setAttribute("aria-label", String.valueOf(label));
		}

	}

	private static final class BadgeProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		BadgeProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "badge", 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object value, IElementTagStructureHandler structure) {
			if (value == null) {
				structure.removeElement();
				return;
			}
			if (!(value instanceof Badge badge)) {
				throw new TemplateProcessingException(
						"portal:badge=\"" + attributeValue + "\" gave a " + value.getClass().getName() + ", not a Badge");
			}
			structure.setAttribute("class", withClass(tag, badge.style()));
			String word = HtmlEscape.escapeHtml4Xml(context.getMessage(Badge.class, badge.messageKey(), null, true));
			// Not processed further: the word is escaped here, the icon's class is the enum's own
			structure.setBody((badge.icon() != null) ? "<i class=\"bi " + badge.icon() + "\" aria-hidden=\"true\"></i> " + word : word,
					false);
		}

	}

	/** The element's classes with one more. */
	private static String withClass(IProcessableElementTag tag, String added) {
		String classes = tag.getAttributeValue("class");
		return (classes == null) ? added : classes + " " + added;
	}

}
