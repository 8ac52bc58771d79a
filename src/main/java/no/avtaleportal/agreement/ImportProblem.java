package no.avtaleportal.agreement;

import java.util.List;

/**
 * Something wrong in an agreement file: the line, the field (such as
 * {@code agreements[2].clauses[1].heading}) and what is wrong, as a message key
 * {@code agreement.import.error.<code>} with its arguments.
 */
public record ImportProblem(int line, String field, String code, List<String> arguments) {

	public String messageKey() {
		return "agreement.import.error." + this.code;
	}

	public Object[] messageArguments() {
		return this.arguments.toArray();
	}

}
