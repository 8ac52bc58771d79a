package no.avtaleportal.support;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application runs (datasource-proxy around the real DataSource),
 * so that tests can prove a page runs a fixed number of them whatever the amount of data. The
 * session store's own statements (Spring Session JDBC: load, touch, and save changed attributes
 * of the session, a fixed few per request) are not the page's and are not counted by
 * {@link #count()}; {@link #countWithSessions()} counts them too, for requests that should not
 * touch the session store at all (static files), and {@link #sessionStatements()} lists them, for
 * tests of how often a page reads the session. The store's scheduled clean-up of expired
 * sessions belongs to no request and is never counted, nor are the statements of asynchronous
 * event listeners (the notices that earlier requests published), which run on the application's
 * task executor (threads named {@code task-…}) whenever they get to it.
 * <p>
 * {@link #transactions()} counts the transactions the page's statements ran in (a commit or
 * rollback after one of them, or a statement in auto-commit), so that tests can prove a page
 * reads in one transaction, and {@link #sessionStatementsInTransactions()} the session store's
 * statements that were not in auto-commit; {@link #statements()} lists the page's statements, for a failing
 * budget's message.
 */
public class SqlStatements implements BeanPostProcessor {

	private final AtomicInteger count = new AtomicInteger();

	private final AtomicInteger withSessions = new AtomicInteger();

	private final AtomicInteger transactions = new AtomicInteger();

	private final AtomicInteger sessionStatementsInTransactions = new AtomicInteger();

	private final List<String> statements = new CopyOnWriteArrayList<>();

	private final List<String> sessionStatements = new CopyOnWriteArrayList<>();

	/** The connections (by datasource-proxy's id) whose open transaction ran a statement of a page. */
	private final Map<String, Boolean> pending = new ConcurrentHashMap<>();

	public void reset() {
		this.count.set(0);
		this.withSessions.set(0);
		this.transactions.set(0);
		this.sessionStatementsInTransactions.set(0);
		this.statements.clear();
		this.sessionStatements.clear();
		this.pending.clear();
	}

	/** The transactions the page's statements ran in since the last {@link #reset()}. */
	public int transactions() {
		return this.transactions.get();
	}

	/** The page's statements since the last {@link #reset()}, in order. */
	public List<String> statements() {
		return new ArrayList<>(this.statements);
	}

	/**
	 * The session store's statements since the last {@link #reset()} that ran inside a transaction
	 * (not in auto-commit).
	 */
	public int sessionStatementsInTransactions() {
		return this.sessionStatementsInTransactions.get();
	}

	/** The session store's statements since the last {@link #reset()}, in order. */
	public List<String> sessionStatements() {
		return new ArrayList<>(this.sessionStatements);
	}

	public int count() {
		return this.count.get();
	}

	/**
	 * The statements since the last {@link #reset()}, the session store's per-request ones
	 * included.
	 */
	public int countWithSessions() {
		return this.withSessions.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource)
				.name(beanName)
				.afterQuery((execution, queries) -> queries.stream()
					.map(query -> query.getQuery().toLowerCase(Locale.ROOT))
					.filter(query -> !isSessionCleanUp(query) && !onTaskExecutor())
					.forEach(query -> {
						this.withSessions.incrementAndGet();
						if (!query.contains("spring_session")) {
							this.count.incrementAndGet();
							this.statements.add(query);
							if (autoCommit(execution.getStatement())) {
								this.transactions.incrementAndGet();
							}
							else {
								this.pending.put(execution.getConnectionId(), Boolean.TRUE);
							}
						}
						else {
							this.sessionStatements.add(query);
							if (!autoCommit(execution.getStatement())) {
								this.sessionStatementsInTransactions.incrementAndGet();
							}
						}
					}))
				.afterMethod(context -> {
					String method = context.getMethod().getName();
					if ((method.equals("commit") || method.equals("rollback")) && context.getTarget() instanceof java.sql.Connection
							&& context.getConnectionInfo() != null
							&& this.pending.remove(context.getConnectionInfo().getConnectionId()) != null) {
						this.transactions.incrementAndGet();
					}
				})
				.build();
		}
		return bean;
	}

	private static boolean autoCommit(java.sql.Statement statement) {
		try {
			return statement != null && statement.getConnection().getAutoCommit();
		}
		catch (SQLException ex) {
			return false;
		}
	}

	private static boolean onTaskExecutor() {
		return Thread.currentThread().getName().startsWith("task-");
	}

	private static boolean isSessionCleanUp(String query) {
		return query.contains("spring_session") && query.startsWith("delete") && query.contains("expiry_time <");
	}

}
