package org.ogirollup.localisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which differences between a reported and a suggested number count as a typing slip. */
class LocalisationDigitSlipTest {

	@ParameterizedTest(name = "{0} for {1}: {2}")
	@CsvSource({ "125, 152, TRANSPOSITION", "152, 125, TRANSPOSITION", "125, 215, TRANSPOSITION", "41, 14, TRANSPOSITION",
			"59, 69, ONE_DIGIT", "7, 1, ONE_DIGIT", "0, 1, ONE_DIGIT", "1030, 1080, ONE_DIGIT", "125, 521, NONE",
			"125, 135, ONE_DIGIT", "125, 136, NONE", "10, 100, NONE", "9, 10, NONE", "5, 5, NONE", "-1, 1, NONE",
			"3.5, 35, NONE", "12.0, 21, TRANSPOSITION" })
	void slipsAreSwapsOfNeighbouringDigitsOrOneWrongDigit(String reported, String suggested, DigitSlip slip) {
		assertThat(DigitSlip.between(new BigDecimal(reported), new BigDecimal(suggested))).isEqualTo(slip);
	}

}
