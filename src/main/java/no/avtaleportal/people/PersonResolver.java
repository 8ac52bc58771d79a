package no.avtaleportal.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.web.PersonMatch;
import no.avtaleportal.web.PersonMatch.Candidate;

/**
 * Whom a person field's text names ({@link no.avtaleportal.web.PersonPicker}), in one statement
 * that reads at most {@value PersonMatch#SHOWN} + 1 persons whatever the number registered: an
 * e-mail address (in any case), "Name &lt;e-mail&gt;" as the field shows a saved person (the
 * e-mail first, the name if the address has changed since), or a name, whole first (in any case),
 * else a part of it that begins a word; of these only the best kind that fits counts.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class PersonResolver {

	/** "Kari Nordmann &lt;kari@ntnu.no&gt;": the name (may be empty) and the address. */
	private static final Pattern NAME_AND_EMAIL = Pattern.compile("^(.*?)\\s*<\\s*([^<>\\s]+@[^<>\\s]+)\\s*>$");

	private static final Pattern EMAIL = Pattern.compile("^[^<>\\s]+@[^<>\\s]+$");

	private final JdbcClient jdbc;

	PersonResolver(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The persons the (non-blank) text fits, of the best kind of match only. */
	public PersonMatch resolve(String text) {
		return resolve(text, null);
	}

	/**
	 * The persons of these organisations the (non-blank) text fits, of the best kind of match
	 * only: no one when there are no organisations.
	 */
	public PersonMatch resolveAt(String text, Collection<Long> organisationIds) {
		return organisationIds.isEmpty() ? new PersonMatch(text.strip(), List.of(), false) : resolve(text, organisationIds);
	}

	private PersonMatch resolve(String text, Collection<Long> organisationIds) {
		String typed = text.strip();
		Matcher nameAndEmail = NAME_AND_EMAIL.matcher(typed);
		String email = nameAndEmail.matches() ? nameAndEmail.group(2) : EMAIL.matcher(typed).matches() ? typed : null;
		String name = nameAndEmail.matches() ? nameAndEmail.group(1).strip() : (email == null) ? typed : "";
		List<Ranked> found = this.jdbc.sql("""
				select p.id, p.name, o.short_name, p.email,
				  case when lower(p.email) = lower(cast(:email as text)) then 0
				       when lower(p.name) = lower(cast(:name as text)) then 1 else 2 end as rank
				from person p join organisation o on o.id = p.organisation_id
				where (lower(p.email) = lower(cast(:email as text))
				   or (cast(:name as text) <> '' and (lower(p.name) = lower(cast(:name as text))
				       or ' ' || lower(p.name) like '% ' || lower(cast(:part as text)) || '%' escape '\\')))
				""" + ((organisationIds != null) ? "and p.organisation_id in (:organisations)\n" : "") + """
				order by rank, p.name, o.short_name, p.id
				limit :limit""")
			.param("organisations", organisationIds)
			.param("email", email)
			.param("name", name)
			.param("part", name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.param("limit", PersonMatch.SHOWN + 1)
			.query((rs, row) -> new Ranked(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
					rs.getInt(5)))
			.list();
		List<Candidate> best = found.stream()
			.filter(ranked -> ranked.rank() == found.get(0).rank())
			.map(Ranked::candidate)
			.toList();
		return new PersonMatch(typed, best.subList(0, Math.min(best.size(), PersonMatch.SHOWN)),
				best.size() > PersonMatch.SHOWN);
	}

	/** How the fields name these persons ("Kari Nordmann &lt;kari@ntnu.no&gt;"), by id, in one statement. */
	public Map<Long, String> texts(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select p.id, p.name, p.email from person p where p.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, row) -> new Candidate(rs.getLong(1), rs.getString(2), null, rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.toMap(Candidate::id, Candidate::text));
	}

	/** How a field names the person. */
	static String text(Person person) {
		return new Candidate(person.getId(), person.getName(), null, person.getEmail()).text();
	}

	private record Ranked(Candidate candidate, int rank) {
	}

}
