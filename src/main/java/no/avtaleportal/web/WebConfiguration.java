package no.avtaleportal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.thymeleaf.context.ITemplateContext;

/**
 * Language and time for every page: Norwegian bokmål unless the user chose English with
 * {@code ?lang=en}, remembered in a cookie; dates and times in Europe/Oslo.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	static final String LANGUAGE_PARAMETER = "lang";

	@Bean
	Clock clock() {
		return Clock.system(Formats.OSLO);
	}

	/** {@code #formats} in every template, the PDFs' included. */
	@Bean
	TemplateObject formatsObject() {
		return new TemplateObject("formats", new Formats.TemplateFormats());
	}

	/** {@code #formFields} in every template: a form's field by its name, for the shared form parts. */
	@Bean
	TemplateObject formFieldsObject() {
		return TemplateObject.ofContext("formFields", context -> new FormFields((ITemplateContext) context));
	}

	/** {@code #markdown} in every template, the PDFs' included: the texts people write as safe HTML. */
	@Bean
	TemplateObject markdownObject(Markdown markdown) {
		return new TemplateObject("markdown", markdown);
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

	/**
	 * Flash attributes (the message after a redirect) as usual, but not looked for on a static
	 * file: Spring's manager asks for the session on every request, which makes Spring Session
	 * load it from the store.
	 */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {

			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return StaticPaths.matcher().matches(request) ? null : super.retrieveFlashMaps(request);
			}

		};
	}

	/**
	 * No per-link URL rewriting: Boot would register Spring's {@code ResourceUrlEncodingFilter}
	 * with the resource chain, which looks up every link of every page (most of them no static
	 * file) among the static files, and a failed lookup searches the jar again each time. The
	 * layout takes the hashed names from {@link StaticFiles} instead.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * {@code ?lang=en} switches the language on any address, before the security rules run: a
	 * visitor who is sent to the login page first reads it in the language they asked for, and
	 * keeps it after signing in. Only the portal's languages are taken; others are ignored.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> languageSwitch(LocaleResolver locales) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String asked = request.getParameter(LANGUAGE_PARAMETER);
				if (asked != null) {
					Arrays.stream(Language.values())
						.filter(language -> language.code().equals(asked))
						.findFirst()
						.ifPresent(language -> locales.setLocale(request, response, Locale.forLanguageTag(language.code())));
				}
				chain.doFilter(request, response);
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

	/**
	 * A page that shows a stale edit again ({@link StaleEdit}) answers 409 Conflict, as the
	 * conflict page did: the save was refused.
	 */
	@Bean
	WebMvcConfigurer staleEditStatus() {
		HandlerInterceptor interceptor = new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				if (page != null && page.getModel().containsKey(StaleEdit.MODEL_ATTRIBUTE)) {
					response.setStatus(HttpStatus.CONFLICT.value());
				}
			}

		};
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(interceptor);
			}

		};
	}

}
