package no.avtaleportal.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.StringUtils;

import no.avtaleportal.account.AccountHolders;
import no.avtaleportal.account.AccountHolders.Holder;

/**
 * Handles each {@link Notice} once its publisher's transaction has committed, in a transaction
 * of its own; until it completes, the notice waits in the event publication registry and is
 * handed to it again (see {@link IncompleteNotices}). Each recipient gets the notice in the portal,
 * and a mail at once or in the weekly digest as they chose; the mails go out after this
 * transaction has committed.
 */
@Component
class NoticeHandler {

	private final AccountHolders accounts;

	private final NotificationSettings settings;

	private final StoredNoticeRepository notices;

	private final DeliveryRepository deliveries;

	private final MailComposer composer;

	private final MailDeliveries mail;

	private final Clock clock;

	NoticeHandler(AccountHolders accounts, NotificationSettings settings, StoredNoticeRepository notices,
			DeliveryRepository deliveries, MailComposer composer, MailDeliveries mail, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.notices = notices;
		this.deliveries = deliveries;
		this.composer = composer;
		this.mail = mail;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(Notice notice) {
		Instant now = this.clock.instant();
		if (notice.onceKey() != null && !this.settings.takeOnce(notice.onceKey(), now)) {
			return;
		}
		List<Long> queued = new ArrayList<>();
		for (Holder holder : this.accounts.holders(notice.personIds(), notice.accountIds())) {
			DeliveryChoice choice = this.settings.choice(holder.accountId(), holder.roles(), notice.kind());
			boolean mailable = StringUtils.hasText(holder.email());
			this.notices.save(new StoredNotice(holder.accountId(), notice, now, mailable && choice == DeliveryChoice.WEEKLY));
			if (mailable && choice == DeliveryChoice.IMMEDIATE) {
				MailContent content = this.composer.compose(new MailComposer.Recipient(holder.accountId(), holder.name(),
						holder.email(), this.settings.language(holder.accountId())), notice);
				queued.add(this.deliveries.save(new Delivery(holder.accountId(), notice.kind(), content, now)).getId());
			}
		}
		afterCommit(() -> this.mail.send(queued));
	}

	static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}

}
