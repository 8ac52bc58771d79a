package no.avtaleportal.web;

import java.util.Set;
import java.util.function.Function;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * An object every template reaches by name, the PDFs' included, as a bean of this type makes it
 * ({@link WebConfiguration}): {@code ${#formats.date(activity.dueDate)}},
 * {@code ${#markdown.toSafeHtml(update.text)}}, {@code ${#formFields.value(field)}}.
 */
public final class TemplateObject extends AbstractDialect implements IExpressionObjectDialect {

	private final String name;

	private final Function<IExpressionContext, Object> objects;

	/** The same object for every template. */
	public TemplateObject(String name, Object object) {
		this(name, context -> object);
	}

	private TemplateObject(String name, Function<IExpressionContext, Object> objects) {
		super(name);
		this.name = name;
		this.objects = objects;
	}

	/**
	 * An object made once for each template's rendering, from its context (which changes as the
	 * template runs: the object reads it when called).
	 */
	public static TemplateObject ofContext(String name, Function<IExpressionContext, Object> objects) {
		return new TemplateObject(name, objects);
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
				return TemplateObject.this.objects.apply(context);
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
