package no.avtaleportal.web;

import java.util.List;

/**
 * What a person field's text names: the persons it fits, best first, at most {@value #SHOWN} of
 * them ({@code more} when still more fit). It names a person when exactly one fits. See
 * {@link PersonPicker} for the forms that use it.
 *
 * @param text what the field shows: what the user wrote, or the chosen person's text once a
 * candidate is picked
 * @param candidates the persons that fit, best first
 * @param more whether more than {@value #SHOWN} persons fit, so that the text must be more exact
 */
public record PersonMatch(String text, List<Candidate> candidates, boolean more) {

	/** The most candidates a form offers to choose from. */
	public static final int SHOWN = 10;

	/** Whether the text names one person. */
	public boolean found() {
		return this.candidates.size() == 1 && !this.more;
	}

	/** Whether the text fits several persons, so that the user must choose or write more. */
	public boolean several() {
		return this.candidates.size() > 1 || this.more;
	}

	/** The id of the person the text names, or {@code null}. */
	public Long personId() {
		return found() ? this.candidates.get(0).id() : null;
	}

	/**
	 * This match settled by the user's choice among its candidates: the chosen one, shown by their
	 * text; the same match when there was nothing to choose or the choice is not a candidate.
	 */
	public PersonMatch choose(Long id) {
		if (id == null || !several() || this.more) {
			return this;
		}
		return this.candidates.stream()
			.filter(candidate -> candidate.id() == id)
			.findFirst()
			.map(candidate -> new PersonMatch(candidate.text(), List.of(candidate), false))
			.orElse(this);
	}

	/**
	 * A person a text fits, as a form offers them: name, organisation (short name) and e-mail
	 * address (may be {@code null}).
	 */
	public record Candidate(long id, String name, String organisation, String email) {

		/** How a field names the person: "Kari Nordmann &lt;kari@ntnu.no&gt;", or the name alone. */
		public String text() {
			return (this.email != null) ? this.name + " <" + this.email + ">" : this.name;
		}

	}

}
