package no.avtaleportal.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;

/**
 * Every failure a user can run into ends on the one error page ({@code templates/error.html}),
 * in their language, never with a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	/**
	 * Input the portal cannot use and its forms did not catch: a value the database refuses
	 * (a reference to something that does not exist, a character or a date it cannot store) or a
	 * field the form does not have ({@code ratings[100000]}), or what no form sends
	 * ({@link BadInputException}). Nothing is saved (the transaction
	 * is rolled back); the user gets the 400 page, and the log one line.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, InvalidPropertyException.class, BadInputException.class })
	void badInput(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
		log.warn("Bad input on {} {}: {}", request.getMethod(), LoggedPaths.of(request),
				firstLine(cause.getMessage()));
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	/**
	 * Someone else saved the same thing first: the 409 page asks the user to reload and redo.
	 * Pages that can say more about what changed handle the conflict themselves.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	void conflict(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.CONFLICT.value());
	}

	/**
	 * Adds the message key of the error page's title and text: {@code error.400}, {@code error.403}, {@code error.404},
	 * {@code error.409} (or {@code error.409.movedOn}, see {@link MovedOnException}), {@code error.500} or
	 * {@code error.other}.
	 */
	@Component
	static class ErrorPageAttributes extends DefaultErrorAttributes {

		@Override
		public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
			Map<String, Object> attributes = super.getErrorAttributes(request, options);
			attributes.put("messageKey", (getError(request) instanceof MovedOnException) ? "error.409.movedOn"
					: messageKey(attributes.get("status")));
			return attributes;
		}

		static String messageKey(Object status) {
			if (!(status instanceof Integer code)) {
				return "error.other";
			}
			return switch (code) {
				case 400, 403, 404, 409 -> "error." + code;
				default -> (code >= 500) ? "error.500" : "error.other";
			};
		}

	}

}
