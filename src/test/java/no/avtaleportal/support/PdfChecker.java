package no.avtaleportal.support;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, run in the test JVM: the rules a PDF breaks
 * of PDF/A-2a (archivable and tagged) and of PDF/UA-1 (ISO 14289-1, accessible).
 */
public final class PdfChecker {

	private static boolean initialised;

	private PdfChecker() {
	}

	/** Each failed rule as {@code flavour clause-test: message}; empty when the PDF passes both. */
	public static synchronized List<String> failures(byte[] pdf) {
		if (!initialised) {
			VeraGreenfieldFoundryProvider.initialise();
			initialised = true;
		}
		List<String> failures = new ArrayList<>();
		for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1)) {
			try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
					PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
				ValidationResult result = validator.validate(parser);
				if (!result.isCompliant()) {
					result.getTestAssertions()
						.stream()
						.filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
						.map(assertion -> flavour + " " + assertion.getRuleId().getClause() + "-"
								+ assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage())
						.distinct()
						.forEach(failures::add);
				}
			}
			catch (Exception ex) {
				failures.add(flavour + ": veraPDF could not read the file: " + ex);
			}
		}
		return failures;
	}

}
