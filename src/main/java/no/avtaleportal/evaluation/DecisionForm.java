package no.avtaleportal.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

import no.avtaleportal.web.VersionedForm;

/**
 * The continuation decision as its form proposes it: the outcome, the meeting whose draft minutes
 * get it, and what the outcome needs (months of extension, the last day, activities to carry over).
 */
public class DecisionForm implements VersionedForm {

	@NotNull
	private Outcome outcome;

	@NotNull
	private Long meetingId;

	private Integer months;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endOn;

	private List<Long> carryOver = new ArrayList<>();

	private long version;

	public Outcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	public Long getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(Long meetingId) {
		this.meetingId = meetingId;
	}

	public Integer getMonths() {
		return this.months;
	}

	public void setMonths(Integer months) {
		this.months = months;
	}

	public LocalDate getEndOn() {
		return this.endOn;
	}

	public void setEndOn(LocalDate endOn) {
		this.endOn = endOn;
	}

	public List<Long> getCarryOver() {
		return this.carryOver;
	}

	public void setCarryOver(List<Long> carryOver) {
		this.carryOver = carryOver;
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
