package org.ogirollup.generator;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a submission file is encoded: most are plain UTF-8, a few look like Excel exports so that
 * readers meet every encoding the contract allows.
 */
enum FileVariant {

	/** UTF-8, LF, no BOM, no label column. */
	UTF8(StandardCharsets.UTF_8, false, "\n", false),

	/** UTF-8 with a BOM and CRLF line ends, with a Chinese label column: "CSV UTF-8" from Excel. */
	UTF8_BOM_CRLF(StandardCharsets.UTF_8, true, "\r\n", true),

	/** GB18030, CRLF, with a Chinese label column so that the encoding matters: "CSV" from Chinese Excel. */
	GB18030(Charset.forName("GB18030"), false, "\r\n", true);

	private final Charset charset;

	private final boolean bom;

	private final String lineEnd;

	private final boolean labels;

	FileVariant(Charset charset, boolean bom, String lineEnd, boolean labels) {
		this.charset = charset;
		this.bom = bom;
		this.lineEnd = lineEnd;
		this.labels = labels;
	}

	Charset charset() {
		return this.charset;
	}

	boolean bom() {
		return this.bom;
	}

	String lineEnd() {
		return this.lineEnd;
	}

	/** Whether files of this variant carry the {@code label} column. */
	boolean labels() {
		return this.labels;
	}

}
