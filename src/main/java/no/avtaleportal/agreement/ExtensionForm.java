package no.avtaleportal.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The parties' decision to extend an agreement's term.
 */
public class ExtensionForm {

	/**
	 * Extends the agreement as the form says.
	 * @throws ExtensionNotAllowedException when the agreement does not allow it
	 */
	AgreementExtension applyTo(Agreement agreement) {
		return agreement.extend(this.months, this.decidedOn, this.note, null);
	}

	@NotNull
	@Min(1)
	@Max(120)
	private Integer months;

	@NotNull
	@DateTimeFormat(iso = ISO.DATE)
	private LocalDate decidedOn;

	@Size(max = 4000)
	private String note;

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
