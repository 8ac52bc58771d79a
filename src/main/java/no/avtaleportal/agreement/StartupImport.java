package no.avtaleportal.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import no.avtaleportal.database.DemoMode;

/**
 * Imports the agreements that ship with the portal ({@value #AGREEMENTS}) at every start, in
 * every mode, and in demo mode also the example people who hold their roles ({@value #EXAMPLES}).
 * What exists is left as it is, so a second start changes nothing.
 */
@Component
class StartupImport implements ApplicationRunner {

	static final String AGREEMENTS = "classpath:agreements/*.yaml";

	static final String EXAMPLES = "classpath:agreements/demo/*.yaml";

	private static final Logger logger = LoggerFactory.getLogger(StartupImport.class);

	private final AgreementImport agreementImport;

	private final DemoMode demoMode;

	private final ResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

	StartupImport(AgreementImport agreementImport, DemoMode demoMode) {
		this.agreementImport = agreementImport;
		this.demoMode = demoMode;
	}

	@Override
	public void run(ApplicationArguments args) {
		importAll();
	}

	void importAll() {
		importFiles(AGREEMENTS);
		if (this.demoMode.isEnabled()) {
			importFiles(EXAMPLES);
		}
	}

	private void importFiles(String pattern) {
		for (Resource file : files(pattern)) {
			try (InputStream in = file.getInputStream()) {
				List<String> added = this.agreementImport.importFile(in, AgreementImport.Existing.KEEP);
				if (!added.isEmpty()) {
					logger.info("Imported agreements {} from {}", added, file.getFilename());
				}
			}
			catch (AgreementImportException ex) {
				throw new IllegalStateException("The agreement file " + file.getFilename() + " that ships with the portal is invalid: "
						+ ex.getProblems(), ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private List<Resource> files(String pattern) {
		try {
			return Arrays.stream(this.resources.getResources(pattern))
				.sorted(Comparator.comparing(Resource::getFilename))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
