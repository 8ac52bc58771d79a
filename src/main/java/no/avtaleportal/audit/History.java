package no.avtaleportal.audit;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.function.SingletonSupplier;

import no.avtaleportal.web.Formats;
import no.avtaleportal.web.ListPages;
import no.avtaleportal.web.SelectOption;

/**
 * The history of any entity annotated with Envers' {@code @Audited}: every saved change, newest
 * first, with who and when and what changed, field by field, in words. Field labels are the
 * message keys {@code history.field.<field>}; enum values use their {@code <Type>.<NAME>} keys.
 * A page shows it with {@link #page} and the {@code audit/history} template.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class History {

	/** Fields kept for the portal's own use (the key an import finds a record by), never shown. */
	private static final Set<String> INTERNAL_FIELDS = Set.of("importKey");

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final ObjectProvider<Authors> authors;

	/**
	 * Whether values of a class are records Hibernate manages (a proxy's class too), asked of the
	 * metamodel once a class rather than for every value of every revision.
	 */
	private final ClassValue<Boolean> managedTypes = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return History.this.entityManager.getMetamodel()
				.getManagedTypes()
				.stream()
				.anyMatch(managed -> managed.getJavaType().isAssignableFrom(type));
		}

	};

	History(EntityManager entityManager, JdbcClient jdbc, MessageSource messages, Clock clock,
			ObjectProvider<Authors> authors) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.authors = authors;
	}

	/** How many changes a page of a history lists, the newest first. */
	static final int PAGE_SIZE = 25;

	/**
	 * Puts a page of the given entries (from {@link #of}, {@link #ofParts} and {@link #merge}:
	 * {@value #PAGE_SIZE} of them, the first page when {@code page} is {@code null}) on the model for
	 * the {@code audit/history} page and returns that view: {@code subject} names what the history
	 * is of, {@code backUrl} where it belongs.
	 */
	public String page(Model model, Integer page, List<Entry> entries, String subject, String backUrl) {
		// the pages' addresses are the history's own with another page number; what the page's own
		// entries changed is worked out here, in the page's transaction, and only theirs
		List<Entry> listed = ListPages.of(entries, page, PAGE_SIZE, number -> "?page=" + number, model)
			.stream()
			.map(entry -> new Entry(entry.revision(), entry.changedAt(), entry.username(), entry.kind(), entry.part(),
					List.copyOf(entry.changes())))
			.toList();
		model.addAttribute("entries", listed);
		model.addAttribute("people", people(listed));
		model.addAttribute("subject", subject);
		model.addAttribute("backUrl", backUrl);
		return "audit/history";
	}

	/**
	 * Who made the changes, by username: the person's name and organisation ("Kari Nordmann
	 * (NTNU)", from {@link Authors}), or the portal itself for {@code system}.
	 */
	private Map<String, String> people(List<Entry> entries) {
		Set<String> usernames = entries.stream().map(Entry::username).collect(Collectors.toSet());
		Map<String, String> people = new java.util.HashMap<>();
		if (usernames.contains(AuditingConfiguration.SYSTEM)) {
			people.put(AuditingConfiguration.SYSTEM,
					this.messages.getMessage("history.system", null, LocaleContextHolder.getLocale()));
		}
		if (usernames.isEmpty()) {
			return people;
		}
		this.authors.ifAvailable(authors -> people.putAll(authors.describe(usernames)));
		return people;
	}

	/**
	 * Every revision of the entity, newest first, in a fixed number of statements.
	 */
	public List<Entry> of(Class<?> type, Object id) {
		return of(type, id, Names.NONE);
	}

	/**
	 * Every revision of the entity, newest first, with ids of other records in words.
	 */
	public List<Entry> of(Class<?> type, Object id, Names names) {
		return since(type, id, names, version -> true).entries();
	}

	/**
	 * The revisions of the entity from the first whose version {@code from} holds for on (such as
	 * a meeting's from the publication of its minutes), newest first, and that revision; all of
	 * them and revision 0 when it holds for none, as for a record that was so before its history
	 * was kept.
	 */
	public <T> Since since(Class<T> type, Object id, Names names, Predicate<? super T> from) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		List<Field> fields = auditedFields(type);
		List<Entry> entries = entries(rows, fields, elementCollections(fields, id), null, null, names);
		int first = IntStream.range(0, rows.size())
			.filter(index -> ((Object[]) rows.get(index))[2] != RevisionType.DEL
					&& from.test(type.cast(((Object[]) rows.get(index))[0])))
			.findFirst()
			.orElse(-1);
		List<Entry> shown = new ArrayList<>((first < 0) ? entries : entries.subList(first, entries.size()));
		Collections.reverse(shown);
		return new Since(shown, (first < 0) ? 0 : shown.get(shown.size() - 1).revision());
	}

	/**
	 * The entries of {@link #since}, newest first, and the revision they start from (0 for all of
	 * them); the parts' entries from the same revision on go with them.
	 */
	public record Since(List<Entry> entries, long revision) {
	}

	/**
	 * Every revision of every part that ever belonged to an owner, also of parts since removed
	 * (such as a meeting's agenda items), newest first. Each entry names its part: the message
	 * {@code history.part.<Type>} with the part's latest {@code nameField}. References to other
	 * records of the owner (the owner itself, an agenda item) are left out; they never change.
	 * One statement, whatever the number of parts: a part's deletion keeps its last values, the
	 * owner among them ({@code store_data_at_delete}, V198).
	 */
	public List<Entry> ofParts(Class<?> type, String owner, Object ownerId, String nameField, Names names) {
		var persistence = this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(AuditEntity.relatedId(owner).eq(ownerId))
			.addOrder(AuditEntity.revisionNumber().asc())
			// the parts one change made, the last made first, as the history lists its changes
			.addOrder(AuditEntity.id().desc())
			.getResultList();
		Map<Object, List<Object>> rowsByPart = new LinkedHashMap<>();
		for (Object row : rows) {
			Object part = ((Object[]) row)[0];
			rowsByPart.computeIfAbsent(persistence.getIdentifier(part), id -> new ArrayList<>()).add(row);
		}
		List<Field> fields = auditedFields(type).stream()
			.filter(field -> !field.isAnnotationPresent(ManyToOne.class))
			.toList();
		List<Entry> entries = new ArrayList<>();
		for (List<Object> partRows : rowsByPart.values()) {
			entries.addAll(entries(partRows, fields, Map.of(), type, nameField, names));
		}
		return merge(entries);
	}

	/**
	 * Entries from several histories in one list, newest first; of one revision, the earlier
	 * given first.
	 */
	@SafeVarargs
	public static List<Entry> merge(List<Entry>... histories) {
		List<Entry> all = new ArrayList<>();
		for (List<Entry> history : histories) {
			all.addAll(history);
		}
		all.sort(Comparator.comparingLong(Entry::revision).reversed());
		return all;
	}

	/**
	 * The entries of one record's revisions, oldest first. What each changed (its fields in words,
	 * against the revision before) is worked out when it is first read, each revision's values
	 * once: {@link #page} reads its own entries only, so that a page of a long history does not
	 * put every revision of it into words.
	 */
	private List<Entry> entries(List<?> rows, List<Field> fields, Map<Field, TreeMap<Long, Set<Object>>> collections,
			Class<?> partType, String nameField, Names names) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Object[]> revisions = rows.stream().map(Object[].class::cast).toList();
		List<Map<String, String>> worked = new ArrayList<>(Collections.nCopies(revisions.size(), null));
		IntFunction<Map<String, String>> valuesAt = index -> {
			if (index < 0 || revisions.get(index)[2] == RevisionType.DEL) {
				return Map.of();
			}
			if (worked.get(index) == null) {
				Object[] revision = revisions.get(index);
				worked.set(index,
						values(revision[0], fields, collections, ((Revision) revision[1]).getId(), names, locale));
			}
			return worked.get(index);
		};
		String part = (partType != null) ? this.messages.getMessage("history.part." + partType.getSimpleName(),
				new Object[] { shorten(latestName(revisions, valuesAt, nameField)) }, locale) : null;
		List<Entry> entries = new ArrayList<>();
		for (int index = 0; index < revisions.size(); index++) {
			Revision revision = (Revision) revisions.get(index)[1];
			RevisionType kind = (RevisionType) revisions.get(index)[2];
			int at = index;
			List<Change> changes = (kind == RevisionType.DEL) ? List.of()
					: new WorkedOutOnRead<>(() -> changes(fields, valuesAt.apply(at - 1), valuesAt.apply(at), locale));
			entries.add(new Entry(revision.getId(), revision.getChangedAt().atZone(this.clock.getZone()),
					revision.getUsername(), kind.name(), part, changes));
		}
		return entries;
	}

	/** The part's name in its latest revision that kept it. */
	private static String latestName(List<Object[]> revisions, IntFunction<Map<String, String>> valuesAt,
			String nameField) {
		for (int index = revisions.size() - 1; index >= 0; index--) {
			if (revisions.get(index)[2] != RevisionType.DEL) {
				return valuesAt.apply(index).get(nameField);
			}
		}
		return null;
	}

	/** The fields whose words differ between two revisions' values. */
	private List<Change> changes(List<Field> fields, Map<String, String> previous, Map<String, String> current,
			Locale locale) {
		List<Change> changes = new ArrayList<>();
		for (Field field : fields) {
			String before = previous.getOrDefault(field.getName(), "");
			String after = current.getOrDefault(field.getName(), "");
			if (!before.equals(after)) {
				changes.add(new Change(this.messages.getMessage("history.field." + field.getName(), null,
						field.getName(), locale), before, after));
			}
		}
		return changes;
	}

	private static String shorten(String name) {
		if (name == null) {
			return "";
		}
		return (name.length() <= 80) ? name : name.substring(0, 79).strip() + "…";
	}

	private Map<String, String> values(Object entity, List<Field> fields, Map<Field, TreeMap<Long, Set<Object>>> collections,
			long revision, Names names, Locale locale) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Field field : fields) {
			Object value;
			if (collections.containsKey(field)) {
				var upTo = collections.get(field).floorEntry(revision);
				value = (upTo != null) ? upTo.getValue() : Set.of();
			}
			else {
				try {
					value = field.get(entity);
				}
				catch (IllegalAccessException ex) {
					throw new IllegalStateException(ex);
				}
			}
			values.put(field.getName(), describe(field.getName(), value, names, locale));
		}
		return values;
	}

	private String describe(String field, Object value, Names names, Locale locale) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream()
				.map(element -> describe(field, element, names, locale))
				.sorted()
				.collect(Collectors.joining(", "));
		}
		boolean entity = this.managedTypes.get(value.getClass());
		Object id = entity ? this.entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value)
				: null;
		String name = names.of(field, entity ? id : value);
		if (name != null) {
			return name;
		}
		if (value instanceof Boolean flag) {
			return this.messages.getMessage(flag ? "history.yes" : "history.no", null, locale);
		}
		if (value instanceof Enum<?> constant) {
			return this.messages.getMessage(SelectOption.messageKey(constant), null, constant.name(), locale);
		}
		if (value instanceof LocalDate date) {
			return Formats.date(date);
		}
		if (value instanceof Instant instant) {
			return this.messages.getMessage(Formats.dayAndTime(instant.atZone(this.clock.getZone())), locale);
		}
		if (entity) {
			return this.messages.getMessage("history.reference", new Object[] { String.valueOf(id) }, locale);
		}
		return value.toString();
	}

	/**
	 * The fields Envers keeps: those of the entity's own class, without the id, the version and
	 * what is marked {@code @NotAudited}; not the {@link StampedEntity} columns of the superclass, nor
	 * the portal's own bookkeeping that means nothing to a reader ({@link #INTERNAL_FIELDS}).
	 */
	private static List<Field> auditedFields(Class<?> type) {
		List<Field> fields = new ArrayList<>();
		for (Field field : type.getDeclaredFields()) {
			if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(Id.class)
					|| field.isAnnotationPresent(Version.class) || field.isAnnotationPresent(NotAudited.class)
					|| INTERNAL_FIELDS.contains(field.getName())) {
				continue;
			}
			field.setAccessible(true);
			fields.add(field);
		}
		return fields;
	}

	/**
	 * The values of each element collection (such as an account's roles) at every revision that
	 * changed it, read from its {@code _aud} table in one statement per collection instead of one
	 * per revision.
	 */
	private Map<Field, TreeMap<Long, Set<Object>>> elementCollections(List<Field> fields, Object id) {
		Map<Field, TreeMap<Long, Set<Object>>> result = new LinkedHashMap<>();
		for (Field field : fields) {
			if (!field.isAnnotationPresent(ElementCollection.class) || !field.isAnnotationPresent(CollectionTable.class)) {
				continue;
			}
			CollectionTable table = field.getAnnotation(CollectionTable.class);
			String valueColumn = field.isAnnotationPresent(Column.class) ? field.getAnnotation(Column.class).name()
					: field.getName();
			Class<?> elementType = (Class<?>) ((java.lang.reflect.ParameterizedType) field.getGenericType())
				.getActualTypeArguments()[0];
			TreeMap<Long, Set<Object>> states = new TreeMap<>();
			Set<Object> state = new LinkedHashSet<>();
			List<Object[]> changes = this.jdbc
				.sql("select rev, revtype, " + valueColumn + " from " + table.name() + "_aud where "
						+ table.joinColumns()[0].name() + " = ? order by rev, revtype desc")
				.params(id)
				.query((rs, row) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getObject(3) })
				.list();
			for (Object[] change : changes) {
				Object value = elementType.isEnum() ? enumValue(elementType, (String) change[2]) : change[2];
				if (Objects.equals(change[1], RevisionType.DEL.getRepresentation().intValue())) {
					state.remove(value);
				}
				else {
					state.add(value);
				}
				states.put((Long) change[0], new LinkedHashSet<>(state));
			}
			result.put(field, states);
		}
		return result;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String name) {
		return Enum.valueOf((Class) type, name);
	}

	/**
	 * Names for the ids a history shows, such as a focus area's code and title for
	 * {@code focusAreaId}: the name of the field's value, or {@code null} to show the value as it
	 * is. A reference to another entity (such as a commitment's {@code focusArea}) is given as
	 * its id, so that naming it loads nothing per revision.
	 */
	@FunctionalInterface
	public interface Names {

		/** No names: every value as it is. */
		Names NONE = (field, value) -> null;

		String of(String field, Object value);

		/**
		 * Names for the fields' values from the map {@code names} reads, read when a value of one
		 * of the fields is first named: a page whose changes name none of them reads nothing for
		 * them.
		 */
		static Names whenNamed(Supplier<? extends Map<?, String>> names, String... fields) {
			Set<String> named = Set.of(fields);
			SingletonSupplier<Map<?, String>> read = SingletonSupplier.of(names::get);
			return (field, value) -> named.contains(field) ? read.obtain().get(value) : null;
		}

		/** These names, and the other's for what these do not name. */
		default Names or(Names other) {
			return (field, value) -> {
				String name = of(field, value);
				return (name != null) ? name : other.of(field, value);
			};
		}

	}

	/**
	 * One saved change: its revision number, when, by whom, whether it created, changed or
	 * deleted the record ({@code ADD}, {@code MOD}, {@code DEL}), which part of the record it
	 * was ({@code null} for the record itself; see {@link #ofParts}), and the fields it changed
	 * (of {@link #of} and {@link #ofParts}, worked out when first read).
	 */
	public record Entry(long revision, ZonedDateTime changedAt, String username, String kind, String part,
			List<Change> changes) {
	}

	/**
	 * A field from one value to another, both in words ({@code ""} for none).
	 */
	public record Change(String field, String before, String after) {
	}

	/** A list made when it is first read. */
	private static final class WorkedOutOnRead<T> extends AbstractList<T> {

		private final SingletonSupplier<List<T>> list;

		WorkedOutOnRead(Supplier<List<T>> list) {
			this.list = SingletonSupplier.of(list);
		}

		@Override
		public T get(int index) {
			return this.list.obtain().get(index);
		}

		@Override
		public int size() {
			return this.list.obtain().size();
		}

	}

}
