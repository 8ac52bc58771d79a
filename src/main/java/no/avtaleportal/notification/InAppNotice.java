package no.avtaleportal.notification;

import java.time.Instant;

/**
 * A notice as its holder sees it in the portal.
 *
 * @param id to open it ({@code POST /notices/{id}/open} marks it read and leads to its path)
 * @param kind what it is about
 * @param title its title in the reader's language
 * @param path where it leads
 * @param createdAt when it came
 * @param read whether the holder has opened it
 */
public record InAppNotice(long id, NoticeKind kind, String title, String path, Instant createdAt, boolean read) {
}
