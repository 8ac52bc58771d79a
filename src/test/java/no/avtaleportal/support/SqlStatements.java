package no.avtaleportal.support;

import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs (datasource-proxy around the real DataSource),
 * so that tests can prove a page runs a fixed number of them whatever the amount of data.
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
				.afterQuery((execution, queries) -> this.count.addAndGet(queries.size()))
				.build();
		}
		return bean;
	}

}
