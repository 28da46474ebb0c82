package org.ogirollup.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			=1+1                    | '=1+1
			+cmd /C calc!A0         | '+cmd /C calc!A0
			-2+3                    | '-2+3
			@SUM(A1:A9)             | '@SUM(A1:A9)
			"\t=1"                  | "'\t=1"
			沈阳市                  | 沈阳市
			a=1                     | a=1
			-5                      | -5
			+12.5                   | +12.5
			-3.25%                  | -3.25%
			""                      | ""
			""")
	void textThatASpreadsheetWouldRunGetsAnApostropheNumbersStayNumbers(String text, String written) {
		assertThat(SpreadsheetText.safe(text)).isEqualTo(written);
	}

}
