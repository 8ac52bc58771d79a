package no.avtaleportal.api;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import no.avtaleportal.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), in English:
 * 400 for a parameter it cannot read, 401 without a valid token, 404 for what is not there or not
 * the token owner's to see, 429 when the token's rate is spent. Only the API's own controller's
 * errors pass through here; the security chain writes its answers with {@link #write}.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
class ApiProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
		return answer(problem(HttpStatus.NOT_FOUND, "api.problem.notFound", request));
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, BindException.class, IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> badRequest(HttpServletRequest request) {
		return answer(problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest", request));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	ProblemDetail problem(HttpStatus status, String key, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, null, Locale.ENGLISH));
		problem.setTitle(status.getReasonPhrase());
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** Writes the problem as the answer, outside Spring MVC (from the security chain). */
	void write(HttpServletResponse response, HttpStatus status, String key, HttpServletRequest request)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		}
		this.json.writeValue(response.getOutputStream(), problem(status, key, request));
	}

}
