package no.avtaleportal.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import no.avtaleportal.account.SignedInUser;
import no.avtaleportal.agreement.AgreementOverview;
import no.avtaleportal.agreement.Agreements;
import no.avtaleportal.agreement.AgreementView;
import no.avtaleportal.agreement.Agreements.FocusAreaView;
import no.avtaleportal.meeting.MeetingDecisions;
import no.avtaleportal.meeting.MeetingDecisions.DecisionView;
import no.avtaleportal.meeting.MeetingDecisions.DraftMeeting;
import no.avtaleportal.web.Formats;
import no.avtaleportal.web.NotFoundException;
import no.avtaleportal.web.StaleEdit;

/**
 * The evaluation of an agreement as its pages and other features see it, and the changes users
 * make to it: a party's assessment, and the continuation decision proposed into draft minutes.
 * Who may read it: whoever may see the agreement. A party's draft assessment is its own party's
 * alone; members of the steering group and the secretary of a party write their party's
 * assessment; members and the secretary propose the decision.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Evaluations {

	static final Locale BOKMAL = Locale.forLanguageTag("nb");

	/** The extensions a decision may choose, in months. */
	static final List<Integer> EXTENSION_MONTHS = List.of(6, 12, 24);

	private final Agreements agreements;

	private final EvaluationRepository evaluations;

	private final AssessmentRepository assessments;

	private final MeetingDecisions meetings;

	private final DossierCompiler dossiers;

	private final MessageSource messages;

	private final Clock clock;

	private final JdbcClient jdbc;

	Evaluations(Agreements agreements, EvaluationRepository evaluations, AssessmentRepository assessments,
			MeetingDecisions meetings, DossierCompiler dossiers, MessageSource messages, Clock clock, JdbcClient jdbc) {
		this.agreements = agreements;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.meetings = meetings;
		this.dossiers = dossiers;
		this.messages = messages;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * The evaluation's status and decision, read in SQL without the rest (its dossier is kilobytes
	 * of JSON, and a read through JPA costs the dashboard four times what it costs through JDBC).
	 */
	private Optional<Decided> decided(long agreementId) {
		return this.jdbc.sql("select status, outcome, decision_number, decided_on from evaluation where agreement_id = ?")
			.param(agreementId)
			.query((rs, row) -> new Decided(EvaluationStatus.valueOf(rs.getString("status")),
					(rs.getString("outcome") != null) ? Outcome.valueOf(rs.getString("outcome")) : null,
					rs.getString("decision_number"), rs.getObject("decided_on", LocalDate.class)))
			.optional();
	}

	/** What the agreement page and the dashboard show of an evaluation. */
	private record Decided(EvaluationStatus status, Outcome outcome, String decisionNumber, LocalDate decidedOn) {
	}

	/**
	 * Where the agreement's evaluation stands today (for the agreement page and the dashboard).
	 */
	public Summary summaryOf(AgreementView agreement) {
		Optional<Decided> evaluation = decided(agreement.id());
		EvaluationStatus status = evaluation.map(Decided::status).orElse(EvaluationStatus.NOT_STARTED);
		return new Summary(agreement.id(), EvaluationState.of(agreement.evaluationWindowOn(today()), status), status,
				evaluation.map(Decided::outcome).filter(outcome -> status == EvaluationStatus.TREATED).orElse(null),
				evaluation.map(Decided::decisionNumber).orElse(null), evaluation.map(Decided::decidedOn).orElse(null));
	}

	/**
	 * The continuation decision that treated the agreement's evaluation, if it was taken by the day
	 * (for the dashboard, which looks back to any day).
	 */
	public Optional<Treated> treatedBy(long agreementId, LocalDate day) {
		return decided(agreementId)
			.filter(evaluation -> evaluation.status() == EvaluationStatus.TREATED
					&& !evaluation.decidedOn().isAfter(day))
			.map(evaluation -> new Treated(evaluation.decisionNumber(), evaluation.decidedOn(), evaluation.outcome()));
	}

	/**
	 * The agreement's overview if the user may see it and it sets an evaluation.
	 * @throws NotFoundException otherwise
	 */
	AgreementOverview overview(long agreementId, SignedInUser user) {
		AgreementOverview overview = this.agreements.overview(agreementId, user, today());
		if (overview.agreement().evaluationFrom() == null || overview.agreement().evaluationTo() == null) {
			throw new NotFoundException("evaluation of agreement " + agreementId);
		}
		return overview;
	}

	EvaluationPage page(long agreementId, SignedInUser user) {
		AgreementOverview overview = overview(agreementId, user);
		AgreementView agreement = overview.agreement();
		Evaluation evaluation = this.evaluations.findByAgreementId(agreementId).orElse(null);
		EvaluationStatus status = (evaluation != null) ? evaluation.getStatus() : EvaluationStatus.NOT_STARTED;
		// minutes content reaches those outside the steering group only once the minutes are published;
		// asked first, as the user's standing reads the steering groups with it, which the parties are of
		boolean insider = this.meetings.inSteeringGroup(agreementId, user);
		List<Long> parties = partiesOf(agreementId);
		List<Assessment> all = (evaluation != null) ? this.assessments.findOfEvaluation(evaluation.getId()) : List.of();
		List<Assessment> visible = visible(all, user);
		Assessment own = all.stream()
			.filter(assessment -> Long.valueOf(assessment.getOrganisationId()).equals(user.getOrganisationId()))
			.findFirst()
			.orElse(null);
		boolean treated = status == EvaluationStatus.TREATED;
		Dossier dossier = dossier(evaluation, agreement);
		DecisionView decision = (evaluation != null && evaluation.getDecisionId() != null)
				? this.meetings.decision(evaluation.getDecisionId()).orElse(null) : null;
		boolean decisionWithheld = decision != null && !insider && !decision.isPublished();
		if (decisionWithheld) {
			decision = null;
		}
		int decisionsWithheld = 0;
		if (!insider) {
			Dossier shown = publishedDecisionsOnly(dossier, this.meetings.publishedDecisionNumbers(agreementId));
			decisionsWithheld = dossier.group().decisions().size() - shown.group().decisions().size();
			dossier = shown;
		}
		List<DraftMeeting> draftMeetings = (treated || decision != null) ? List.of()
				: this.meetings.draftMeetings(agreementId, user);
		List<ExtensionOption> extensions = agreement.extensionAllowed() ? EXTENSION_MONTHS.stream()
			.map(months -> new ExtensionOption(months, agreement.endDateExtendedBy(months)))
			.toList() : List.of();
		return new EvaluationPage(overview, evaluation, EvaluationState.of(overview.deadlines().evaluation(), status),
				status, dossier, treated, visible, own, insider,
				user.getOrganisationId() != null && parties.contains(user.getOrganisationId()),
				decision, draftMeetings, extensions,
				dossier.areas()
					.stream()
					.flatMap(area -> area.activities().stream())
					.filter(line -> !line.status().isClosed())
					.toList(),
				overview.focusAreas().stream().map(FocusAreaView::id).toList(), decisionWithheld, decisionsWithheld);
	}

	/**
	 * The agreement's dossier alone, for the page of its activities: frozen once the evaluation is
	 * treated, else compiled now; without the assessments, the decision and the user's standing that
	 * {@link #page} reads.
	 * @throws NotFoundException when the agreement sets no evaluation or is not the user's to see
	 */
	DossierPage dossierPage(long agreementId, SignedInUser user) {
		AgreementOverview overview = overview(agreementId, user);
		Evaluation evaluation = this.evaluations.findByAgreementId(agreementId).orElse(null);
		if (evaluation != null && evaluation.isTreated()) {
			Dossier frozen = this.dossiers.fromJson(evaluation.getDossier());
			return new DossierPage(overview, frozen.from(), frozen.to(), frozen.compiledOn(), frozen.areas(), true);
		}
		// its focus areas alone: the steering group's record and the documents are not shown there
		AgreementView agreement = overview.agreement();
		LocalDate today = today();
		LocalDate to = periodEnd(agreement, today);
		return new DossierPage(overview, agreement.startDate(), to, today,
				this.dossiers.countedAreas(agreement.id(), agreement.startDate(), to), false);
	}

	/**
	 * The entries of a page of the dossier's activities with their status updates in the period: as
	 * frozen, else read for these activities alone.
	 */
	List<DossierActivities.Entry> withUpdates(DossierPage page, List<DossierActivities.Entry> entries) {
		if (page.frozen()) {
			return entries;
		}
		Map<Long, List<Dossier.UpdateLine>> updates = this.dossiers.updates(
				entries.stream().map(entry -> entry.line().id()).toList(), page.from(), page.to());
		return entries.stream()
			.map(entry -> entry.withUpdates(updates.getOrDefault(entry.line().id(), List.of())))
			.toList();
	}

	/**
	 * The agreement, the dossier's period, the day it was compiled, its focus areas with their
	 * activities, and whether it is frozen.
	 */
	public record DossierPage(AgreementOverview overview, LocalDate from, LocalDate to, LocalDate compiledOn,
			List<Dossier.Area> areas, boolean frozen) {
	}

	/** The assessments the user may read: those submitted, and their own party's draft. */
	private static List<Assessment> visible(List<Assessment> assessments, SignedInUser user) {
		return assessments.stream()
			.filter(assessment -> assessment.isSubmitted()
					|| Long.valueOf(assessment.getOrganisationId()).equals(user.getOrganisationId()))
			.toList();
	}

	/**
	 * The dossier as the decision froze it, else as the period stands today with the status updates
	 * counted: the page and the history show their number, the dossier's activities page their texts.
	 */
	private Dossier dossier(Evaluation evaluation, AgreementView agreement) {
		if (evaluation != null && evaluation.isTreated()) {
			return this.dossiers.fromJson(evaluation.getDossier());
		}
		LocalDate today = today();
		return this.dossiers.counted(agreement.id(), agreement.startDate(), periodEnd(agreement, today), today);
	}

	/**
	 * What the histories of the agreement's evaluation and of its assessments name, if the user
	 * may see them: the overview and the evaluation (else a 404) at once, and the rest when first
	 * asked for, so that a history reads only what its page names.
	 * @throws NotFoundException when the agreement sets no evaluation, has none yet, or is not the
	 * user's to see
	 */
	Records records(long agreementId, SignedInUser user) {
		AgreementOverview overview = overview(agreementId, user);
		Evaluation evaluation = this.evaluations.findByAgreementId(agreementId)
			.orElseThrow(() -> new NotFoundException("evaluation of agreement " + agreementId));
		return new Records(overview, evaluation,
				() -> visible(this.assessments.findOfEvaluation(evaluation.getId()), user),
				SingletonSupplier.of(() -> Optional.ofNullable(evaluation.getDecisionId())
					.flatMap(this.meetings::decision)
					// as on the page: the minutes' content only once published, outside the steering group
					.filter(decision -> decision.isPublished() || this.meetings.inSteeringGroup(agreementId, user))),
				SingletonSupplier.of(() -> dossier(evaluation, overview.agreement())));
	}

	/**
	 * See {@link #records}: the assessments the user may read, the decision that treated the
	 * evaluation (empty when there is none or it is withheld from the user) and the dossier.
	 */
	record Records(AgreementOverview overview, Evaluation evaluation, Supplier<List<Assessment>> assessments,
			Supplier<Optional<DecisionView>> decision, Supplier<Dossier> dossier) {
	}

	/** The dossier with only those of the steering group's decisions whose minutes are published. */
	private static Dossier publishedDecisionsOnly(Dossier dossier, java.util.Set<String> published) {
		Dossier.Group group = dossier.group();
		List<Dossier.DecisionLine> shown = group.decisions()
			.stream()
			.filter(line -> published.contains(line.number()))
			.toList();
		return new Dossier(dossier.from(), dossier.to(), dossier.compiledOn(), dossier.areas(),
				new Dossier.Group(group.minimumPerYear(), group.years(), group.memberSeats(), group.membersPresent(),
						shown, group.actionItems(), group.actionItemsDone(), group.actionItemsOverdue()),
				dossier.documents());
	}

	/**
	 * The dossier as the period stood on the day: from the agreement's start to the day or the end
	 * of the evaluation window, whichever comes first, with the activities' status and light as of
	 * the period's last day.
	 */
	Dossier compile(AgreementView agreement, LocalDate asOf) {
		return this.dossiers.compile(agreement.id(), agreement.startDate(), periodEnd(agreement, asOf), asOf);
	}

	/** The last day of the period under review as it stands on the day: the day, or the window's end. */
	private static LocalDate periodEnd(AgreementView agreement, LocalDate asOf) {
		return asOf.isBefore(agreement.evaluationTo()) ? asOf : agreement.evaluationTo();
	}

	private List<Long> partiesOf(long agreementId) {
		return this.agreements.steeringGroups()
			.stream()
			.filter(group -> group.agreementId() == agreementId)
			.findFirst()
			.map(Agreements.SteeringGroupFacts::partyOrganisationIds)
			.orElse(List.of());
	}

	/**
	 * Saves the user's party's assessment as a draft, or submits it.
	 * @throws AccessDeniedException when the user may not write their party's assessment
	 * @throws ObjectOptimisticLockingFailureException when it changed since the form was opened
	 */
	@Transactional
	void saveAssessment(long agreementId, SignedInUser user, AssessmentForm form, boolean submit) {
		EvaluationPage page = page(agreementId, user);
		if (!page.mayAssess()) {
			throw new AccessDeniedException("not this user's assessment to write");
		}
		Evaluation evaluation = evaluationOf(agreementId);
		Assessment assessment = this.assessments
			.findByEvaluationIdAndOrganisationId(evaluation.getId(), user.getOrganisationId())
			.orElseGet(() -> this.assessments.save(new Assessment(evaluation.getId(), user.getOrganisationId())));
		StaleEdit.require(assessment.getVersion(), form.getVersion(), Assessment.class, assessment.getId());
		List<Long> areas = page.focusAreaIds();
		form.getRatings().removeIf(row -> !areas.contains(row.getFocusAreaId()));
		form.applyTo(assessment);
		if (submit) {
			assessment.submit(user.getDisplayName(), this.clock.instant());
		}
		evaluation.start();
	}

	/**
	 * Proposes the decision into the chosen meeting's draft minutes; it takes effect only when
	 * they are approved.
	 * @throws ObjectOptimisticLockingFailureException when the evaluation changed since the form was opened
	 */
	@Transactional
	void propose(long agreementId, SignedInUser user, DecisionForm form) {
		EvaluationPage page = page(agreementId, user);
		if (!page.mayPropose()) {
			throw new AccessDeniedException("no decision to propose");
		}
		Evaluation evaluation = evaluationOf(agreementId);
		StaleEdit.require(evaluation.getVersion(), form.getVersion(), Evaluation.class, evaluation.getId());
		AgreementView agreement = page.overview().agreement();
		List<Long> carryOver = (form.getOutcome() == Outcome.RENEGOTIATE) ? form.getCarryOver() : List.of();
		String text = decisionText(agreement, form, carryOver.size());
		long decisionId = this.meetings.propose(form.getMeetingId(), agreementId, user,
				this.messages.getMessage("evaluation.decision.agendaTitle", null, BOKMAL), text);
		evaluation.propose(form.getMeetingId(), decisionId, form.getOutcome(), form.getMonths(), form.getEndOn(),
				carryOver);
	}

	private String decisionText(AgreementView agreement, DecisionForm form, int carriedOver) {
		String end = Formats.date(agreement.endDate());
		Object[] arguments = switch (form.getOutcome()) {
			case CONTINUE -> new Object[] { agreement.title(), end };
			case EXTEND -> new Object[] { agreement.title(), form.getMonths(),
					Formats.date(agreement.endDateExtendedBy(form.getMonths())) };
			case RENEGOTIATE -> new Object[] { agreement.title(), carriedOver };
			case END -> new Object[] { agreement.title(), Formats.date(form.getEndOn()) };
		};
		return this.messages.getMessage("evaluation.decision.text." + form.getOutcome(), arguments, BOKMAL);
	}

	private Evaluation evaluationOf(long agreementId) {
		return this.evaluations.findByAgreementId(agreementId)
			.orElseGet(() -> this.evaluations.saveAndFlush(new Evaluation(agreementId)));
	}

	/**
	 * The evaluation of an agreement as the agreement page and the dashboard show it.
	 *
	 * @param state done, due or overdue
	 * @param status how far it has come
	 * @param outcome the decided outcome once treated, else {@code null}
	 * @param decisionNumber the decision's number once treated
	 * @param decidedOn the day of the meeting that decided
	 */
	public record Summary(long agreementId, EvaluationState state, EvaluationStatus status, Outcome outcome,
			String decisionNumber, LocalDate decidedOn) {
	}

	/**
	 * A treated evaluation: the decision's number and day, and the outcome.
	 */
	public record Treated(String decisionNumber, LocalDate decidedOn, Outcome outcome) {
	}

	/** An extension the decision may choose: its months and the end date it gives. */
	public record ExtensionOption(int months, LocalDate endDate) {
	}

}
