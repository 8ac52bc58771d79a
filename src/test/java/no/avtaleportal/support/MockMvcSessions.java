package no.avtaleportal.support;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while the
 * portal keeps its sessions in PostgreSQL (Spring Session JDBC): under MockMvc the id of the
 * stored session rides in an attribute of the mock session; real HTTP requests (browser tests)
 * use the session cookie as in production.
 */
public class MockMvcSessions implements HttpSessionIdResolver {

	private static final String ATTRIBUTE = MockMvcSessions.class.getName() + ".id";

	private final HttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

	/**
	 * The id of the session stored in PostgreSQL that this mock session stands for, or {@code null}.
	 */
	public static String storedId(HttpSession session) {
		Object id = session.getAttribute(ATTRIBUTE);
		return (id != null) ? id.toString() : null;
	}

	@Override
	public List<String> resolveSessionIds(HttpServletRequest request) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			return this.cookies.resolveSessionIds(request);
		}
		HttpSession session = mock.getSession(false);
		Object id = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		return (id != null) ? List.of(id.toString()) : List.of();
	}

	@Override
	public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			this.cookies.setSessionId(request, response, sessionId);
			return;
		}
		mock.getSession(true).setAttribute(ATTRIBUTE, sessionId);
	}

	@Override
	public void expireSession(HttpServletRequest request, HttpServletResponse response) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			this.cookies.expireSession(request, response);
			return;
		}
		HttpSession session = mock.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private static MockHttpServletRequest mock(ServletRequest request) {
		ServletRequest current = request;
		while (current instanceof HttpServletRequestWrapper wrapper) {
			current = wrapper.getRequest();
		}
		return (current instanceof MockHttpServletRequest mock) ? mock : null;
	}

}
