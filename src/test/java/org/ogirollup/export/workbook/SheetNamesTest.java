package org.ogirollup.export.workbook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			210000 辽宁省                                   | 210000 辽宁省
			152900 阿拉善盟阿拉善左旗巴彦浩特镇某某某某某某某某某某某某 | 152900 阿拉善盟阿拉善左旗巴彦浩特镇某某某某某某某某某某
			a:b\\c/d?e*f[g]h                               | a_b_c_d_e_f_g_h
			=1+1                                            | =1+1
			""")
	void aNameIsWhatExcelAccepts(String wanted, String name) {
		String next = new SheetNames().next(wanted);

		assertThat(next).isEqualTo(name).hasSizeLessThanOrEqualTo(SheetNames.MAX_LENGTH);
	}

	@Test
	void anApostropheAtEitherEndIsReplaced() {
		assertThat(new SheetNames().next("'引号'")).isEqualTo("_引号_");
		assertThat(new SheetNames().next("阿's")).isEqualTo("阿's");
	}

	@Test
	void aRepeatedNameGetsANumberWithinTheLimitAndCaseDoesNotTellNamesApart() {
		SheetNames names = new SheetNames();
		String long31 = "1".repeat(31);

		assertThat(names.next("城区")).isEqualTo("城区");
		assertThat(names.next("城区")).isEqualTo("城区（2）");
		assertThat(names.next("城区")).isEqualTo("城区（3）");
		assertThat(names.next("Abc")).isEqualTo("Abc");
		assertThat(names.next("ABC")).isEqualTo("ABC（2）");
		assertThat(names.next(long31)).isEqualTo(long31);
		assertThat(names.next(long31)).isEqualTo("1".repeat(28) + "（2）").hasSize(31);
		assertThat(names.next("History")).as("kept by Excel").isEqualTo("History（2）");
		assertThat(names.next("   ")).isEqualTo("表");
	}

	@Test
	void aCharacterBeyondTheBasicPlaneIsNeverCutInHalf() {
		String name = "𠀀".repeat(20);

		assertThat(SheetNames.cut(name, 31)).isEqualTo("𠀀".repeat(15));
	}

}
