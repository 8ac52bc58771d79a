package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.springframework.util.Assert;

import no.avtaleportal.audit.StampedEntity;

/**
 * An agreement between two or more parties: what it is, when it was signed, and its term. The end
 * date, the days left and the status are computed from the dates and decisions, never stored.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Agreement extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The key of the file it was imported from, so that a second import finds it. */
	private String importKey;

	private String title;

	private String subject;

	@Enumerated(EnumType.STRING)
	private AgreementKind kind;

	private String preamble;

	private LocalDate signedOn;

	private String signedPlace;

	private LocalDate startDate;

	private int termMonths;

	private boolean extensionAllowed;

	/** The dates are known only roughly ("autumn 2021"). */
	private boolean approximateDates;

	private LocalDate evaluationFrom;

	private LocalDate evaluationTo;

	private LocalDate terminatedOn;

	/** The months of every extension decided, read with the agreement (for its term as it stands). */
	@org.hibernate.annotations.Formula("(select coalesce(sum(e.months), 0) from agreement_extension e where e.agreement_id = id)")
	@NotAudited
	private int extendedMonths;

	@ManyToOne(fetch = FetchType.LAZY)
	private Agreement predecessor;

	@OneToMany(mappedBy = "agreement")
	@NotAudited
	private List<AgreementExtension> extensions = new ArrayList<>();

	@Version
	private long version;

	protected Agreement() {
	}

	Agreement(String importKey, String title, AgreementKind kind, LocalDate startDate, int termMonths) {
		this.importKey = importKey;
		describe(title, null, kind, null);
		changeTerm(startDate, termMonths, false, false);
	}

	void describe(String title, String subject, AgreementKind kind, String preamble) {
		Assert.hasText(title, "title must not be empty");
		Assert.notNull(kind, "kind must not be null");
		this.title = title.strip();
		this.subject = blankToNull(subject);
		this.kind = kind;
		this.preamble = blankToNull(preamble);
	}

	void sign(LocalDate signedOn, String signedPlace) {
		this.signedOn = signedOn;
		this.signedPlace = blankToNull(signedPlace);
	}

	void changeTerm(LocalDate startDate, int termMonths, boolean extensionAllowed, boolean approximateDates) {
		Assert.notNull(startDate, "startDate must not be null");
		Assert.isTrue(termMonths > 0, "the term must be at least one month");
		this.startDate = startDate;
		this.termMonths = termMonths;
		this.extensionAllowed = extensionAllowed;
		this.approximateDates = approximateDates;
	}

	void planEvaluation(LocalDate from, LocalDate to) {
		Assert.isTrue(from == null || to == null || !to.isBefore(from), "the evaluation must not end before it starts");
		this.evaluationFrom = from;
		this.evaluationTo = to;
	}

	void replaces(Agreement predecessor) {
		Assert.isTrue(predecessor == null || predecessor != this, "an agreement cannot replace itself");
		this.predecessor = predecessor;
	}

	/**
	 * The one way to extend the term: by the months the parties decided on the day (with a note,
	 * or the number of the steering group's decision).
	 * @throws ExtensionNotAllowedException when the agreement does not allow extension
	 */
	AgreementExtension extend(int months, LocalDate decidedOn, String note, String decisionNumber) {
		if (!this.extensionAllowed) {
			throw new ExtensionNotAllowedException(this.id);
		}
		return new AgreementExtension(this, months, decidedOn, note, decisionNumber);
	}

	void terminate(LocalDate on) {
		this.terminatedOn = on;
	}

	/**
	 * The last day of the original term: the day before the start plus the term.
	 */
	public LocalDate getOriginalEndDate() {
		return view().originalEndDate();
	}

	/**
	 * The last day of the term with every extension added.
	 */
	public LocalDate getEndDate() {
		return view().endDate();
	}

	/**
	 * The last day of the term as it stood on the day: with the extensions decided by then.
	 */
	public LocalDate endDateOn(LocalDate day) {
		return view().endDateOn(day);
	}

	/**
	 * The term as it stands: from the start to the end date with every extension decided so far
	 * (or to the day before it was terminated), without loading the extensions.
	 */
	public Term currentTerm() {
		return Term.of(this.startDate, this.termMonths, this.extendedMonths, this.terminatedOn);
	}

	/**
	 * The end date the agreement would have with a further extension by the months.
	 */
	public LocalDate endDateExtendedBy(int months) {
		return view().endDateExtendedBy(months);
	}

	/**
	 * Where the agreement stands on the day, given when its successor (if any) starts (the rule is
	 * {@link AgreementView#statusOn}'s, which the pages read without an entity).
	 */
	public AgreementStatus statusOn(LocalDate day, LocalDate successorStart) {
		return view().statusOn(day, successorStart);
	}

	/**
	 * The expiry warning on the day: six, three or one month before the end date while the
	 * agreement is in force (given when its successor, if any, starts).
	 */
	public ExpiryNotice expiryNoticeOn(LocalDate day, LocalDate successorStart) {
		return view().expiryNoticeOn(day, successorStart);
	}

	/**
	 * What the agreement's own dates require of the parties on the day.
	 */
	public AgreementDeadlines deadlinesOn(LocalDate day, LocalDate successorStart) {
		return view().deadlinesOn(day, successorStart);
	}

	/**
	 * Days from the day until the end date (0 on the last day), or {@code null} once it has ended.
	 */
	public Long daysLeftOn(LocalDate day) {
		return view().daysLeftOn(day);
	}

	/** The agreement as it stands now, whose rules these are (with id 0 before it is saved). */
	AgreementView view() {
		return new AgreementView((this.id != null) ? this.id : 0, this.title, this.startDate, this.termMonths,
				this.evaluationFrom, this.evaluationTo, this.terminatedOn, this.extensionAllowed,
				getExtensions().stream().map(AgreementView.ExtensionView::of).toList(), this.signedOn,
				this.approximateDates);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getImportKey() {
		return this.importKey;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSubject() {
		return this.subject;
	}

	public AgreementKind getKind() {
		return this.kind;
	}

	public String getPreamble() {
		return this.preamble;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public String getSignedPlace() {
		return this.signedPlace;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public int getTermMonths() {
		return this.termMonths;
	}

	public boolean isExtensionAllowed() {
		return this.extensionAllowed;
	}

	public boolean isApproximateDates() {
		return this.approximateDates;
	}

	public LocalDate getEvaluationFrom() {
		return this.evaluationFrom;
	}

	public LocalDate getEvaluationTo() {
		return this.evaluationTo;
	}

	public LocalDate getTerminatedOn() {
		return this.terminatedOn;
	}

	public Agreement getPredecessor() {
		return this.predecessor;
	}

	/** The extensions in the order they were decided. */
	public List<AgreementExtension> getExtensions() {
		return this.extensions.stream().sorted(Comparator.comparing(AgreementExtension::getDecidedOn)).toList();
	}

	/** The extensions decided by the day, in the order they were decided. */
	public List<AgreementExtension> extensionsDecidedBy(LocalDate day) {
		return getExtensions().stream().filter(extension -> !extension.getDecidedOn().isAfter(day)).toList();
	}

	List<AgreementExtension> extensions() {
		return this.extensions;
	}

	public long getVersion() {
		return this.version;
	}

}
