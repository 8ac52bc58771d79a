package no.avtaleportal.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Room in Thymeleaf's expression cache for every expression of every template (issue 15). The
 * templates hold about 4,000 distinct expressions (their attribute values and the Spring EL
 * inside them); Thymeleaf's default cache keeps 500. Past that, each page a user opens pushes
 * out the expressions of the pages before it: they are parsed again on the next visit, and an
 * expression never runs often enough in a row for the Spring EL compiler to compile it. The cache
 * holds only what templates have used, so the room to spare costs nothing until it is needed.
 */
@Configuration(proxyBeanMethods = false)
class TemplateCaches {

	private static final int EXPRESSIONS = 10_000;

	@Bean
	static BeanPostProcessor templateExpressionCache() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					engine.setCacheManager(caches);
				}
				return bean;
			}

		};
	}

}
