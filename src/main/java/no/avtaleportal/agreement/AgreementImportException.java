package no.avtaleportal.agreement;

import java.util.List;

/**
 * An agreement file was rejected; nothing of it was saved.
 */
public class AgreementImportException extends RuntimeException {

	private final List<ImportProblem> problems;

	AgreementImportException(List<ImportProblem> problems) {
		super("The agreement file has " + problems.size() + " problem(s), the first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> getProblems() {
		return this.problems;
	}

}
