package no.avtaleportal.database;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.util.Lazy;

/**
 * The repositories' {@code @Query} strings parsed by Spring Data when a query first runs, not
 * while the portal starts (issue 15). Spring Data parses each JPQL string with its own HQL
 * parser as the repository is made, to be ready to add a sort or derive a count query; for the
 * portal's sixty queries that was about a second of a start, on the main thread, before the
 * portal reports ready. The parser is the same one, used later: each query's first run pays a
 * few milliseconds. Hibernate still checks every query while the repositories are made, so a
 * broken query still stops the start.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryQueries {

	@Bean
	static BeanPostProcessor parseRepositoryQueriesOnFirstUse() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> repository) {
					repository.setQueryEnhancerSelectorSource(ParsedOnFirstUse.SELECTOR);
				}
				return bean;
			}

		};
	}

	/** Spring Data's own choice of parser, made for a query when it is first needed. */
	record ParsedOnFirstUse(QueryEnhancerFactory factory) implements QueryEnhancerFactory {

		static final QueryEnhancerSelector SELECTOR = query -> new ParsedOnFirstUse(
				QueryEnhancerSelector.DEFAULT_SELECTOR.select(query));

		@Override
		public boolean supports(DeclaredQuery query) {
			return this.factory.supports(query);
		}

		@Override
		public QueryEnhancer create(QueryProvider query) {
			Lazy<QueryEnhancer> parsed = Lazy.of(() -> this.factory.create(query));
			return new QueryEnhancer() {

				@Override
				public boolean hasConstructorExpression() {
					return parsed.get().hasConstructorExpression();
				}

				@Override
				public String detectAlias() {
					return parsed.get().detectAlias();
				}

				@Override
				public String getProjection() {
					return parsed.get().getProjection();
				}

				@Override
				public QueryProvider getQuery() {
					return query;
				}

				@Override
				public String rewrite(QueryRewriteInformation rewriteInformation) {
					return parsed.get().rewrite(rewriteInformation);
				}

				@Override
				public String createCountQueryFor(String countProjection) {
					return parsed.get().createCountQueryFor(countProjection);
				}

				@Override
				public boolean isSelectQuery() {
					return parsed.get().isSelectQuery();
				}

			};
		}

	}

}
