package no.avtaleportal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A page read is one read-only transaction (issue 15): every GET (and HEAD) a controller answers
 * runs its model attributes, its handler method and the writing of a {@code @ResponseBody} (CSV,
 * PDF, JSON) in one read-only transaction, which every service and repository call joins, instead
 * of a BEGIN and COMMIT around each. The transaction ends before the view is rendered: templates
 * get what the handler put in the model (open-in-view stays off). A handler that throws rolls it
 * back before the error is handled; so does one that caught a failure an inner call marked for
 * rollback (nothing was written, so nothing is lost). A GET must not write: a write in it is
 * refused by PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPages {

	private static final TransactionDefinition READ_ONLY = readOnly();

	@Bean
	WebMvcRegistrations readOnlyPageTransactions(ObjectProvider<PlatformTransactionManager> transactions) {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new Adapter(transactions);
			}

		};
	}

	private static TransactionDefinition readOnly() {
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition(
				TransactionDefinition.PROPAGATION_REQUIRED);
		definition.setReadOnly(true);
		definition.setName("page read");
		return definition;
	}

	static boolean isRead(HttpServletRequest request) {
		return HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
	}

	private static final class Adapter extends RequestMappingHandlerAdapter {

		private final ObjectProvider<PlatformTransactionManager> transactions;

		Adapter(ObjectProvider<PlatformTransactionManager> transactions) {
			this.transactions = transactions;
		}

		@Override
		protected ModelAndView invokeHandlerMethod(HttpServletRequest request, HttpServletResponse response,
				HandlerMethod handler) throws Exception {
			PlatformTransactionManager manager = isRead(request) ? this.transactions.getIfAvailable() : null;
			if (manager == null) {
				return super.invokeHandlerMethod(request, response, handler);
			}
			TransactionStatus transaction = manager.getTransaction(READ_ONLY);
			try {
				ModelAndView page = super.invokeHandlerMethod(request, response, handler);
				if (transaction.isRollbackOnly()) {
					manager.rollback(transaction);
				}
				else {
					manager.commit(transaction);
				}
				return page;
			}
			catch (Exception | Error failure) {
				if (!transaction.isCompleted()) {
					manager.rollback(transaction);
				}
				throw failure;
			}
		}

	}

}
