package no.avtaleportal.database;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A repository's query is parsed by Spring Data when it is first needed, and then gives what
 * Spring Data's own choice of parser gives.
 */
class RepositoryQueriesTests {

	private static final DeclaredQuery OUTBOX = DeclaredQuery.jpqlQuery("""
			select d from Delivery d
			order by case when d.status = 'FAILED' then 0 else 1 end, d.createdAt desc, d.id desc""");

	@Test
	void aQueryIsParsedWhenItIsFirstNeededNotWhenTheRepositoryIsMade() {
		DeclaredQuery broken = DeclaredQuery.jpqlQuery("select d from Delivery d where (d.id = 1");
		assertThatException().isThrownBy(() -> parsedNow(broken).detectAlias());
		QueryEnhancer[] parsedLater = new QueryEnhancer[1];
		assertThatNoException().isThrownBy(() -> parsedLater[0] = parsedOnFirstUse(broken));
		assertThat(parsedLater[0].getQuery().getQueryString()).isEqualTo(broken.getQueryString());
		assertThatException().isThrownBy(() -> parsedLater[0].detectAlias());
	}

	@Test
	void countsSortsAndProjectionsAreSpringDatasOwn() {
		QueryEnhancer ours = parsedOnFirstUse(OUTBOX);
		QueryEnhancer theirs = parsedNow(OUTBOX);
		assertThat(ours.detectAlias()).isEqualTo(theirs.detectAlias()).isEqualTo("d");
		assertThat(ours.getProjection()).isEqualTo(theirs.getProjection());
		assertThat(ours.hasConstructorExpression()).isEqualTo(theirs.hasConstructorExpression()).isFalse();
		assertThat(ours.isSelectQuery()).isEqualTo(theirs.isSelectQuery()).isTrue();
		assertThat(ours.createCountQueryFor(null)).isEqualTo(theirs.createCountQueryFor(null))
			.containsIgnoringCase("count(");
		Sort byTitle = Sort.by("title");
		assertThat(ours.rewrite(new RewriteInformation(byTitle))).isEqualTo(theirs.rewrite(new RewriteInformation(byTitle)))
			.contains("d.title");
	}

	private static QueryEnhancer parsedOnFirstUse(DeclaredQuery query) {
		return RepositoryQueries.ParsedOnFirstUse.SELECTOR.select(query).create(query);
	}

	private static QueryEnhancer parsedNow(DeclaredQuery query) {
		return QueryEnhancerSelector.DEFAULT_SELECTOR.select(query).create(query);
	}

	private record RewriteInformation(Sort sort) implements QueryEnhancer.QueryRewriteInformation {

		@Override
		public Sort getSort() {
			return this.sort;
		}

		@Override
		public org.springframework.data.repository.query.ReturnedType getReturnedType() {
			return null;
		}

	}

}
