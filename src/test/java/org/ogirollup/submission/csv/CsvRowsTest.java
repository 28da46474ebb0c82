package org.ogirollup.submission.csv;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CsvRowsTest {

	@Test
	void rowsComeWithTheLineTheyStartOnAndEmptyLinesAreSkipped() {
		// when
		List<String> rows = read("a,b\r\n\r\n\r\nc,d\r\ne,f");

		// then
		assertThat(rows).containsExactly("1 [a, b]", "4 [c, d]", "5 [e, f]");
	}

	@Test
	void quotedFieldKeepsItsCommasAndLineBreaks() {
		// when
		List<String> rows = read("a,b\n\"x,\ny\",z\nlast,row\n");

		// then
		assertThat(rows).containsExactly("1 [a, b]", "2 [x,\ny, z]", "4 [last, row]");
	}

	@Test
	void spacesAroundUnquotedFieldsAreTrimmedAndEmptyFieldsKept() {
		// when
		List<String> rows = read(" a , b ,\n,,\n\" q \",x\n");

		// then
		assertThat(rows).containsExactly("1 [a, b, ]", "2 [, , ]", "3 [ q , x]");
	}

	@Test
	void rowsMayHaveAnyNumberOfFields() {
		// when
		List<String> rows = read("a,b,c\nd\ne,f,g,h\n");

		// then
		assertThat(rows).containsExactly("1 [a, b, c]", "2 [d]", "3 [e, f, g, h]");
	}

	@Test
	void emptyTextHasNoRows() {
		assertThat(read("")).isEmpty();
		assertThat(read("\n\n")).isEmpty();
	}

	@Test
	void textAfterAClosingQuoteIsNotCsvAndNamesItsLine() {
		// given
		CsvRows rows = new CsvRows("a,b\nc,d\n\"e\"f,g\n");
		rows.next();
		rows.next();

		// then
		assertThatExceptionOfType(JacksonException.class).isThrownBy(rows::next)
			.satisfies((ex) -> assertThat(ex.getLocation().getLineNr()).isEqualTo(3));
	}

	/** Each row as its line and fields. */
	private static List<String> read(String text) {
		List<String> rows = new ArrayList<>();
		try (CsvRows csv = new CsvRows(text)) {
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				rows.add(csv.line() + " " + row);
			}
		}
		return rows;
	}

}
