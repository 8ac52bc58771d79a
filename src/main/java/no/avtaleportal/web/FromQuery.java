package no.avtaleportal.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler's parameter that is a record read from the query string, each component from the
 * parameter of its name, converted as {@code @RequestParam(required = false)} converts it (no value
 * or an empty one is {@code null}; a value of the wrong type is a 400), and put in the model under
 * the name given: a list's filter ({@link QueryRecords}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FromQuery {

	/** The record's name in the model. */
	String value();

}
