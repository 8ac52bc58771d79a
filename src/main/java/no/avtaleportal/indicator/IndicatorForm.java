package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.VersionedForm;

/**
 * What the indicator form edits: the commitment (chosen when it is made; see
 * {@code IndicatorDefinitionController}), what is measured and how.
 */
public class IndicatorForm implements VersionedForm {

	private Long commitmentId;

	@NotBlank
	@Size(max = 300)
	private String name;

	@NotNull
	private Unit unit;

	@NotNull
	private Direction direction;

	@NotNull
	@Digits(integer = 12, fraction = 2)
	private BigDecimal baseline;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate baselineOn;

	@NotNull
	@Digits(integer = 12, fraction = 2)
	private BigDecimal target;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate targetOn;

	private Long responsibleOrganisationId;

	@NotBlank
	@Size(max = 300)
	private String source;

	@NotNull
	private Frequency frequency;

	private long version;

	/** A new indicator's form: under the commitment if one is given, higher is better, the baseline today. */
	static IndicatorForm newFor(Long commitmentId, LocalDate today) {
		IndicatorForm form = new IndicatorForm();
		form.commitmentId = commitmentId;
		form.direction = Direction.HIGHER;
		form.baselineOn = today;
		return form;
	}

	static IndicatorForm from(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.commitmentId = indicator.getCommitmentId();
		form.name = indicator.getName();
		form.unit = indicator.getUnit();
		form.direction = indicator.getDirection();
		form.baseline = plain(indicator.getBaseline());
		form.baselineOn = indicator.getBaselineOn();
		form.target = plain(indicator.getTarget());
		form.targetOn = indicator.getTargetOn();
		form.responsibleOrganisationId = indicator.getResponsibleOrganisationId();
		form.source = indicator.getSource();
		form.frequency = indicator.getFrequency();
		form.version = indicator.getVersion();
		return form;
	}

	/** The number without trailing zeros, never in exponent form (100, 12.5). */
	static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/** @throws IndicatorRuleException when a rule of the indicator is broken */
	void applyTo(Indicator indicator) {
		indicator.describe(this.name, this.unit, this.direction, this.baseline, this.baselineOn, this.target,
				this.targetOn, this.responsibleOrganisationId, this.source, this.frequency);
	}

	public Long getCommitmentId() {
		return this.commitmentId;
	}

	public void setCommitmentId(Long commitmentId) {
		this.commitmentId = commitmentId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public void setUnit(Unit unit) {
		this.unit = unit;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public BigDecimal getBaseline() {
		return this.baseline;
	}

	public void setBaseline(BigDecimal baseline) {
		this.baseline = baseline;
	}

	public LocalDate getBaselineOn() {
		return this.baselineOn;
	}

	public void setBaselineOn(LocalDate baselineOn) {
		this.baselineOn = baselineOn;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public void setTarget(BigDecimal target) {
		this.target = target;
	}

	public LocalDate getTargetOn() {
		return this.targetOn;
	}

	public void setTargetOn(LocalDate targetOn) {
		this.targetOn = targetOn;
	}

	public Long getResponsibleOrganisationId() {
		return this.responsibleOrganisationId;
	}

	public void setResponsibleOrganisationId(Long responsibleOrganisationId) {
		this.responsibleOrganisationId = responsibleOrganisationId;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(long version) {
		this.version = version;
	}

}
