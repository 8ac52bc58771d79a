package no.avtaleportal.meeting;

/**
 * Whether someone attended. Labels: {@code Presence.<NAME>}.
 */
enum Presence {

	INVITED, PRESENT, ABSENT, REGRETS

}
