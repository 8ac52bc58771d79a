package no.avtaleportal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import no.avtaleportal.database.DemoMode;

/**
 * Says in the log, once the portal is up, where it is and how to sign in.
 */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final DemoMode demoMode;

	StartupReport(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String contextPath = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
		String url = "http://localhost:" + web.getWebServer().getPort() + contextPath + "/";
		if (this.demoMode.isEnabled()) {
			log.info("""

					  Avtaleportal is running at {}
					  Demo mode: log in as admin, prorektor, avdelingsdirektor, sekretaer, ntnu, nho or leser,
					  all with the password 'demo'.
					""", url);
		}
		else {
			log.info("Avtaleportal is running at {}; log in with an account created by an administrator "
					+ "(the first one from AVTALEPORTAL_ADMIN_USERNAME and AVTALEPORTAL_ADMIN_PASSWORD)", url);
		}
	}

}
