package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link TextLine} and {@link PageFurniture} read glyphs into lines and tell page numbers. */
class PdfTextLineTest {

	@Test
	void charactersOfSeveralSizesWhoseMiddlesAgreeShareALine() {
		List<Glyph> glyphs = new ArrayList<>(word("一、本年新收", 77.5, 511.9, 9, 9));
		glyphs.addAll(word("95", 318.7, 513.3, 14, 7));
		glyphs.addAll(word("四、结转", 77.5, 534.7, 9, 9));
		List<TextLine> lines = TextLine.of(glyphs);
		assertThat(lines).extracting(TextLine::text).containsExactly("一、本年新收 95", "四、结转");
	}

	@Test
	void aJustifiedChineseLineHasNoSpacesButLettersAGapApartHaveOne() {
		// 情 and 形 half a character apart, as a justified line spreads them; 2024 and 年 a quarter
		List<Glyph> glyphs = new ArrayList<>(word("只计这一情", 100, 577, 9, 9));
		glyphs.addAll(word("形", 149.5, 577, 9, 9));
		assertThat(TextLine.textOf(glyphs)).isEqualTo("只计这一情形");
		List<Glyph> latin = new ArrayList<>(word("Page", 100, 300, 10, 5));
		latin.addAll(word("4", 124, 300, 10, 5));
		assertThat(TextLine.textOf(latin)).isEqualTo("Page 4");
	}

	@Test
	void aLabelWrappedInItsCellIsOneText() {
		List<Glyph> glyphs = new ArrayList<>(word("商业企", 345.7, 465.6, 9, 9));
		glyphs.addAll(word("业", 345.7, 478.6, 9, 9));
		assertThat(TextLine.textOf(glyphs)).isEqualTo("商业企业");
	}

	@ParameterizedTest
	@ValueSource(strings = { "- 4 -", "-4-", "— 4 —", "4", "第 4 页", "第4页共9页", "4/9", "（4）" })
	void pageNumbersAsPagesPrintThem(String text) {
		assertThat(PageFurniture.isPageNumber(line(text))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024年", "四、政府信息公开行政复议、行政诉讼情况", "第二十条第（一）项", "共 4 件" })
	void otherLinesAreNoPageNumbers(String text) {
		assertThat(PageFurniture.isPageNumber(line(text))).isFalse();
	}

	private static TextLine line(String text) {
		return TextLine.of(word(text, 280, 800, 12, 6)).get(0);
	}

	/** The glyphs of a word, each the given advance after the one before. */
	private static List<Glyph> word(String text, double x, double baseline, double size, double advance) {
		List<Glyph> glyphs = new ArrayList<>();
		int i = 0;
		for (String character : text.codePoints().mapToObj(Character::toString).toList()) {
			glyphs.add(new Glyph(character, x + i++ * advance, baseline, advance, size));
		}
		return glyphs;
	}

}
