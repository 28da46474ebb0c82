package org.ogirollup.submission.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link ValueText} takes for a value, as the reports print them. */
class PdfValueTextTest {

	@ParameterizedTest
	@ValueSource(strings = { "95", "0", "96171.6", "21469172.33元", "251000 元", "增82", "减5", "-417", "+2", "１２",
			"1,234" })
	void numbersAsTheReportsPrintThem(String text) {
		assertThat(ValueText.isNumber(text)).isTrue();
		assertThat(ValueText.isValueLike(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\u00A0", "\u3000", "-", "—", "/", "无" })
	void blanksAndPlaceholdersAreValuesButNoNumbers(String text) {
		assertThat(ValueText.isNumber(text)).isFalse();
		assertThat(ValueText.isValueLike(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.属于国家秘密", "1、其他", "2024年", "2018年度", "本年制发件数", "不适用", "第二十条第（一）项" })
	void labelsAndHeaderWordsAreNoValues(String text) {
		assertThat(ValueText.isValueLike(text)).isFalse();
	}

}
