package no.avtaleportal.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * An object every template reaches by name, the PDFs' included, as a bean of this type makes it
 * ({@link WebConfiguration}): {@code ${#formats.date(activity.dueDate)}},
 * {@code ${#markdown.toSafeHtml(update.text)}}.
 */
public final class TemplateObject extends AbstractDialect implements IExpressionObjectDialect {

	private final String name;

	private final Object object;

	public TemplateObject(String name, Object object) {
		super(name);
		this.name = name;
		this.object = object;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(TemplateObject.this.name);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return TemplateObject.this.object;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
