package no.avtaleportal.notification;

import org.springframework.stereotype.Controller;

/**
 * Each person's notification settings: per kind at once, weekly or never, and the language of
 * their mail.
 */
@Controller
class NotificationSettingsController {

	static final String PATH = "/settings/notifications";

}
