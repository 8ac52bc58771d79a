package no.avtaleportal.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.VersionedForm;

/**
 * A measurement, new or corrected: its day, value, comment and evidence.
 */
public class MeasurementForm implements VersionedForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate measuredOn;

	@NotNull
	@Digits(integer = 12, fraction = 2)
	private BigDecimal value;

	@Size(max = 2000)
	private String comment;

	private Long documentId;

	private long version;

	/** A new measurement's form, measured on the day. */
	static MeasurementForm on(LocalDate day) {
		MeasurementForm form = new MeasurementForm();
		form.measuredOn = day;
		return form;
	}

	static MeasurementForm from(Measurement measurement) {
		MeasurementForm form = new MeasurementForm();
		form.measuredOn = measurement.getMeasuredOn();
		form.value = IndicatorForm.plain(measurement.getValue());
		form.comment = measurement.getComment();
		form.documentId = measurement.getDocumentId();
		form.version = measurement.getVersion();
		return form;
	}

	public LocalDate getMeasuredOn() {
		return this.measuredOn;
	}

	public void setMeasuredOn(LocalDate measuredOn) {
		this.measuredOn = measuredOn;
	}

	public BigDecimal getValue() {
		return this.value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public Long getDocumentId() {
		return this.documentId;
	}

	public void setDocumentId(Long documentId) {
		this.documentId = documentId;
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
