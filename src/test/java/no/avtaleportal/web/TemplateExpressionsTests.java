package no.avtaleportal.web;

import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedClassLoader;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.SpelNodeImpl;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.support.ReflectiveMethodExecutor;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import no.avtaleportal.support.PortalTest;
import no.avtaleportal.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The templates' Spring EL can be compiled (issue 15): an expression that runs often is turned
 * into bytecode by the Spring EL compiler ({@code spring.thymeleaf.enable-spring-el-compiler}),
 * which cuts what a page allocates by a fifth to a half; interpreted, every method call builds type
 * descriptors. It compiles only what it can call directly: public methods of public types. So the
 * records and classes a page reads are public, even where nothing outside their package needs them;
 * that does not widen a module's face, which its named interfaces make ({@code ModularityTests}).
 * One type that is not public is enough to keep an expression that several templates share
 * interpreted for good, in every template: Spring EL stops trying after a hundred failed compilations.
 * <p>
 * The test follows the links of the portal from its front page as the administrator, a member
 * and the secretary of the steering group, and after each page looks at what every expression in
 * Thymeleaf's cache read when it last ran (Spring EL's own record of it, read by reflection). At
 * the end it compiles every expression that has run in the test context, these pages' and other
 * tests' alike, and names those that cannot be compiled.
 * <p>
 * What is compiled must stay so. Thymeleaf keeps one expression for each text, and Spring compiles
 * it for the classes it met; when the same text later meets another class (a loop variable of
 * another record, a form field read from another form), the compiled code fails, the expression is
 * interpreted another hundred times and compiled anew, for as long as the portal runs. The decision
 * register did so on every request, every page with a form now and then (bench/README.md). The
 * second test renders each of the pages that mix the most records and forms, as the secretary who
 * sees every form on them, until each of its expressions has been compiled, and then as often again
 * while the JVM's flight recorder notes every class the compiler defines: none may be. Templates that
 * name different records alike ({@code row}, {@code agreement}) still make the compiler work when a
 * user goes from one page to the other; that is rarer and cheaper, and left.
 */
@PortalTest
class TemplateExpressionsTests {

	private static final int MOST_PAGES = 400;

	/** More than the hundred interpretations after which Spring compiles an expression, or compiles it again. */
	private static final int ROUNDS = 110;

	private static final String SPEL_CLASS_LOADER = "org.springframework.expression.spel.standard.SpelCompiler$ChildClassLoader";


	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	JdbcClient jdbc;

	@Test
	void templatesReadOnlyPublicTypes() throws Exception {
		Set<String> hidden = new TreeSet<>();
		for (String user : List.of("admin", "prorektor", "sekretaer")) {
			walk(SignIn.as(this.mvc, user), hidden);
		}
		assertThat(collectHidden(hidden)).as("expressions that ran").isGreaterThan(300);
		assertThat(hidden).as("members of types that are not public, which templates read").isEmpty();
		assertThat(uncompilable()).as("expressions that ran but that the Spring EL compiler cannot compile").isEmpty();
	}

	@Test
	void eachPageCompilesItsSpringElOnceAndKeepsIt() throws Exception {
		long agreement = id("select id from agreement where import_key = 'ntnu-nho-2023'");
		long activity = id("select a.id from activity a join focus_area f on f.id = a.focus_area_id where f.agreement_id = "
				+ agreement + " and exists (select 1 from status_update u where u.activity_id = a.id) order by a.id limit 1");
		long meeting = id("select m.id from meeting m join steering_group g on g.id = m.steering_group_id"
				+ " where g.agreement_id = " + agreement + " and m.status = 'PLANNED' and m.minutes_status = 'DRAFT'"
				+ " order by m.id limit 1");
		MockHttpSession secretary = SignIn.as(this.mvc, "sekretaer");
		Map<String, Set<String>> defined = new LinkedHashMap<>();
		for (String page : List.of("/decisions", "/activities/" + activity, "/activities/" + activity + "/edit",
				"/meetings/" + meeting, "/meetings/" + meeting + "/agenda/new")) {
			render(page, secretary);
			Map<String, Integer> before = interpretations();
			List<String> classes = classesDefinedWhile(() -> render(page, secretary));
			if (!classes.isEmpty()) {
				// named when Spring EL's count of one moved; else by the classes made
				Set<String> interpreted = interpretedSince(before);
				defined.put(page, interpreted.isEmpty() ? new TreeSet<>(classes) : interpreted);
			}
		}
		assertThat(defined).as("the expressions the Spring EL compiler compiled again while a page was rendered again and"
				+ " again after each of its expressions had been compiled: the same text meets objects of different classes"
				+ " on the page").isEmpty();
	}

	private void render(String page, MockHttpSession session) throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isOk());
		}
	}

	/** The names of the classes the Spring EL compiler defined while the work ran (the JVM's flight recorder). */
	private static List<String> classesDefinedWhile(Work work) throws Exception {
		List<String> defined = new ArrayList<>();
		Path file = Files.createTempFile("spel-classes", ".jfr");
		try (Recording recording = new Recording()) {
			recording.enable("jdk.ClassDefine");
			recording.start();
			work.run();
			recording.stop();
			recording.dump(file);
			for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
				RecordedClassLoader loader = event.getValue("definingClassLoader");
				if (loader != null && loader.getType() != null && SPEL_CLASS_LOADER.equals(loader.getType().getName())) {
					defined.add(event.getClass("definedClass").getName());
				}
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
		return defined;
	}

	private interface Work {

		void run() throws Exception;

	}

	/**
	 * How many times each expression in Thymeleaf's cache has been interpreted since it was last
	 * compiled or thrown back (Spring EL's own count, read by reflection; a compiled one stands still).
	 */
	private Map<String, Integer> interpretations() throws ReflectiveOperationException {
		Map<String, Integer> counts = new HashMap<>();
		for (SpelExpression expression : cachedSpel()) {
			counts.put(expression.getExpressionString(), interpreted(expression));
		}
		return counts;
	}

	/** The expressions that could be compiled, yet have been interpreted since the counts were taken. */
	private Set<String> interpretedSince(Map<String, Integer> before) throws ReflectiveOperationException {
		Set<String> interpreted = new TreeSet<>();
		for (SpelExpression expression : cachedSpel()) {
			if (((SpelNodeImpl) expression.getAST()).isCompilable()
					&& !Objects.equals(before.get(expression.getExpressionString()), interpreted(expression))) {
				interpreted.add(expression.getExpressionString());
			}
		}
		return interpreted;
	}

	private static int interpreted(SpelExpression expression) throws ReflectiveOperationException {
		return ((AtomicInteger) field(expression, "interpretedCount")).get();
	}

	/** The Spring EL expressions in Thymeleaf's cache. */
	private List<SpelExpression> cachedSpel() throws ReflectiveOperationException {
		List<SpelExpression> found = new ArrayList<>();
		ICache<ExpressionCacheKey, Object> cache = this.templates.getConfiguration().getCacheManager().getExpressionCache();
		for (ExpressionCacheKey key : cache.keySet()) {
			SpelExpression expression = spel(cache.get(key));
			if (expression != null) {
				found.add(expression);
			}
		}
		return found;
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * The expressions that have run and still cannot be compiled. Spring EL learns the type of each
	 * part as it runs, and compiles an expression only when it knows them all: the second operand of
	 * an {@code and}, an {@code or}, an elvis or a conditional that has never been needed keeps the
	 * expression interpreted for good, and so does an operation whose types it does not compile
	 * ({@code long > int}, a string plus an enum). Outside {@code ${...}} such operations are
	 * Thymeleaf's, and each {@code ${...}} compiles on its own.
	 */
	private Set<String> uncompilable() throws ReflectiveOperationException {
		Set<String> found = new TreeSet<>();
		for (SpelExpression expression : cachedSpel()) {
			if (ran((SpelNodeImpl) expression.getAST()) && !expression.compileExpression()) {
				found.add(expression.getExpressionString());
			}
		}
		return found;
	}

	/**
	 * Looks at each expression in Thymeleaf's cache that has run, as it ran last (one expression of
	 * several templates reads whatever type each gives it), and answers how many there are.
	 */
	private int collectHidden(Set<String> hidden) throws ReflectiveOperationException {
		int ran = 0;
		for (SpelExpression expression : cachedSpel()) {
			if (((SpelNodeImpl) expression.getAST()).getExitDescriptor() != null) {
				ran++;
				collectHidden((SpelNodeImpl) expression.getAST(), expression.getExpressionString(), hidden);
			}
		}
		return ran;
	}

	/**
	 * Whether a part of the expression has run: Spring EL notes the type of each part it has
	 * evaluated, but not of an operation whose type it cannot compile.
	 */
	private static boolean ran(SpelNodeImpl node) {
		if (node.getExitDescriptor() != null) {
			return true;
		}
		for (int i = 0; i < node.getChildCount(); i++) {
			if (ran((SpelNodeImpl) node.getChild(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Adds the members the expression (or a part of it) read through reflection that are not public
	 * or are of a type that is not, as "type.member in expression".
	 */
	private static void collectHidden(SpelNodeImpl node, String expression, Set<String> hidden)
			throws ReflectiveOperationException {
		Member member = null;
		if (node instanceof PropertyOrFieldReference) {
			Object accessor = field(node, "cachedReadAccessor");
			if (accessor != null && accessor.getClass().getEnclosingClass() == ReflectivePropertyAccessor.class) {
				member = (Member) field(accessor, "member");
			}
		}
		else if (node instanceof MethodReference) {
			Object cached = field(node, "cachedExecutor");
			Object executor = (cached != null) ? field(cached, "methodExecutor") : null;
			if (executor instanceof ReflectiveMethodExecutor reflective && reflective.getPublicDeclaringClass() == null) {
				member = reflective.getMethod();
			}
		}
		if (member != null && !(Modifier.isPublic(member.getModifiers())
				&& Modifier.isPublic(member.getDeclaringClass().getModifiers()))) {
			hidden.add(member.getDeclaringClass().getName() + "." + member.getName() + " in " + expression);
		}
		for (int i = 0; i < node.getChildCount(); i++) {
			collectHidden((SpelNodeImpl) node.getChild(i), expression, hidden);
		}
	}

	private static Object field(Object owner, String name) throws ReflectiveOperationException {
		Field field = owner.getClass().getDeclaredField(name);
		field.setAccessible(true);
		return field.get(owner);
	}

	/** Opens the pages linked from the front page, and from those, and so on, looking after each. */
	private void walk(MockHttpSession session, Set<String> hidden) throws Exception {
		Set<String> seen = new LinkedHashSet<>();
		Deque<String> next = new ArrayDeque<>(List.of("/"));
		while (!next.isEmpty() && seen.size() < MOST_PAGES) {
			String url = next.poll();
			if (!seen.add(url)) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(get(url).session(session)).andReturn().getResponse();
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			collectHidden(hidden);
			for (Element link : Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).select("a[href]")) {
				String href = link.attr("href");
				if (href.startsWith("/") && !href.startsWith("//") && !href.contains("#") && !href.contains("lang=")) {
					next.add(href);
				}
			}
		}
	}

	/** The Spring EL of a cached Thymeleaf expression, or null when it is of another kind. */
	private static SpelExpression spel(Object cached) throws ReflectiveOperationException {
		if (cached == null || !cached.getClass().getSimpleName().equals("ComputedSpelExpression")) {
			return null;
		}
		return (SpelExpression) field(cached, "expression");
	}

}
