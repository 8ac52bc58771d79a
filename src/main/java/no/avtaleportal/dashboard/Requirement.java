package no.avtaleportal.dashboard;

import java.util.List;

/**
 * One thing the agreement requires, checked on the dashboard's day: its state in words, what it
 * means, and where to act on it.
 *
 * @param topic message key of what is checked (e.g. {@code dashboard.rule.evaluation})
 * @param state how it stands
 * @param message message key of the explanation
 * @param arguments the explanation's arguments
 * @param link where to act on it, relative to the portal
 * @param linkKey message key of the link's words
 */
public record Requirement(String topic, State state, String message, List<Object> arguments, String link, String linkKey) {

	/** A requirement whose link reads as its topic's ({@code <topic>.link}). */
	Requirement(String topic, State state, String message, List<Object> arguments, String link) {
		this(topic, state, message, arguments, link, topic + ".link");
	}

	/** How a requirement stands, always shown with its word (message key {@code Requirement.State.<NAME>}). */
	enum State {

		/** Nothing to do. */
		MET,

		/** Worth knowing; nothing to do yet. */
		INFORMATION,

		/** Due now. */
		DUE,

		/** Late or missed. */
		OVERDUE

	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
