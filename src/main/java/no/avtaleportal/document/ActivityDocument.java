package no.avtaleportal.document;

import java.time.LocalDate;

/**
 * A document as an activity's page lists it: its title and file name, and the day it is dated
 * (public: the template reads it).
 */
public record ActivityDocument(long id, String title, String fileName, LocalDate documentDate) {
}
