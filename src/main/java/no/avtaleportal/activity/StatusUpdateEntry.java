package no.avtaleportal.activity;

import java.time.LocalDate;

/**
 * A status update as the activity's page lists it in its history: read for the page as plain values,
 * not as the entity ({@link StatusUpdate}). Public, as what a template reads must be (its Spring EL is
 * compiled).
 */
public record StatusUpdateEntry(long id, LocalDate writtenOn, String authorName, Light light, String text) {
}
