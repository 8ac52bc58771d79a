package no.avtaleportal.notification;

/**
 * How a person wants a kind of notice by e-mail. The notice is in the portal in every case.
 * Labels: {@code DeliveryChoice.<NAME>}.
 */
public enum DeliveryChoice {

	/** A mail at once. */
	IMMEDIATE,
	/** In one mail on Monday morning with what is new. */
	WEEKLY,
	/** No mail. */
	NEVER

}
