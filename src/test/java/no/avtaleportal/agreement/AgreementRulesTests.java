package no.avtaleportal.agreement;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The agreement's own rules, without Spring: an extension only through {@link Agreement#extend},
 * and only where the agreement allows it.
 */
class AgreementRulesTests {

	private static final LocalDate START = LocalDate.of(2023, 11, 20);

	@Test
	void anAgreementThatDoesNotAllowExtensionRefusesOne() {
		Agreement agreement = new Agreement("test", "Samarbeidsavtale", AgreementKind.COLLABORATION_AGREEMENT, START, 24);
		assertThatThrownBy(() -> agreement.extend(12, LocalDate.of(2025, 5, 1), null, null))
			.isInstanceOf(ExtensionNotAllowedException.class)
			.isInstanceOf(IllegalStateException.class);
		assertThat(agreement.getExtensions()).isEmpty();
		assertThat(agreement.getEndDate()).isEqualTo(LocalDate.of(2025, 11, 19));
	}

	@Test
	void anExtensionAddsItsMonthsAndKeepsItsNoteOrDecision() {
		Agreement agreement = new Agreement("test", "Samarbeidsavtale", AgreementKind.COLLABORATION_AGREEMENT, START, 24);
		agreement.changeTerm(START, 24, true, false);
		AgreementExtension byNote = agreement.extend(6, LocalDate.of(2025, 5, 1), "  Etter søknad ", null);
		AgreementExtension byDecision = agreement.extend(6, LocalDate.of(2025, 9, 1), null, "2025/07");
		assertThat(byNote.getNote()).isEqualTo("Etter søknad");
		assertThat(byDecision.getDecisionNumber()).isEqualTo("2025/07");
		assertThat(agreement.getExtensions()).containsExactly(byNote, byDecision);
		assertThat(agreement.getEndDate()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThatThrownBy(() -> agreement.extend(0, LocalDate.of(2025, 9, 1), null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
