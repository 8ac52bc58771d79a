package no.avtaleportal.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.springframework.stereotype.Component;

/**
 * A frame that scrolls sideways when what it holds (a wide table) is wider than a phone, while the
 * page around it reflows: {@code <div portal:scroll-region="#{meeting.list.caption}">}. The frame
 * gets its look ({@code .scroll-region}), a place in the keyboard's tab order, the role of a region
 * and the given accessible name, so that a keyboard user can scroll it and a screen reader user
 * knows what it holds (WCAG 1.4.10 and 2.1.1).
 */
@Component
class ScrollRegions extends AbstractProcessorDialect {

	ScrollRegions() {
		super("Avtaleportal", "portal", 1000);
	}

	@Override
	public Set<IProcessor> getProcessors(String prefix) {
		return Set.of(new ScrollRegion(prefix));
	}

	private static final class ScrollRegion extends AbstractStandardExpressionAttributeTagProcessor {

		ScrollRegion(String prefix) {
			super(TemplateMode.HTML, prefix, "scroll-region", 1000, true);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object label, IElementTagStructureHandler structure) {
			String classes = tag.getAttributeValue("class");
			structure.setAttribute("class", (classes == null) ? "scroll-region" : classes + " scroll-region");
			structure.setAttribute("tabindex", "0");
			structure.setAttribute("role", "region");
			structure.setAttribute("aria-label", String.valueOf(label));
		}

	}

}
