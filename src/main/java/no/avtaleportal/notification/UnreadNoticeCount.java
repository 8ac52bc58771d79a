package no.avtaleportal.notification;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.web.PageModelContribution;

/**
 * The header's unread count ({@value #ATTRIBUTE}): counted once per request, after the controller
 * and in the page's own read-only transaction ({@link PageModelContribution}), and only when a
 * signed-in person is shown a page: never for a redirect, a file (PDF, CSV, calendar), JSON or an
 * error page, whose header goes without it.
 */
@Component
class UnreadNoticeCount implements PageModelContribution {

	/** The model attribute the layout reads. */
	static final String ATTRIBUTE = "unreadNotices";

	private final InAppNotices notices;

	UnreadNoticeCount(InAppNotices notices) {
		this.notices = notices;
	}

	@Override
	public void addTo(ModelMap model) {
		if (model.containsKey(ATTRIBUTE)) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			model.addAttribute(ATTRIBUTE, this.notices.unreadCount(user.getAccountId()));
		}
	}

}
