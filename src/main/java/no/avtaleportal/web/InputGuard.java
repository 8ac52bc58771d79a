package no.avtaleportal.web;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input no page can use is stopped where it comes in, for every form and address alike: a
 * request with a NUL character in a parameter (PostgreSQL cannot store one) is answered with the
 * 400 page and logged once; a date is read as {@code yyyy-MM-dd} with a four-digit year, so that
 * {@code +999999999-01-01} is the field error "enter a valid date" in the user's language.
 */
@ControllerAdvice
class InputGuard {

	private static final Logger log = LoggerFactory.getLogger(InputGuard.class);

	private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4)
		.appendLiteral('-')
		.appendValue(ChronoField.MONTH_OF_YEAR, 2)
		.appendLiteral('-')
		.appendValue(ChronoField.DAY_OF_MONTH, 2)
		.toFormatter()
		.withResolverStyle(ResolverStyle.STRICT);

	@InitBinder
	void dates(WebDataBinder binder) {
		binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				if (text == null || text.isBlank()) {
					setValue(null);
					return;
				}
				try {
					setValue(LocalDate.parse(text.strip(), DATE));
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("not a date with a four-digit year: " + text, ex);
				}
			}

			@Override
			public String getAsText() {
				return (getValue() instanceof LocalDate date) ? DATE.format(date) : "";
			}

		});
	}

	/** Before the security filters, after the language switch: the 400 page is in the user's language. */
	@Bean
	static FilterRegistrationBean<OncePerRequestFilter> nulCharacters() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String parameter = parameterWithNul(request.getParameterMap());
				if (parameter != null) {
					log.warn("Bad input on {} {}: a NUL character in the parameter '{}'", request.getMethod(),
							LoggedPaths.of(request), parameter.replace('\0', '?'));
					response.sendError(HttpStatus.BAD_REQUEST.value());
					return;
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	static String parameterWithNul(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\0') >= 0) {
				return parameter.getKey();
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					return parameter.getKey();
				}
			}
		}
		return null;
	}

}
