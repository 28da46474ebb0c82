package org.ogirollup.export.workbook;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			210103-D01-沈河区财政局       ; 210103-D01-沈河区财政局.xlsx
			a\\b/c:d*e?f"g<h>i|j           ; a_b_c_d_e_f_g_h_i_j.xlsx
			'  名称　带空格. . '           ; 名称 带空格.xlsx
			CON                            ; _CON.xlsx
			nul.txt                        ; _nul.txt.xlsx
			'...'                          ; _.xlsx
			""")
	void aNameIsSafeOnWindows(String name, String safe) {
		assertThat(FileNames.safe(name, ".xlsx")).isEqualTo(safe);
	}

	@ParameterizedTest
	@CsvSource({ "8, 80", "名, 80" })
	void aLongNameIsCutAtTheLimit(String character, int length) {
		String safe = FileNames.safe(character.repeat(300), ".xlsx");

		assertThat(safe).hasSize(length + ".xlsx".length()).endsWith(".xlsx");
	}

	@ParameterizedTest
	@CsvSource({ "'a\u0001b', a_b.xlsx", "'a\tb', a_b.xlsx" })
	void controlCharactersAreReplaced(String name, String safe) {
		assertThat(FileNames.safe(name, ".xlsx")).isEqualTo(safe);
	}

}
