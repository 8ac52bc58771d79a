package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Version;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import no.avtaleportal.audit.StampedEntity;

/**
 * What a commitment should change, measured: a name, its unit, whether higher or lower is better,
 * the baseline and the target each with its date (the target's after the baseline's), the party
 * responsible for measuring it ({@code null}: both), where the figures come from and how often they
 * are measured. Its measurements form its history.
 */
@Entity
@org.hibernate.envers.Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Indicator extends StampedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long commitmentId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private BigDecimal baseline;

	private LocalDate baselineOn;

	private BigDecimal target;

	private LocalDate targetOn;

	private Long responsibleOrganisationId;

	private String source;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@NotAudited
	private boolean example;

	@NotAudited
	@OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Measurement> measurements = new ArrayList<>();

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(long commitmentId) {
		this.commitmentId = commitmentId;
	}

	/**
	 * Sets what the indicator measures, checking its rules: the target's date after the baseline's,
	 * baseline and target fitting the unit, and the target better than the baseline in the
	 * indicator's direction.
	 * @throws IndicatorRuleException naming the field and why
	 */
	void describe(String name, Unit unit, Direction direction, BigDecimal baseline, LocalDate baselineOn,
			BigDecimal target, LocalDate targetOn, Long responsibleOrganisationId, String source, Frequency frequency) {
		if (!targetOn.isAfter(baselineOn)) {
			throw new IndicatorRuleException("targetOn", "indicator.targetOn.afterBaseline");
		}
		check("baseline", unit, baseline);
		check("target", unit, target);
		if (target.compareTo(baseline) == 0 || !direction.atLeastAsGood(target, baseline)) {
			throw new IndicatorRuleException("target", "indicator.target.direction." + direction.name());
		}
		for (Measurement measurement : this.measurements) {
			if (unit.problemWith(measurement.getValue()) != null) {
				throw new IndicatorRuleException("unit", "indicator.unit.measurements");
			}
		}
		this.name = name.strip();
		this.unit = unit;
		this.direction = direction;
		this.baseline = baseline;
		this.baselineOn = baselineOn;
		this.target = target;
		this.targetOn = targetOn;
		this.responsibleOrganisationId = responsibleOrganisationId;
		this.source = source.strip();
		this.frequency = frequency;
	}

	private static void check(String field, Unit unit, BigDecimal value) {
		String problem = unit.problemWith(value);
		if (problem != null) {
			throw new IndicatorRuleException(field, problem);
		}
	}

	/**
	 * Records a value measured on a day, no earlier than the baseline and not in the future.
	 * @throws IndicatorRuleException naming the field and why
	 */
	Measurement record(LocalDate measuredOn, BigDecimal value, String comment, Long documentId, Long personId,
			String recordedBy, LocalDate today) {
		checkMeasurement(measuredOn, value, today);
		Measurement measurement = new Measurement(this, measuredOn, value, comment, documentId, personId, recordedBy);
		this.measurements.add(measurement);
		return measurement;
	}

	/**
	 * Corrects a measurement: its day, value, comment and evidence; who recorded it stays.
	 */
	void correct(Measurement measurement, LocalDate measuredOn, BigDecimal value, String comment, Long documentId,
			LocalDate today) {
		checkMeasurement(measuredOn, value, today);
		measurement.correct(measuredOn, value, comment, documentId);
	}

	private void checkMeasurement(LocalDate measuredOn, BigDecimal value, LocalDate today) {
		if (measuredOn.isAfter(today)) {
			throw new IndicatorRuleException("measuredOn", "indicator.measuredOn.future");
		}
		if (measuredOn.isBefore(this.baselineOn)) {
			throw new IndicatorRuleException("measuredOn", "indicator.measuredOn.beforeBaseline");
		}
		check("value", this.unit, value);
	}

	void markAsExample() {
		this.example = true;
	}

	Optional<Measurement> measurement(long measurementId) {
		return this.measurements.stream().filter(measurement -> measurement.getId() == measurementId).findFirst();
	}

	/**
	 * The status on the day ({@link IndicatorRow#statusOn}, the rule a page that reads the indicator
	 * as a row follows too).
	 */
	IndicatorStatus statusOn(LocalDate day) {
		return row().statusOn(day);
	}

	/** The indicator with every value measured, oldest first, as a page reads it (id 0 before it is saved). */
	IndicatorRow row() {
		return new IndicatorRow((this.id != null) ? this.id : 0, this.commitmentId, this.name, this.unit,
				this.direction, this.baseline, this.baselineOn, this.target, this.targetOn,
				this.responsibleOrganisationId, this.source, this.frequency, this.example,
				this.measurements.stream()
					.sorted(Comparator.comparing(Measurement::getMeasuredOn)
						.thenComparing(Measurement::getId, Comparator.nullsLast(Comparator.naturalOrder())))
					.map(IndicatorView.Value::of)
					.toList());
	}

	public Long getId() {
		return this.id;
	}

	public long getCommitmentId() {
		return this.commitmentId;
	}

	public String getName() {
		return this.name;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public LocalDate getBaselineOn() {
		return this.baselineOn;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public LocalDate getTargetOn() {
		return this.targetOn;
	}

	public Long getResponsibleOrganisationId() {
		return this.responsibleOrganisationId;
	}

	public String getSource() {
		return this.source;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public boolean isExample() {
		return this.example;
	}

	public List<Measurement> getMeasurements() {
		return this.measurements;
	}

	public long getVersion() {
		return this.version;
	}

}
