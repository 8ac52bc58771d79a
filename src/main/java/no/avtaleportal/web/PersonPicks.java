package no.avtaleportal.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A form with person fields ({@link PersonPicker}): besides what the user typed, it carries the
 * choices made among the candidates offered for a text, by field ({@code picks[field]}) or by
 * field and line ({@code picks[field-line]}).
 */
public abstract class PersonPicks {

	private Map<String, Long> picks = new HashMap<>();

	public Map<String, Long> getPicks() {
		return this.picks;
	}

	public void setPicks(Map<String, Long> picks) {
		this.picks = picks;
	}

}
