package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * Something the parties do under a focus area, and optionally one of its commitments. It starts
 * planned; its status changes only through the methods below, which guard their rules: a
 * completed activity has a completion date, a cancelled one a reason. The latest status update
 * gives its current traffic light.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Activity extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String description;

	private long focusAreaId;

	private Long commitmentId;

	/** The leading party's organisation; {@code null} when the parties lead it together. */
	private Long leadOrganisationId;

	private long responsiblePersonId;

	@Enumerated(EnumType.STRING)
	private ActivityStatus status = ActivityStatus.PLANNED;

	private LocalDate startDate;

	private LocalDate dueDate;

	private LocalDate completedOn;

	private String cancelReason;

	/** Web addresses, one a line. */
	private String links;

	/** Tags, separated by commas. */
	private String tags;

	@Enumerated(EnumType.STRING)
	private Light currentLight;

	private LocalDate lastUpdateOn;

	/** The text of every status update, kept here so that one full-text index finds them too. */
	@NotAudited
	private String updateText = "";

	private boolean example;

	@ElementCollection
	@CollectionTable(name = "activity_contributor", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "person_id")
	private Set<Long> contributorIds = new LinkedHashSet<>();

	/**
	 * Each with its own history (see {@link Deliverable}). A change to the list raises the
	 * activity's version, as a change to the activity does, so that a form made before it meets
	 * the conflict page.
	 */
	@NotAudited
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Deliverable> deliverables = new ArrayList<>();

	@Version
	private long version;

	@Transient
	private final List<StatusChanged> statusChanges = new ArrayList<>();

	protected Activity() {
	}

	Activity(String title, long focusAreaId, long responsiblePersonId) {
		Assert.hasText(title, "title must not be empty");
		this.title = title.strip();
		this.description = "";
		this.links = "";
		this.tags = "";
		this.focusAreaId = focusAreaId;
		this.responsiblePersonId = responsiblePersonId;
	}

	/**
	 * Sets what the activity is about and who does it.
	 */
	void describe(String title, String description, long focusAreaId, Long commitmentId, Long leadOrganisationId,
			long responsiblePersonId, Collection<Long> contributorIds, LocalDate startDate, LocalDate dueDate,
			String links, String tags) {
		Assert.hasText(title, "title must not be empty");
		checkDates(startDate, dueDate);
		this.title = title.strip();
		this.description = (description != null) ? description.strip() : "";
		this.focusAreaId = focusAreaId;
		this.commitmentId = commitmentId;
		this.leadOrganisationId = leadOrganisationId;
		this.responsiblePersonId = responsiblePersonId;
		Set<Long> contributors = new LinkedHashSet<>(contributorIds);
		contributors.remove(responsiblePersonId);
		if (!this.contributorIds.equals(contributors)) { // the same people again leave the version as it is
			this.contributorIds.clear();
			this.contributorIds.addAll(contributors);
		}
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.links = clean(links, "\\R", "\n");
		this.tags = clean(tags, ",", ", ");
	}

	/**
	 * Carries the activity over to a successor agreement's focus area and commitment.
	 */
	void carryOverTo(long focusAreaId, Long commitmentId) {
		this.focusAreaId = focusAreaId;
		this.commitmentId = commitmentId;
	}

	private static String clean(String text, String splitRegex, String joiner) {
		if (text == null) {
			return "";
		}
		return String.join(joiner,
				Arrays.stream(text.split(splitRegex)).map(String::strip).filter(part -> !part.isEmpty()).distinct().toList());
	}

	/**
	 * The one change of status: moves the activity to the target if {@link ActivityStatus#mayMoveTo}
	 * allows it and the target's rules hold, and records the change in the activity's status
	 * history (when it is saved, see {@link StatusChanged}).
	 * @param on the day the change took effect: for {@code COMPLETED} the completion day (required,
	 * not after today, not before the start); for others a day in the past, or {@code null} for today
	 * @param reason why it is cancelled (required for {@code CANCELLED})
	 * @throws ActivityRuleException naming the field and the message of the broken rule
	 */
	void moveTo(ActivityStatus target, LocalDate on, String reason, LocalDate today) {
		if (!this.status.mayMoveTo(target)) {
			throw new ActivityRuleException("target", this.status.refusalOf(target));
		}
		switch (target) {
			case COMPLETED -> {
				if (on == null) {
					throw new ActivityRuleException("completedOn", "activity.error.completedOnRequired");
				}
				if (on.isAfter(today)) {
					throw new ActivityRuleException("completedOn", "activity.error.completedInFuture");
				}
				if (this.startDate != null && on.isBefore(this.startDate)) {
					throw new ActivityRuleException("completedOn", "activity.error.completedBeforeStart");
				}
				this.completedOn = on;
			}
			case CANCELLED -> {
				if (reason == null || reason.isBlank()) {
					throw new ActivityRuleException("reason", "activity.error.reasonRequired");
				}
				this.cancelReason = reason.strip();
			}
			default -> {
				this.completedOn = null;
				this.cancelReason = null;
			}
		}
		this.status = target;
		this.statusChanges.add(new StatusChanged(this, target, on));
	}

	/** Work has begun (or resumes after a pause): {@link #moveTo} in progress from an open status. */
	void start() {
		if (this.status.isClosed()) {
			throw new ActivityRuleException("target", "activity.error.cannotStart");
		}
		moveTo(ActivityStatus.IN_PROGRESS, null, null, null);
	}

	/** Work pauses. */
	void putOnHold() {
		moveTo(ActivityStatus.ON_HOLD, null, null, null);
	}

	/** The activity is done, on the given day (not in the future, not before it started). */
	void complete(LocalDate on, LocalDate today) {
		moveTo(ActivityStatus.COMPLETED, on, null, today);
	}

	/** The activity will not be done, for the reason given. */
	void cancel(String reason) {
		moveTo(ActivityStatus.CANCELLED, null, reason, null);
	}

	/** A completed or cancelled activity is taken up again: {@link #moveTo} in progress from a closed status. */
	void reopen() {
		if (!this.status.isClosed()) {
			throw new ActivityRuleException("target", "activity.error.cannotReopen");
		}
		moveTo(ActivityStatus.IN_PROGRESS, null, null, null);
	}

	/** The changes of status since the activity was loaded, published when it is saved. */
	@DomainEvents
	List<StatusChanged> statusChanges() {
		return List.copyOf(this.statusChanges);
	}

	@AfterDomainEventPublication
	void statusChangesRecorded() {
		this.statusChanges.clear();
	}

	/**
	 * The activity took a status on a day ({@code null}: today); {@link ActivityHistory} keeps it.
	 */
	record StatusChanged(Activity activity, ActivityStatus status, LocalDate on) {
	}

	/**
	 * The one rule of an activity's dates: it is not due before it starts.
	 * @throws ActivityRuleException on the due date when it is
	 */
	static void checkDates(LocalDate startDate, LocalDate dueDate) {
		if (startDate != null && dueDate != null && dueDate.isBefore(startDate)) {
			throw new ActivityRuleException("dueDate", "activity.error.dueBeforeStart");
		}
	}

	/**
	 * Records how the activity is going. The update with the latest date gives the current light.
	 */
	StatusUpdate report(LocalDate on, LocalDate today, Long authorPersonId, String authorName, Light light, String text) {
		if (on.isAfter(today)) {
			throw new ActivityRuleException("writtenOn", "activity.error.updateInFuture");
		}
		if (this.lastUpdateOn == null || !on.isBefore(this.lastUpdateOn)) {
			this.lastUpdateOn = on;
			this.currentLight = light;
		}
		this.updateText = this.updateText.isEmpty() ? text.strip() : this.updateText + "\n\n" + text.strip();
		return new StatusUpdate(this, on, authorPersonId, authorName, light, text);
	}

	void addDeliverable(String title, LocalDate dueDate) {
		Assert.hasText(title, "title must not be empty");
		this.deliverables.add(new Deliverable(this, this.deliverables.size(), title.strip(), dueDate));
	}

	/**
	 * The deliverable at the position (from 0) is delivered. Putting it back in its place marks
	 * the list as changed, which raises the activity's version.
	 */
	void markDelivered(int index) {
		Deliverable deliverable = this.deliverables.get(index);
		deliverable.markDone();
		this.deliverables.set(index, deliverable);
	}

	/** The deliverable at the position (from 0) gets another title. */
	void renameDeliverable(int index, String title) {
		Assert.hasText(title, "title must not be empty");
		Deliverable deliverable = this.deliverables.get(index);
		deliverable.rename(title.strip());
		this.deliverables.set(index, deliverable);
	}

	/** The deliverable at the position (from 0) is no longer part of the activity. */
	void removeDeliverable(int index) {
		this.deliverables.remove(index);
		for (int position = index; position < this.deliverables.size(); position++) {
			this.deliverables.get(position).placeAt(position);
		}
	}

	void markAsExample() {
		this.example = true;
	}

	/** Not closed and past its due date. */
	public boolean isOverdueOn(LocalDate today) {
		return !this.status.isClosed() && this.dueDate != null && this.dueDate.isBefore(today);
	}

	public boolean involves(Long personId) {
		return personId != null && (personId == this.responsiblePersonId || this.contributorIds.contains(personId));
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public long getFocusAreaId() {
		return this.focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public Long getLeadOrganisationId() {
		return this.leadOrganisationId;
	}

	public long getResponsiblePersonId() {
		return this.responsiblePersonId;
	}

	public ActivityStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public List<String> getLinks() {
		return this.links.isEmpty() ? List.of() : List.of(this.links.split("\n"));
	}

	public String getLinksText() {
		return this.links;
	}

	public List<String> getTags() {
		return this.tags.isEmpty() ? List.of() : List.of(this.tags.split(", "));
	}

	public String getTagsText() {
		return this.tags;
	}

	public Light getCurrentLight() {
		return this.currentLight;
	}

	public LocalDate getLastUpdateOn() {
		return this.lastUpdateOn;
	}

	public boolean isExample() {
		return this.example;
	}

	public Set<Long> getContributorIds() {
		return Set.copyOf(this.contributorIds);
	}

	public List<Deliverable> getDeliverables() {
		return List.copyOf(this.deliverables);
	}

	public long getVersion() {
		return this.version;
	}

}
