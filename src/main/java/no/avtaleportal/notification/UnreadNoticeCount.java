package no.avtaleportal.notification;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import no.avtaleportal.account.SignedInUser;

/**
 * The header's unread count ({@value #ATTRIBUTE}): counted once per request, after the controller,
 * and only when a signed-in person is shown a page: never for a redirect, a file (PDF, CSV,
 * calendar), JSON or an error page, whose header goes without it.
 */
@Component
class UnreadNoticeCount implements HandlerInterceptor, WebMvcConfigurer {

	/** The model attribute the layout reads. */
	static final String ATTRIBUTE = "unreadNotices";

	private final InAppNotices notices;

	UnreadNoticeCount(InAppNotices notices) {
		this.notices = notices;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page == null || !isPage(page) || request.getDispatcherType() != DispatcherType.REQUEST
				|| page.getModel().containsKey(ATTRIBUTE)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			page.addObject(ATTRIBUTE, this.notices.unreadCount(user.getAccountId()));
		}
	}

	/** A template to render, not a redirect, a forward or a view object of its own (a file). */
	private static boolean isPage(ModelAndView page) {
		String name = page.getViewName();
		return name != null && !name.startsWith("redirect:") && !name.startsWith("forward:");
	}

}
