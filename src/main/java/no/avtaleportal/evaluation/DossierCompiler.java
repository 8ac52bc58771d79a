package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import no.avtaleportal.activity.ActivityRecords;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.Agreements.Topic;
import no.avtaleportal.document.SharedDocuments;
import no.avtaleportal.evaluation.Dossier.ActivityLine;
import no.avtaleportal.evaluation.Dossier.CommitmentPart;
import no.avtaleportal.evaluation.Dossier.UpdateLine;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.meeting.MeetingDecisions.GroupRecord;

/**
 * Compiles the dossier from what the activities, meetings and documents features tell, and turns
 * it into JSON and back for keeping.
 */
@Component
class DossierCompiler {

	private final Agreements agreements;

	private final ActivityRecords activities;

	private final MeetingDecisions meetings;

	private final SharedDocuments documents;

	private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

	DossierCompiler(Agreements agreements, ActivityRecords activities, MeetingDecisions meetings,
			SharedDocuments documents) {
		this.agreements = agreements;
		this.activities = activities;
		this.meetings = meetings;
		this.documents = documents;
	}

	/** The dossier of the period, with the status updates' texts: what the decision freezes. */
	Dossier compile(long agreementId, LocalDate from, LocalDate to, LocalDate today) {
		return compile(agreementId, from, to, today,
				areas(agreementId, focusAreaIds -> this.activities.of(focusAreaIds, from, to)));
	}

	/**
	 * The dossier of the period with the status updates counted, not read: what the evaluation's
	 * page shows of it.
	 */
	Dossier counted(long agreementId, LocalDate from, LocalDate to, LocalDate today) {
		return compile(agreementId, from, to, today, countedAreas(agreementId, from, to));
	}

	private Dossier compile(long agreementId, LocalDate from, LocalDate to, LocalDate today, List<Dossier.Area> areas) {
		Map<Long, String> codes = areas.stream().collect(Collectors.toMap(Dossier.Area::id, Dossier.Area::code));
		GroupRecord record = this.meetings.recordOf(agreementId, from, to);
		Dossier.Group group = new Dossier.Group(record.minimumPerYear(),
				record.years()
					.stream()
					.map(year -> new Dossier.YearLine(year.year(), year.held(), year.minimum(), !year.partOfYear()))
					.toList(),
				record.memberSeats(), record.membersPresent(),
				record.decisions()
					.stream()
					.map(decision -> new Dossier.DecisionLine(decision.number(), decision.meetingDay(), decision.text()))
					.toList(),
				record.actionItems(), record.actionItemsDone(), record.actionItemsOverdue());
		List<Dossier.SharedDocument> shared = this.documents.of(agreementId, from, to)
			.stream()
			.map(document -> new Dossier.SharedDocument(document.title(), document.date(),
					(document.focusAreaId() != null) ? codes.get(document.focusAreaId()) : null))
			.toList();
		return new Dossier(from, to, today, areas, group, shared);
	}

	/**
	 * The dossier's focus areas alone, with their commitments' activities and those under none, as the
	 * period stood on its last day, the status updates counted, not read: what the evaluation's page
	 * shows, and the pages of the dossier's activities, which read the texts of the activities they
	 * show ({@link #updates}).
	 */
	List<Dossier.Area> countedAreas(long agreementId, LocalDate from, LocalDate to) {
		return areas(agreementId, focusAreaIds -> this.activities.counted(focusAreaIds, from, to));
	}

	/** The status updates written in the period on each of these activities, oldest first. */
	Map<Long, List<UpdateLine>> updates(Collection<Long> activityIds, LocalDate from, LocalDate to) {
		Map<Long, List<UpdateLine>> lines = new HashMap<>();
		this.activities.updates(activityIds, from, to)
			.forEach((id, updates) -> lines.put(id, updates.stream()
				.map(update -> new UpdateLine(update.writtenOn(), update.light(), update.text()))
				.toList()));
		return lines;
	}

	/** The focus areas' part, with their activities as read for the focus areas' ids. */
	private List<Dossier.Area> areas(long agreementId,
			Function<Set<Long>, List<ActivityRecords.Record>> activitiesUnder) {
		List<Topic> topics = this.agreements.topics(agreementId);
		Map<Long, Topic> areas = new LinkedHashMap<>();
		topics.stream().filter(Topic::focusArea).forEach(topic -> areas.put(topic.id(), topic));
		Map<Long, List<ActivityRecords.Record>> byArea = activitiesUnder.apply(areas.keySet())
			.stream()
			.collect(Collectors.groupingBy(ActivityRecords.Record::focusAreaId));
		List<Dossier.Area> areaParts = new ArrayList<>();
		for (Topic area : areas.values()) {
			List<ActivityRecords.Record> records = byArea.getOrDefault(area.id(), List.of());
			List<CommitmentPart> commitments = new ArrayList<>();
			List<Topic> ofArea = topics.stream()
				.filter(topic -> !topic.focusArea() && topic.code().equals(area.code()))
				.toList();
			for (int i = 0; i < ofArea.size(); i++) {
				Topic commitment = ofArea.get(i);
				commitments.add(new CommitmentPart(area.code() + (i + 1),
						commitment.label().substring(area.code().length() + 2),
						records.stream().filter(r -> Long.valueOf(commitment.id()).equals(r.commitmentId()))
							.map(DossierCompiler::line)
							.toList()));
			}
			List<ActivityLine> other = records.stream()
				.filter(r -> r.commitmentId() == null
						|| ofArea.stream().noneMatch(topic -> topic.id() == r.commitmentId()))
				.map(DossierCompiler::line)
				.toList();
			areaParts.add(new Dossier.Area(area.id(), area.code(), area.label().substring(area.code().length() + 1),
					commitments, other));
		}
		return areaParts;
	}

	private static ActivityLine line(ActivityRecords.Record record) {
		return new ActivityLine(record.id(), record.title(), record.status(), record.light(), record.dueDate(),
				record.deliverables(), record.deliverablesDone(), record.updateCount(),
				record.updates()
					.stream()
					.map(update -> new UpdateLine(update.writtenOn(), update.light(), update.text()))
					.toList());
	}

	String toJson(Dossier dossier) {
		return this.json.writeValueAsString(dossier);
	}

	Dossier fromJson(String json) {
		return this.json.readValue(json, Dossier.class);
	}

}
