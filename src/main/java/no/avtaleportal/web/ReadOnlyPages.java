package no.avtaleportal.web;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
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
import org.springframework.util.function.SingletonSupplier;
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
 * <p>
 * When the handler returned a template to render (not a redirect, a forward, a file or JSON), the
 * layout's {@link PageFrame} is added to its model, and (not on an error dispatch) the modules'
 * {@link PageModelContribution}s add to it in the same transaction before it ends, so that the
 * header's reads are no second one.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyPages {

	private static final TransactionDefinition READ_ONLY = readOnly();

	@Bean
	WebMvcRegistrations readOnlyPageTransactions(ObjectProvider<PlatformTransactionManager> transactions,
			ObjectProvider<PageFrame> frame, ObjectProvider<PageModelContribution> contributions) {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new Adapter(transactions, frame, contributions);
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

		// looked up in the context once, at the first page, not on every request
		private final Supplier<PlatformTransactionManager> transactions;

		private final Supplier<PageFrame> frame;

		private final Supplier<List<PageModelContribution>> contributions;

		Adapter(ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<PageFrame> frame,
				ObjectProvider<PageModelContribution> contributions) {
			this.transactions = SingletonSupplier.of(transactions::getIfAvailable);
			this.frame = SingletonSupplier.of(frame::getObject);
			this.contributions = SingletonSupplier.of(() -> contributions.orderedStream().toList());
		}

		@Override
		protected ModelAndView invokeHandlerMethod(HttpServletRequest request, HttpServletResponse response,
				HandlerMethod handler) throws Exception {
			PlatformTransactionManager manager = isRead(request) ? this.transactions.get() : null;
			if (manager == null) {
				return contributeTo(request, super.invokeHandlerMethod(request, response, handler));
			}
			TransactionStatus transaction = manager.getTransaction(READ_ONLY);
			try {
				ModelAndView page = contributeTo(request, super.invokeHandlerMethod(request, response, handler));
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

		private ModelAndView contributeTo(HttpServletRequest request, ModelAndView page) {
			if (page != null && isPage(page)) {
				this.frame.get().addTo(page.getModelMap(), request);
				if (request.getDispatcherType() == DispatcherType.REQUEST) {
					this.contributions.get().forEach(contribution -> contribution.addTo(page.getModelMap()));
				}
			}
			return page;
		}

		/** A template to render, not a redirect, a forward or a view object of its own (a file). */
		private static boolean isPage(ModelAndView page) {
			String name = page.getViewName();
			return name != null && !name.startsWith("redirect:") && !name.startsWith("forward:");
		}

	}

}
