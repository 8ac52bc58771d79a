package no.avtaleportal.meeting;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import no.avtaleportal.account.SignedInUser;

/**
 * Checks every change to a meeting ({@code POST /meetings/{id}/…}) against the meeting itself
 * before its form is read: a meeting the user may not see is a 404, a change by someone outside
 * its steering group a 403 (only an action item's owner marks it done without being in it). So a
 * malformed form is a 400 only to those who may send it, and no answer tells an outsider more
 * than that there is nothing here for them. Each action checks again what it does.
 */
@Component
class MeetingChangeGuard implements HandlerInterceptor, WebMvcConfigurer {

	private final MeetingPages pages;

	MeetingChangeGuard(MeetingPages pages) {
		this.pages = pages;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/meetings/*/**").excludePathPatterns("/meetings/new");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"POST".equals(request.getMethod())) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (variables == null || !(authentication != null && authentication.getPrincipal() instanceof SignedInUser user)) {
			return true;
		}
		long id;
		try {
			id = Long.parseLong(variables.get("id"));
		}
		catch (NumberFormatException ex) {
			return true;
		}
		MeetingPages.Loaded loaded = this.pages.load(id, user);
		boolean closingAnAction = variables.containsKey("actionId") && request.getRequestURI().endsWith("/done");
		if (!closingAnAction && !loaded.membership().isInsider()) {
			throw new AccessDeniedException("not in the steering group of meeting " + id);
		}
		return true;
	}

}
