package no.avtaleportal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The person fields of a form, which never list everyone: the user types a name or an e-mail
 * address ({@code fragments/forms :: personField}), or one a line (the same with rows), and the
 * server looks up whom it names. A text that fits no one is rejected naming it; one that fits
 * several is rejected with the candidates offered as radio buttons in the form
 * ({@code picks[field]}, or {@code picks[field-line]} for a line counted from 0), so the user
 * chooses one and saves again; a choice counts only among the candidates of the text it was
 * offered for. What the user typed stays in the field. The picker goes to the model
 * ({@value #MODEL_ATTRIBUTE}) for the form to show each field's matches.
 */
public final class PersonPicker {

	/** The model attribute with the picker of the form's person fields. */
	public static final String MODEL_ATTRIBUTE = "personPicker";

	private final Function<String, PersonMatch> resolver;

	private final Map<String, Long> picks;

	private final BindingResult result;

	private final Map<String, List<PersonMatch>> matches = new LinkedHashMap<>();

	/**
	 * @param resolver whom a (non-blank) text names, among those the user may choose
	 * @param form the form, with the choices among candidates it sent
	 */
	public PersonPicker(Function<String, PersonMatch> resolver, PersonPicks form, BindingResult result, Model model) {
		this.resolver = resolver;
		this.picks = (form.getPicks() != null) ? form.getPicks() : Map.of();
		this.result = result;
		model.addAttribute(MODEL_ATTRIBUTE, this);
	}

	/**
	 * The person the field names: {@code null} when it is blank (whether it may be is for Bean
	 * Validation to say) or when it names no one or several (then the field is rejected).
	 */
	public Long one(String field, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		PersonMatch match = match(field, field, typed.strip());
		this.matches.put(field, List.of(match));
		return match.personId();
	}

	/**
	 * The persons the field names, one a line in order, blank lines and repeats left out; the
	 * field is rejected once for every line that names no one or several.
	 */
	public List<Long> lines(String field, String typed) {
		List<PersonMatch> lines = new ArrayList<>();
		for (String line : (typed != null) ? typed.split("\\R") : new String[0]) {
			if (!line.isBlank()) {
				lines.add(match(field, field + "-" + lines.size(), line.strip()));
			}
		}
		this.matches.put(field, lines);
		return lines.stream().map(PersonMatch::personId).filter(Objects::nonNull).distinct().toList();
	}

	/** The field's matches, one a line; empty when it was not checked or blank. */
	public List<PersonMatch> matches(String field) {
		return this.matches.getOrDefault(field, List.of());
	}

	/**
	 * What the field shows: what was typed, with a chosen candidate's text in place of the text
	 * it was chosen for; {@code null} when the field was not checked.
	 */
	public String text(String field) {
		List<PersonMatch> lines = this.matches.get(field);
		return (lines != null) ? lines.stream().map(PersonMatch::text).collect(Collectors.joining("\n")) : null;
	}

	private PersonMatch match(String field, String key, String text) {
		PersonMatch match = this.resolver.apply(text).choose(this.picks.get(key));
		if (match.more()) {
			this.result.rejectValue(field, "person.error.tooMany", new Object[] { text, PersonMatch.SHOWN }, null);
		}
		else if (match.several()) {
			this.result.rejectValue(field, "person.error.several", new Object[] { text }, null);
		}
		else if (!match.found()) {
			this.result.rejectValue(field, "person.error.none", new Object[] { text }, null);
		}
		return match;
	}

}
