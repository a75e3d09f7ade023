package eu.interreg.cooperationday.studio.support;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the industry's PDF/A and PDF/UA validator (from Maven Central, {@code greenfield-apps}), run
 * in-process on a PDF's bytes: the rules it finds broken, as "clause: message", one per rule.
 */
public final class VeraPdf {

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private VeraPdf() {
	}

	/** The rules of {@code flavour} ("2b", "ua1") that the PDF breaks; empty when it conforms. */
	public static List<String> failures(byte[] pdf, String flavour) throws Exception {
		PDFAFlavour chosen = PDFAFlavour.fromString(flavour);
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), chosen)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(chosen, false);
			ValidationResult result = validator.validate(parser);
			return result.getTestAssertions()
				.stream()
				.filter((assertion) -> assertion.getStatus() == TestAssertion.Status.FAILED)
				.map((assertion) -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
						+ ": " + (assertion.getErrorMessage() != null ? assertion.getErrorMessage() : assertion.getMessage()))
				.distinct()
				.toList();
		}
	}

}
