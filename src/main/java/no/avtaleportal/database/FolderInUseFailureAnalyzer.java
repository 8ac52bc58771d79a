package no.avtaleportal.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a refused start on a data folder that another portal uses, without a stack trace.
 */
class FolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<LocalPostgresServer.FolderInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalPostgresServer.FolderInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other portal first, or start this one with its own folder: "
						+ "./mvnw spring-boot:run -Dspring-boot.run.arguments=--avtaleportal.embedded-postgres.data-directory=data/other",
				cause);
	}

}
