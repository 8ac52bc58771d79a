package no.avtaleportal;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module reads and writes only its own tables. Each table belongs to one module: the module of
 * the entity that maps it (its {@code @Table}, {@code @CollectionTable} and {@code @JoinTable}
 * names, or the names Hibernate gives them), of the table whose history it is ({@code _aud}), or
 * the one named in {@link #AUXILIARY} for the tables the migrations create without an entity. No
 * module's SQL or JPQL (its strings and text blocks) names another module's table or entity after
 * {@code FROM}, {@code JOIN}, {@code UPDATE} or {@code INTO}; it joins the read-only select the
 * owning module publishes in its API instead (such as {@code agreement.Agreements.selectFocusAreas()}).
 */
class TableOwnershipTests {

	private static final String BASE_PACKAGE = AvtaleportalApplication.class.getPackageName();

	private static final Path SOURCES = Path.of("src/main/java", BASE_PACKAGE.split("\\."));

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/**
	 * The owners of the tables that the migrations create and no entity maps: kept by SQL alone,
	 * or by a library on a module's behalf (Spring Session and ShedLock for accounts, the event
	 * publication registry for notifications).
	 */
	private static final Map<String, String> AUXILIARY = Map.ofEntries(Map.entry("account_invitation", "account"),
			Map.entry("failed_login", "account"), Map.entry("oidc_identity", "account"),
			Map.entry("security_event", "account"), Map.entry("shedlock", "account"),
			Map.entry("spring_session", "account"), Map.entry("spring_session_attributes", "account"),
			Map.entry("activity_status_change", "activity"), Map.entry("document_content", "document"),
			Map.entry("document_text", "document"), Map.entry("calendar_feed", "meeting"),
			Map.entry("case_counter", "meeting"), Map.entry("decision_counter", "meeting"),
			Map.entry("decision_follow_up", "meeting"), Map.entry("event_publication", "notification"),
			Map.entry("notification_language", "notification"), Map.entry("notification_preference", "notification"),
			Map.entry("notification_sent_key", "notification"), Map.entry("notification_signing_key", "notification"),
			Map.entry("search_word", "search"),
			Map.entry("status_round", "statusround"), Map.entry("status_round_activity", "statusround"),
			Map.entry("status_round_focus_area", "statusround"));

	private static final String HISTORY_SUFFIX = "_aud";

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z_0-9]*)");

	private static final Pattern NAMED = Pattern.compile("(?i)\\b(from|join|update|into)\\s+([a-z_][a-z_0-9]*)\\b");

	private static final PhysicalNamingStrategySnakeCaseImpl NAMING = new PhysicalNamingStrategySnakeCaseImpl();

	@Test
	void everyTableTheMigrationsCreateHasOneOwningModule() throws IOException {
		Map<String, String> mapped = entityTables();
		List<String> problems = new ArrayList<>();
		for (String table : migrationTables()) {
			if (owner(table, mapped) == null) {
				problems.add(table + " has no owner: map it with an entity or add it to AUXILIARY");
			}
		}
		AUXILIARY.forEach((table, module) -> {
			if (mapped.containsKey(table)) {
				problems.add(table + " is mapped by an entity of " + mapped.get(table) + " and also listed in AUXILIARY");
			}
			if (!modules().contains(module)) {
				problems.add(table + " is given to " + module + ", which is no module");
			}
		});
		assertThat(problems).isEmpty();
	}

	/** What the entities map is what the migrations create, so that the names read here are right. */
	@Test
	void everyTableAnEntityMapsIsOneTheMigrationsCreate() throws IOException {
		assertThat(migrationTables()).containsAll(entityTables().keySet())
			.containsAll(AUXILIARY.keySet());
	}

	@Test
	void noModuleNamesAnotherModulesTables() throws IOException {
		assertThat(crossModuleReferences()).isEmpty();
	}

	/**
	 * Each place where a module's string or text block names a table or entity of another module,
	 * as {@code path:line names module's table (the words)}.
	 */
	static List<String> crossModuleReferences() throws IOException {
		Map<String, String> mapped = entityTables();
		Map<String, String> tables = new TreeMap<>();
		for (String table : migrationTables()) {
			tables.put(table, owner(table, mapped));
		}
		Map<String, String> entities = entityNames();
		List<String> references = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				String source = Files.readString(file);
				for (Literal literal : literals(source)) {
					Matcher matcher = NAMED.matcher(literal.text());
					while (matcher.find()) {
						String name = matcher.group(2);
						String owner = tables.getOrDefault(name.toLowerCase(Locale.ROOT), entities.get(name));
						if (owner != null && !owner.equals(module)) {
							int line = literal.line() + count(literal.text(), 0, matcher.start());
							references.add(SOURCES.relativize(file) + ":" + line + " names "
									+ owner + "'s table " + name + " (" + matcher.group() + ")");
						}
					}
				}
			}
		}
		return references;
	}

	private static String owner(String table, Map<String, String> mapped) {
		String owner = mapped.getOrDefault(table, AUXILIARY.get(table));
		if (owner == null && table.endsWith(HISTORY_SUFFIX)) {
			return owner(table.substring(0, table.length() - HISTORY_SUFFIX.length()), mapped);
		}
		return owner;
	}

	private static TreeSet<String> modules() {
		try (Stream<Path> paths = Files.list(SOURCES)) {
			return paths.filter(Files::isDirectory)
				.map(path -> path.getFileName().toString())
				.collect(Collectors.toCollection(TreeSet::new));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tables the migrations create, in lower case. */
	static TreeSet<String> migrationTables() throws IOException {
		TreeSet<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".sql")).toList()) {
				Matcher matcher = CREATE_TABLE.matcher(withoutComments(Files.readString(file)));
				while (matcher.find()) {
					tables.add(matcher.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	private static String withoutComments(String sql) {
		return sql.replaceAll("--[^\n]*", "").replaceAll("(?s)/\\*.*?\\*/", "");
	}

	/** Each table an entity maps (its own, its collections' and its join tables) with the entity's module. */
	static Map<String, String> entityTables() {
		Map<String, String> tables = new TreeMap<>();
		for (Class<?> entity : entities()) {
			String module = module(entity);
			Table table = entity.getAnnotation(Table.class);
			String own = physical((table != null && !table.name().isEmpty()) ? table.name() : entityName(entity));
			tables.put(own, module);
			for (Class<?> type = entity; type != null && type != Object.class; type = type.getSuperclass()) {
				for (Field field : type.getDeclaredFields()) {
					CollectionTable collection = field.getAnnotation(CollectionTable.class);
					JoinTable join = field.getAnnotation(JoinTable.class);
					if (collection != null && !collection.name().isEmpty()) {
						tables.put(physical(collection.name()), module);
					}
					else if (field.isAnnotationPresent(ElementCollection.class)) {
						tables.put(physical(own + "_" + field.getName()), module);
					}
					if (join != null && !join.name().isEmpty()) {
						tables.put(physical(join.name()), module);
					}
					else if (field.isAnnotationPresent(ManyToMany.class)
							&& field.getAnnotation(ManyToMany.class).mappedBy().isEmpty()) {
						throw new IllegalStateException(entity.getName() + "." + field.getName()
								+ ": name the join table with @JoinTable, so that its owner is clear");
					}
				}
			}
		}
		return tables;
	}

	/** The entity names (for JPQL) with their modules. */
	private static Map<String, String> entityNames() {
		Map<String, String> names = new TreeMap<>();
		for (Class<?> entity : entities()) {
			names.put(entityName(entity), module(entity));
		}
		return names;
	}

	private static List<Class<?>> entities() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<Class<?>> entities = new ArrayList<>();
		for (BeanDefinition definition : scanner.findCandidateComponents(BASE_PACKAGE)) {
			try {
				entities.add(Class.forName(definition.getBeanClassName()));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(entities).isNotEmpty();
		return entities;
	}

	private static String entityName(Class<?> entity) {
		String name = entity.getAnnotation(Entity.class).name();
		return name.isEmpty() ? entity.getSimpleName() : name;
	}

	private static String module(Class<?> type) {
		return type.getPackageName().substring(BASE_PACKAGE.length() + 1).split("\\.")[0];
	}

	private static String physical(String name) {
		return NAMING.toPhysicalTableName(Identifier.toIdentifier(name), null).getText();
	}

	/**
	 * The string literals and text blocks of a Java source, each with the line it starts on;
	 * comments and character literals are skipped.
	 */
	static List<Literal> literals(String source) {
		List<Literal> literals = new ArrayList<>();
		int line = 1;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i);
				if (i < 0) {
					break;
				}
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2) + 2;
				line += count(source, i, end);
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = closing(source, i + 3, "\"\"\"");
				literals.add(new Literal(source.substring(i + 3, end), line));
				line += count(source, i, end);
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = closing(source, i + 1, String.valueOf(c));
				if (c == '"') {
					literals.add(new Literal(source.substring(i + 1, end), line));
				}
				i = end + 1;
			}
			else {
				if (c == '\n') {
					line++;
				}
				i++;
			}
		}
		return literals;
	}

	private static int closing(String source, int from, String quote) {
		int i = from;
		while (!source.startsWith(quote, i)) {
			i += (source.charAt(i) == '\\') ? 2 : 1;
		}
		return i;
	}

	private static int count(String source, int from, int to) {
		return (int) source.substring(from, to).chars().filter(ch -> ch == '\n').count();
	}

	record Literal(String text, int line) {
	}

}
