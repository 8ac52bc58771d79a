package no.avtaleportal.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import no.avtaleportal.web.VersionedForm;

/**
 * A clause as an administrator writes it: number, heading, exact text and level.
 */
public class ClauseForm implements VersionedForm {

	/** The new clause the form describes, after the agreement's other clauses. */
	Clause create(Agreement agreement, int position) {
		return new Clause(agreement, this.number, this.heading, this.body, this.level, position);
	}

	void applyTo(Clause clause) {
		clause.rewrite(this.number, this.heading, this.body, this.level);
	}

	@NotBlank
	@Size(max = 10)
	private String number;

	@NotBlank
	@Size(max = 300)
	private String heading;

	@NotBlank
	@Size(max = 20000)
	private String body;

	@Min(1)
	@Max(2)
	private int level;

	private long version;

	static ClauseForm from(Clause clause) {
		ClauseForm form = new ClauseForm();
		form.number = clause.getNumber();
		form.heading = clause.getHeading();
		form.body = clause.getBody();
		form.level = clause.getLevel();
		form.version = clause.getVersion();
		return form;
	}

	static ClauseForm empty() {
		ClauseForm form = new ClauseForm();
		form.level = 1;
		return form;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getLevel() {
		return this.level;
	}

	public void setLevel(int level) {
		this.level = level;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
