package no.avtaleportal.document;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload too large to read is answered before anything reads it: Tomcat would otherwise fail
 * the first look at a parameter (Spring Security's CSRF check) with a bare 413. The user is sent
 * back to the upload page, which says how large a file may be; Tomcat discards the body (up to
 * {@code server.tomcat.max-swallow-size}) so that the browser gets this answer. Files that fit in
 * a request but pass the portal's own limit are refused by {@link DocumentUploadController}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class UploadLimit extends OncePerRequestFilter {

	static final String UPLOAD_PATH = "/documents/new";

	private final long maxRequestBytes;

	UploadLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !UPLOAD_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxRequestBytes) {
			response.setStatus(HttpServletResponse.SC_SEE_OTHER);
			response.setHeader("Location", request.getContextPath() + UPLOAD_PATH + "?tooLarge=true");
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

}
