package no.avtaleportal.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's notices in the portal, for "Mine oppgaver" and the unread count in the header:
 * one statement each.
 */
@Service
public class InAppNotices {

	private final StoredNoticeRepository notices;

	private final MessageSource messages;

	private final Clock clock;

	private final JdbcClient jdbc;

	InAppNotices(StoredNoticeRepository notices, MessageSource messages, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.notices = notices;
		this.messages = messages;
		this.clock = clock;
	}

	/** How many of the account's notices are unread. */
	@Transactional(readOnly = true)
	public long unreadCount(long accountId) {
		// on every page, in the page's header: one plain count, without building a query from a method name
		return this.jdbc.sql("select count(*) from notification_notice where account_id = ? and read_at is null")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	/** The account's latest notices, newest first, with their titles in the language. */
	@Transactional(readOnly = true)
	public List<InAppNotice> latest(long accountId, int limit, Locale locale) {
		return this.notices.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, Limit.of(limit))
			.stream()
			.map(notice -> view(notice, locale))
			.toList();
	}

	private InAppNotice view(StoredNotice notice, Locale locale) {
		return new InAppNotice(notice.getId(), notice.getKind(), title(notice, locale), notice.getPath(),
				notice.getCreatedAt(), notice.isRead());
	}

	/**
	 * At most the limit of the account's notices for "Mine oppgaver": the unread ones first, each
	 * part newest first.
	 */
	@Transactional(readOnly = true)
	public List<InAppNotice> unreadFirst(long accountId, int limit, Locale locale) {
		return this.notices.unreadFirst(accountId, Limit.of(limit)).stream().map(notice -> view(notice, locale)).toList();
	}

	/** A page (from 0) of all the account's notices, newest first. */
	@Transactional(readOnly = true)
	public Page<InAppNotice> page(long accountId, int number, int size, Locale locale) {
		return this.notices.findByAccountIdOrderByCreatedAtDescIdDesc(accountId, PageRequest.of(number, size))
			.map(notice -> view(notice, locale));
	}

	/**
	 * Marks the account's notice read.
	 * @return where it leads, or empty when the account has no such notice
	 */
	@Transactional
	public Optional<String> open(long accountId, long noticeId) {
		return this.notices.findByIdAndAccountId(noticeId, accountId).map(notice -> {
			notice.read(this.clock.instant());
			return notice.getPath();
		});
	}

	/** Marks all the account's notices read (one statement, however many). */
	@Transactional
	public void readAll(long accountId) {
		this.notices.readAll(accountId, this.clock.instant());
	}

	String title(StoredNotice notice, Locale locale) {
		return this.messages.getMessage("notification.kind." + notice.getKind().name() + ".subject",
				notice.getArguments(), locale);
	}

}
