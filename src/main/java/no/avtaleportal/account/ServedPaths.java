package no.avtaleportal.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Tells the paths a controller serves from those it does not. A path no controller serves
 * answers everyone, signed in or not, with the 404 page; a served path is denied unless a rule
 * allows it.
 */
final class ServedPaths {

	private final ObjectProvider<RequestMappingHandlerMapping> handlerMapping;

	private volatile List<PathPattern> patterns;

	ServedPaths(ObjectProvider<RequestMappingHandlerMapping> handlerMapping) {
		this.handlerMapping = handlerMapping;
	}

	RequestMatcher unserved() {
		return request -> !isServed(request);
	}

	boolean isServed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		return patterns().stream().anyMatch(pattern -> pattern.matches(container));
	}

	private List<PathPattern> patterns() {
		List<PathPattern> result = this.patterns;
		if (result == null) {
			result = this.handlerMapping.getObject()
				.getHandlerMethods()
				.keySet()
				.stream()
				.map(RequestMappingInfo::getPathPatternsCondition)
				.filter(condition -> condition != null)
				.flatMap(condition -> condition.getPatterns().stream())
				.toList();
			this.patterns = result;
		}
		return result;
	}

}
