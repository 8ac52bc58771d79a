package no.avtaleportal.support;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs (datasource-proxy around the real DataSource),
 * so that tests can prove a page runs a fixed number of them whatever the amount of data. The
 * session store's own statements (Spring Session JDBC: load, touch, and save changed attributes
 * of the session, a fixed few per request) are not the page's and are not counted.
 */
public class SqlStatements implements BeanPostProcessor {

	private final AtomicInteger count = new AtomicInteger();

	public void reset() {
		this.count.set(0);
	}

	public int count() {
		return this.count.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource)
				.name(beanName)
				.afterQuery((execution, queries) -> this.count.addAndGet((int) queries.stream()
					.filter(query -> !query.getQuery().toLowerCase(Locale.ROOT).contains("spring_session"))
					.count()))
				.build();
		}
		return bean;
	}

}
