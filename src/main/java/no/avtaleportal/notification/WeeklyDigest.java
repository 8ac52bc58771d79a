package no.avtaleportal.notification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.AccountHolders.Holder;

/**
 * The weekly digest: on Monday morning ({@code avtaleportal.notifications.digest-cron}, 07.00),
 * one mail to each person with the notices they chose to get weekly since the last one, each
 * with its link. Once a week per person, on one instance.
 */
@Component
class WeeklyDigest {

	private final StoredNoticeRepository notices;

	private final AccountHolders accounts;

	private final NotificationSettings settings;

	private final InAppNotices titles;

	private final MailComposer composer;

	private final DeliveryRepository deliveries;

	private final MailDeliveries mail;

	private final TransactionTemplate transactions;

	private final Clock clock;

	WeeklyDigest(StoredNoticeRepository notices, AccountHolders accounts, NotificationSettings settings,
			InAppNotices titles, MailComposer composer, DeliveryRepository deliveries, MailDeliveries mail,
			TransactionTemplate transactions, Clock clock) {
		this.notices = notices;
		this.accounts = accounts;
		this.settings = settings;
		this.titles = titles;
		this.composer = composer;
		this.deliveries = deliveries;
		this.mail = mail;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${avtaleportal.notifications.digest-cron:0 0 7 * * MON}", zone = "Europe/Oslo")
	@SchedulerLock(name = "notification-digest")
	void send() {
		LocalDate today = LocalDate.now(this.clock);
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		List<Long> accountIds = this.notices.accountsWithDigestPending();
		for (Holder holder : this.accounts.holders(List.of(), accountIds)) {
			Long queued = this.transactions.execute(status -> digest(holder, week));
			if (queued != null) {
				this.mail.send(queued);
			}
		}
	}

	private Long digest(Holder holder, String week) {
		List<StoredNotice> pending = this.notices.findByAccountIdAndDigestPendingTrueOrderByCreatedAt(holder.accountId());
		if (pending.isEmpty() || !StringUtils.hasText(holder.email())
				|| !this.settings.takeOnce("digest:" + holder.accountId() + ":" + week, this.clock.instant())) {
			return null;
		}
		MailComposer.Recipient recipient = new MailComposer.Recipient(holder.accountId(), holder.name(), holder.email(),
				this.settings.language(holder.accountId()));
		List<MailComposer.DigestLine> lines = pending.stream()
			.map(notice -> new MailComposer.DigestLine(this.titles.title(notice, recipient.language()), notice.getPath()))
			.toList();
		pending.forEach(StoredNotice::digested);
		return this.deliveries
			.save(new Delivery(holder.accountId(), pending.get(0).getKind(), this.composer.digest(recipient, lines),
					this.clock.instant()))
			.getId();
	}

}
