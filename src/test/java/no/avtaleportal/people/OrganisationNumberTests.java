package no.avtaleportal.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrganisationNumberTests {

	@Test
	void theNumbersOfNtnuAndNhoPassTheModulus11Check() {
		assertThat(OrganisationNumber.isValid("974767880")).isTrue();
		assertThat(OrganisationNumber.isValid("955600436")).isTrue();
		assertThat(OrganisationNumber.isValid("974 767 880")).as("grouped as people write it").isTrue();
	}

	@Test
	void aWrongCheckDigitOrLengthFails() {
		assertThat(OrganisationNumber.isValid("974767881")).isFalse();
		assertThat(OrganisationNumber.isValid("97476788")).isFalse();
		assertThat(OrganisationNumber.isValid("9747678800")).isFalse();
		assertThat(OrganisationNumber.isValid("97476788A")).isFalse();
		assertThat(OrganisationNumber.isValid("")).isFalse();
		assertThat(OrganisationNumber.isValid(null)).isFalse();
	}

	@Test
	void aNumberWhoseCheckDigitWouldBe10IsNeverValid() {
		// 1,0,0,0,0,0,0,1 weighted: 3 + 2 = 5 → remainder 5 → check 6; find one with remainder 1:
		// 4,0,0,0,0,0,0,0 → 12 → remainder 1 → check digit 10: no ninth digit can be right
		for (int last = 0; last <= 9; last++) {
			assertThat(OrganisationNumber.isValid("40000000" + last)).isFalse();
		}
	}

	@Test
	void isShownInGroupsOfThree() {
		assertThat(OrganisationNumber.format("974767880")).isEqualTo("974 767 880");
		assertThat(new Organisation("Norges teknisk-naturvitenskapelige universitet", "NTNU", "974 767 880")
			.getFormattedOrgNumber()).isEqualTo("974 767 880");
	}

	@Test
	void anOrganisationCannotHaveAnInvalidNumber() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Organisation("Feil AS", "FEIL", "974767881"));
	}

}
