package no.avtaleportal.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.avtaleportal.agreement.Agreements.SteeringGroupFacts;
import no.avtaleportal.notification.Notice;
import no.avtaleportal.notification.NoticeKind;
import no.avtaleportal.web.Formats;

/**
 * The agreement's own dates as reminders (issue 18), every morning
 * ({@code avtaleportal.notifications.agreement-reminders-cron}, 06.10, on one instance): the
 * evaluation window opening, and expiry six, three and one month ahead, to each steering group's
 * members and secretary. Each goes once (its key names the agreement, the date and the step).
 */
@Component
class AgreementNotices {

	private static final ZoneId OSLO = Formats.OSLO;

	private final Agreements agreements;

	private final AgreementRepository repository;

	private final SteeringGroupPeople people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementNotices(Agreements agreements, AgreementRepository repository, SteeringGroupPeople people,
			ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.repository = repository;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${avtaleportal.notifications.agreement-reminders-cron:0 10 6 * * *}", zone = "Europe/Oslo")
	@SchedulerLock(name = "agreement-reminders")
	@Transactional
	void remind() {
		LocalDate today = LocalDate.now(this.clock.withZone(OSLO));
		List<SteeringGroupFacts> groups = this.agreements.steeringGroups();
		List<Long> ids = groups.stream().map(SteeringGroupFacts::agreementId).toList();
		Map<Long, Agreement> byId = this.repository.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(Agreement::getId, Function.identity()));
		Map<Long, LocalDate> successorStarts = this.repository.findSuccessors(ids.toArray(Long[]::new))
			.stream()
			.filter(successor -> successor.getStartDate() != null)
			.collect(Collectors.toMap(successor -> successor.getPredecessor().getId(), Agreement::getStartDate,
					(first, second) -> first));
		for (SteeringGroupFacts group : groups) {
			Agreement agreement = byId.get(group.agreementId());
			remind(group, agreement, today, successorStarts.get(agreement.getId()));
		}
	}

	private void remind(SteeringGroupFacts group, Agreement agreement, LocalDate today, LocalDate successorStart) {
		var recipients = this.people.on(group, today).everyone();
		ExpiryNotice expiry = agreement.expiryNoticeOn(today, successorStart);
		if (expiry != ExpiryNotice.NONE) {
			LocalDate end = agreement.endDateOn(today);
			this.events.publishEvent(Notice
				.toPeople(NoticeKind.AGREEMENT_EXPIRY, recipients, "/agreements/" + agreement.getId(),
						agreement.getTitle(), Formats.date(end), String.valueOf(expiry.months()))
				.once("agreement-expiry:" + agreement.getId() + ":" + end + ":" + expiry.months()));
		}
		LocalDate from = agreement.getEvaluationFrom();
		LocalDate to = agreement.getEvaluationTo();
		if (from != null && to != null && !today.isBefore(from) && !today.isAfter(to)) {
			this.events.publishEvent(Notice
				.toPeople(NoticeKind.EVALUATION_WINDOW, recipients, "/agreements/" + agreement.getId() + "/evaluation",
						agreement.getTitle(), Formats.date(from), Formats.date(to))
				.once("evaluation-window:" + agreement.getId() + ":" + from));
		}
	}

}
