package org.ogirollup.console;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The names a corrected file may be uploaded under: bare, of a kind the pipeline reads, and read
 * by the pipeline as the unit's ({@code 210702-D01 (2).xlsx} would be the county 210702's).
 */
class UploadNameTest {

	private static final Set<String> REGISTERED = Set.of("210702", "210702-D01", "210700");

	@ParameterizedTest
	@ValueSource(strings = { "210702-D01.csv", "210702-D01-更正.pdf", "210702-D01.consolidated.txt", "210702-D01-(2).xlsx",
			"210702-D01-（更正）.docx", "210702-D01.HTML" })
	void aBareNameOfTheUnitIsTaken(String name) {
		assertThat(UploadName.check(name, "210702-D01", REGISTERED::contains)).isEqualTo(name);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "../210702-D01.csv|不能含路径", "..\\210702-D01.csv|不能含路径",
			"/tmp/210702-D01.csv|不能含路径", "C:\\报告\\210702-D01.csv|不能含路径", "210702-D01..csv|不能含路径",
			".210702-D01.csv|不能以点", "~$210702-D01.xlsx|不能以点", "210702-D01.exe|不能读取这种文件",
			"210702-D01|不能读取这种文件", "210702.csv|须以单位代码 210702-D01 开头", "210700-D01.csv|须以单位代码",
			"210702-D01 (2).xlsx|须以单位代码", "210702-D01（更正）.docx|须以单位代码", "210702-D01;rm.csv|只能含", "210702-D01<x>.csv|只能含", "210702-D01%2e.csv|只能含" })
	void anyOtherNameIsRefusedSayingWhy(String name, String why) {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadName.check(name, "210702-D01", REGISTERED::contains))
			.withMessageContaining(why);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "210702-D01\u0000.csv", "210702-D01\n.csv" })
	void blankOrControlCharactersAreRefused(String name) {
		assertThatIllegalArgumentException().isThrownBy(() -> UploadName.check(name, "210702-D01", REGISTERED::contains));
	}

	@org.junit.jupiter.api.Test
	void aNameTooLongIsRefused() {
		String name = "210702-D01-" + "长".repeat(UploadName.LONGEST) + ".csv";
		assertThatIllegalArgumentException().isThrownBy(() -> UploadName.check(name, "210702-D01", REGISTERED::contains))
			.withMessageContaining("文件名过长");
	}

}
