package org.ogirollup.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file from a county or department into text, whichever of the encodings
 * offices actually use it came in: UTF-8 with or without a byte order mark, or GB18030 (a
 * superset of GBK and GB2312, as Excel and WPS save "CSV" on a Chinese Windows).
 */
public final class TextDecoding {

	/** GB18030 reads GBK and GB2312 files unchanged. */
	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final char REPLACEMENT = '\uFFFD';

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TextDecoding() {
	}

	/** The text and the encoding it was found in. */
	public record Decoded(String text, Charset charset) {
	}

	/**
	 * Decodes a file's bytes. A strict UTF-8 decode that succeeds is taken as UTF-8: text in
	 * GB18030 with any Chinese in it is practically never valid UTF-8, while plain ASCII reads
	 * the same in both.
	 */
	public static Decoded decode(byte[] bytes) {
		if (startsWithUtf8Bom(bytes)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		// The String constructor is the JDK's fastest decoder, but it replaces what is not UTF-8
		// with U+FFFD instead of failing; without one in the result the bytes were valid UTF-8.
		String lenient = new String(bytes, StandardCharsets.UTF_8);
		if (lenient.indexOf(REPLACEMENT) < 0) {
			return new Decoded(lenient, StandardCharsets.UTF_8);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new Decoded(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException notUtf8) {
			return new Decoded(new String(bytes, GB18030), GB18030);
		}
	}

	private static boolean startsWithUtf8Bom(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
	}

}
