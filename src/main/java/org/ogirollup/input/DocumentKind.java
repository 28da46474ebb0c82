package org.ogirollup.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ogirollup.text.TextDecoding;

/**
 * The kinds of file a unit sends, told by their content first and their name second: a report
 * saved as a PDF under a .doc name, or an Excel sheet saved as .csv, is still read for what it is.
 */
public enum DocumentKind {

	/** Canonical CSV: {@code unit_code,report_year,item,value}. */
	CSV("CSV 数据文件"),

	/** The text of a published report. */
	TEXT("报告文本"),

	/** A web page. */
	HTML("网页"),

	/** A PDF with a text layer. */
	PDF("PDF 文件"),

	/** A Word document, .docx or .doc. */
	WORD("Word 文件"),

	/** An Excel or WPS workbook, .xlsx or .xls. */
	EXCEL("Excel 文件"),

	/** Anything else. */
	UNSUPPORTED("不支持的文件");

	/** The kinds the pipeline reads, for help texts and messages. */
	public static final String ACCEPTED = "CSV 数据文件（.csv）、报告文本（.txt）、网页（.html、.htm）、PDF（.pdf）、"
			+ "Word（.docx、.doc）和 Excel（.xlsx、.xls）";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private final String words;

	DocumentKind(String words) {
		this.words = words;
	}

	/** The kind in a clerk's words. */
	public String words() {
		return this.words;
	}

	/** The kind of a file, from its bytes and its name. */
	public static DocumentKind of(String fileName, byte[] bytes) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (startsWith(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII))) {
			return PDF;
		}
		if (startsWith(bytes, new byte[] { 'P', 'K', 3, 4 })) {
			String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.ISO_8859_1);
			if (head.contains("word/")) {
				return WORD;
			}
			if (head.contains("xl/")) {
				return EXCEL;
			}
			return byName(name, UNSUPPORTED);
		}
		if (startsWith(bytes, OLE2)) {
			String head = new String(bytes, 0, Math.min(bytes.length, 1 << 20), StandardCharsets.UTF_16LE);
			if (head.contains("WordDocument")) {
				return WORD;
			}
			if (head.contains("Workbook") || head.contains("Book")) {
				return EXCEL;
			}
			return byName(name, UNSUPPORTED);
		}
		String text = TextDecoding.decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8192))).text();
		String start = text.stripLeading().toLowerCase(Locale.ROOT);
		if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<table")
				|| start.startsWith("<?xml") && start.contains("<html")) {
			return HTML;
		}
		DocumentKind named = byName(name, null);
		if (named != null) {
			return named;
		}
		if (start.startsWith("unit_code,") || start.startsWith("\"unit_code\",")) {
			return CSV;
		}
		return text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? TEXT
				: UNSUPPORTED;
	}

	private static DocumentKind byName(String name, DocumentKind otherwise) {
		if (name.endsWith(".csv")) {
			return CSV;
		}
		if (name.endsWith(".txt")) {
			return TEXT;
		}
		if (name.endsWith(".html") || name.endsWith(".htm")) {
			return HTML;
		}
		if (name.endsWith(".pdf")) {
			return PDF;
		}
		if (name.endsWith(".docx") || name.endsWith(".doc")) {
			return WORD;
		}
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			return EXCEL;
		}
		return otherwise;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
