package org.ogirollup.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextDecodingTest {

	private static final String CHINESE = "unit_code,label\n210102,和平区 本年新收政府信息公开申请数量（自然人）\n";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "UTF-8, UTF-8", "GB18030, GB18030", "GBK, GB18030", "GB2312, GB18030" })
	void chineseTextIsDecodedInTheEncodingItCameIn(String written, String detected) {
		// given
		byte[] bytes = CHINESE.getBytes(Charset.forName(written));

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);

		// then
		assertThat(decoded.text()).isEqualTo(CHINESE);
		assertThat(decoded.charset()).isEqualTo(Charset.forName(detected));
	}

	@Test
	void utf8ByteOrderMarkIsStripped() {
		// given
		byte[] text = CHINESE.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[text.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bytes, 3, text.length);

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);

		// then
		assertThat(decoded.text()).isEqualTo(CHINESE).doesNotContain("\uFEFF");
		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void pureAsciiIsUtf8() {
		// given
		String ascii = "unit_code,report_year,item,value\n210102,2019,apply.new.total,12\n";

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(ascii.getBytes(StandardCharsets.US_ASCII));

		// then
		assertThat(decoded.text()).isEqualTo(ascii);
		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void emptyFileAndBomOnlyAreEmptyText() {
		assertThat(TextDecoding.decode(new byte[0]).text()).isEmpty();
		assertThat(TextDecoding.decode(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }).text()).isEmpty();
	}

	@Test
	void utf8ThatSpellsTheReplacementCharacterItselfIsStillUtf8() {
		// given: valid UTF-8 whose text holds U+FFFD, which the fast path also makes of broken bytes
		String text = "label\n\uFFFD 和平区\n";

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(text.getBytes(StandardCharsets.UTF_8));

		// then
		assertThat(decoded.text()).isEqualTo(text);
		assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void asciiWithASingleGb18030CharacterIsGb18030() {
		// given: one GB18030 character in ASCII text, not valid UTF-8
		byte[] bytes = "unit_code,label\n210102,区\n".getBytes(TextDecoding.GB18030);

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);

		// then
		assertThat(decoded.text()).isEqualTo("unit_code,label\n210102,区\n");
		assertThat(decoded.charset()).isEqualTo(TextDecoding.GB18030);
	}

}
