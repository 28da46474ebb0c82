package org.ogirollup.store;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.submission.Value;

import static org.assertj.core.api.Assertions.assertThat;

class CellValuesTest {

	/**
	 * Cells written as {@code ;}-separated values: a number, {@code blank}, {@code -} (not
	 * applicable) or {@code absent}; then the encoded text and the decoded numbers ({@code null}
	 * for an empty field).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			1;2;3                                    | 1,2,3                                   | 1;2;3
			blank;5                                  | 0,5                                     | 0;5
			-;5;-                                    | ,5,                                     | null;5;null
			absent;absent                            | ,                                       | null;null
			-7;0;-0.5                                | -7,0,-0.5                               | -7;0;-0.5
			21469172.33;0.10;1.0                     | 21469172.33,0.10,1.0                    | 21469172.33;0.10;1.0
			99999999999999999;-9999999999999999      | 99999999999999999,-9999999999999999     | 99999999999999999;-9999999999999999
			123456789012345678;1234567890123456789012 | 123456789012345678,1234567890123456789012 | 123456789012345678;1234567890123456789012
			-123456789012345678901;3                 | -123456789012345678901,3                | -123456789012345678901;3
			1E+3;12345678901234567890.5              | 1000,12345678901234567890.5             | 1000;12345678901234567890.5
			""")
	void encodesAndDecodesValues(String cells, String encoded, String decoded) {
		// given
		Value[] values = Arrays.stream(cells.split(";")).map(CellValuesTest::cell).toArray(Value[]::new);

		// when
		String text = CellValues.encode(values);
		BigDecimal[] numbers = CellValues.decode(text, values.length);

		// then
		assertThat(text).isEqualTo(encoded);
		assertThat(numbers).containsExactly(numbers(decoded));
	}

	@Test
	void decodedNumbersKeepTheirScale() {
		// when
		BigDecimal[] numbers = CellValues.decode("0.10,100,-3.00", 3);

		// then
		assertThat(numbers).extracting(BigDecimal::scale).containsExactly(2, 0, 2);
		assertThat(numbers).extracting(BigDecimal::toPlainString).containsExactly("0.10", "100", "-3.00");
	}

	@Test
	void totalsEncodeInOrder() {
		// when
		String text = CellValues.encode(List.of(new BigDecimal("0.3"), BigDecimal.ZERO, new BigDecimal("-12"),
				new BigDecimal("1234567890123456789012.5")));

		// then
		assertThat(text).isEqualTo("0.3,0,-12,1234567890123456789012.5");
		assertThat(CellValues.decode(text, 4)).containsExactly(new BigDecimal("0.3"), BigDecimal.ZERO,
				new BigDecimal("-12"), new BigDecimal("1234567890123456789012.5"));
	}

	@Test
	void emptyListEncodesToEmptyText() {
		assertThat(CellValues.encode(List.<BigDecimal>of())).isEmpty();
	}

	@Test
	void shortTextDecodesMissingTrailingFieldsAsNull() {
		assertThat(CellValues.decode("4", 3)).containsExactly(new BigDecimal("4"), null, null);
	}

	private static Value cell(String text) {
		return switch (text) {
			case "blank" -> Value.blank(1, "x");
			case "-" -> Value.notApplicable(1, "x");
			case "absent" -> null;
			default -> Value.given(new BigDecimal(text), 1, "x");
		};
	}

	private static BigDecimal[] numbers(String text) {
		return Arrays.stream(text.split(";"))
			.map((number) -> number.equals("null") ? null : new BigDecimal(number))
			.toArray(BigDecimal[]::new);
	}

}
