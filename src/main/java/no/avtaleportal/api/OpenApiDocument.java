package no.avtaleportal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the OpenAPI document ({@value ApiSecurity#SPEC}) says of the API as a whole: its title and
 * version, and that it takes a personal access token as a bearer token. Its words are message
 * keys ({@code api.*}), written out in the language the request asks for (bokmål unless
 * {@code Accept-Language} or {@code ?lang=} says English).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

	@Bean
	OpenAPI avtaleportalApi() {
		return new OpenAPI().info(new Info().title("api.title").version("v1").description("api.description")
			.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("api.security")));
	}

	/** Every message key of the document in English words. */
	@Bean
	OpenApiCustomizer apiWords(MessageSource messages) {
		return api -> {
			java.util.function.UnaryOperator<String> words = key -> (key != null && key.startsWith("api."))
					? messages.getMessage(key, null, key, LocaleContextHolder.getLocale()) : key;
			api.getInfo().title(words.apply(api.getInfo().getTitle())).description(words.apply(api.getInfo().getDescription()));
			api.getComponents().getSecuritySchemes().values().forEach(scheme -> scheme.description(words.apply(scheme.getDescription())));
			api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
				operation.summary(words.apply(operation.getSummary())).description(words.apply(operation.getDescription()));
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> parameter.description(words.apply(parameter.getDescription())));
				}
				operation.getResponses().values().forEach(response -> response.description(words.apply(response.getDescription())));
			}));
		};
	}

}
