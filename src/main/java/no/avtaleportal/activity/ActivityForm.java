package no.avtaleportal.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.PersonPicks;
import no.avtaleportal.web.VersionedForm;

/**
 * An activity as its form edits it. {@code lead} is an organisation's id or
 * {@link ActivityFilter#JOINT}. The people are typed (a name or e-mail address; the contributors
 * one a line) and the controller sets the ids they name ({@link no.avtaleportal.web.PersonPicker}).
 */
public class ActivityForm extends PersonPicks implements VersionedForm {

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 20000)
	private String description;

	@NotNull
	private Long focusAreaId;

	private Long commitmentId;

	@NotBlank
	private String lead;

	@NotBlank
	@Size(max = 600)
	private String responsiblePerson;

	private Long responsiblePersonId;

	@Size(max = 20000)
	private String contributors;

	private List<Long> contributorIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startDate;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueDate;

	@Size(max = 4000)
	private String links;

	@Size(max = 500)
	private String tags;

	private long version;

	/** The form of the activity as saved, with the persons' texts ({@code PersonResolver.texts}) by id. */
	static ActivityForm from(Activity activity, Map<Long, String> persons) {
		ActivityForm form = new ActivityForm();
		form.title = activity.getTitle();
		form.description = activity.getDescription();
		form.focusAreaId = activity.getFocusAreaId();
		form.commitmentId = activity.getCommitmentId();
		form.lead = (activity.getLeadOrganisationId() != null) ? activity.getLeadOrganisationId().toString()
				: ActivityFilter.JOINT;
		form.responsiblePersonId = activity.getResponsiblePersonId();
		form.responsiblePerson = persons.get(form.responsiblePersonId);
		form.contributorIds = new ArrayList<>(activity.getContributorIds());
		form.contributors = form.contributorIds.stream()
			.map(persons::get)
			.filter(Objects::nonNull)
			.collect(Collectors.joining("\n"));
		form.startDate = activity.getStartDate();
		form.dueDate = activity.getDueDate();
		form.links = activity.getLinksText();
		form.tags = activity.getTagsText();
		form.version = activity.getVersion();
		return form;
	}

	/**
	 * A new activity's form: under the focus area asked for (if any), led by the user's
	 * organisation (or jointly), with the user (named by the text) responsible.
	 */
	static ActivityForm startedBy(Long focusAreaId, Long organisationId, String person) {
		ActivityForm form = new ActivityForm();
		form.focusAreaId = focusAreaId;
		form.lead = (organisationId != null) ? organisationId.toString() : ActivityFilter.JOINT;
		form.responsiblePerson = person;
		return form;
	}

	/** The new activity the form describes. */
	Activity create() {
		Activity activity = new Activity(this.title, this.focusAreaId, this.responsiblePersonId);
		applyTo(activity);
		return activity;
	}

	/** The leading organisation's id; {@code null} when the parties lead together. */
	Long leadOrganisationId() {
		return (this.lead == null || ActivityFilter.JOINT.equals(this.lead) || !this.lead.matches("\\d{1,18}")) ? null
				: Long.valueOf(this.lead);
	}

	void applyTo(Activity activity) {
		activity.describe(this.title, this.description, this.focusAreaId, this.commitmentId, leadOrganisationId(),
				this.responsiblePersonId, (this.contributorIds != null) ? this.contributorIds : List.of(), this.startDate,
				this.dueDate, this.links, this.tags);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getFocusAreaId() {
		return this.focusAreaId;
	}

	public void setFocusAreaId(Long focusAreaId) {
		this.focusAreaId = focusAreaId;
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public void setCommitmentId(Long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public String getLead() {
		return this.lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public String getResponsiblePerson() {
		return this.responsiblePerson;
	}

	public void setResponsiblePerson(String responsiblePerson) {
		this.responsiblePerson = responsiblePerson;
	}

	public Long getResponsiblePersonId() {
		return this.responsiblePersonId;
	}

	public void setResponsiblePersonId(Long responsiblePersonId) {
		this.responsiblePersonId = responsiblePersonId;
	}

	public List<Long> getContributorIds() {
		return this.contributorIds;
	}

	public void setContributorIds(List<Long> contributorIds) {
		this.contributorIds = contributorIds;
	}

	public String getContributors() {
		return this.contributors;
	}

	public void setContributors(String contributors) {
		this.contributors = contributors;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public String getLinks() {
		return this.links;
	}

	public void setLinks(String links) {
		this.links = links;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
