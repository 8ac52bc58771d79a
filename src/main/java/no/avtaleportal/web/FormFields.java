package no.avtaleportal.web;

import org.springframework.beans.PropertyAccessorFactory;
import org.thymeleaf.context.ITemplateContext;

/**
 * {@code #formFields} in the templates: a field of the form ({@code th:object}) the shared form
 * parts are used in, by its name: {@code ${#formFields.value(field)}} (fragments/forms.html).
 * <p>
 * Not {@code *{__${field}__}}: Thymeleaf keeps one Spring EL expression for each text, and Spring
 * compiles it for the classes it met first. "title" read from the forms of two classes (or from the
 * layout's variable of that name) was compiled for one, thrown back at the other, and compiled
 * again a hundred readings later, without end; nor {@code ${#formFields.value(#object, field)}}, as
 * a variable's reading is compiled for its class too. Every page with a form paid for new classes
 * now and then (bench/README.md). This expression always calls the same method with a text.
 */
public final class FormFields {

	/** The rendering's context, whose form (selection target) changes as the template runs. */
	private final ITemplateContext context;

	FormFields(ITemplateContext context) {
		this.context = context;
	}

	/** The value of the form's field (a property path such as {@code ratings[0].rating}). */
	public Object value(String field) {
		return PropertyAccessorFactory.forBeanPropertyAccess(this.context.getSelectionTarget()).getPropertyValue(field);
	}

}
