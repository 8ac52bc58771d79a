package no.avtaleportal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language and time for every page: Norwegian bokmål unless the user chose English with
 * {@code ?lang=en}, remembered in a cookie; dates and times in Europe/Oslo.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The portal's time zone: everything is shown as it is in Norway. */
	static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	Clock clock() {
		return Clock.system(OSLO);
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("avtaleportal-lang");
		resolver.setDefaultLocale(BOKMAL);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
		languageSwitch.setParamName(LANGUAGE_PARAMETER);
		languageSwitch.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languageSwitch);
	}

}
