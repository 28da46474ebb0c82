package org.ogirollup.input;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Ways to damage a document for the fuzz tests, each named so that a failure says which: its
 * bytes flipped, cut, deleted, copied or zeroed; its text edited where a reader looks (tags,
 * separators, spans, digit runs, deep nesting); or, for a Word or Excel file, the XML inside its
 * ZIP package edited and the package written again, so that damage reaches the parser behind
 * the package's checksums.
 */
final class Mutations {

	/** Pieces of text that readers treat specially, thrown in at random places. */
	private static final List<String> PIECES = List.of("<td rowspan=\"99999\">", "<td colspan=\"100000\">x</td>", "<tr>",
			"</table>", "<table>", "</td>", "<p>", "&nbsp;", "|", "||", "\n", "\r\n", "?", "\u3000", "增", "减", "-", "元",
			"万元", "（七）总计", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "一、本年新收政府信息公开申请数量",
			"<div>".repeat(3000), "9".repeat(300), "0".repeat(40), "1234567890".repeat(5), "<!--", "<![CDATA[",
			"w:val=\"99999999\"", "<w:vMerge/>", "<w:gridSpan w:val=\"64000\"/>", "<w:tc>", "</w:tr>", "<c r=\"XFD1048576\"><v>1</v></c>",
			"<mergeCell ref=\"A1:XFD1048576\"/>", "<v>1e308</v>", "<v>NaN</v>", "t=\"e\"");

	private Mutations() {
	}

	/** One damaged copy, and how it was damaged. */
	record Mutant(byte[] bytes, String how) {
	}

	static Mutant of(byte[] original, boolean zip, Random random) {
		// damage to a ZIP's bytes is mostly caught by its checksums: most copies are damaged inside
		if (zip && random.nextInt(5) > 0) {
			return inPackage(original, random);
		}
		return random.nextBoolean() ? bytes(original, random) : text(original, random);
	}

	/** Damage to the bytes as they are stored. */
	static Mutant bytes(byte[] original, Random random) {
		int at = random.nextInt(original.length);
		int length = 1 + random.nextInt(2000);
		int end = Math.min(original.length, at + length);
		switch (random.nextInt(5)) {
			case 0 -> {
				byte[] flipped = original.clone();
				int flips = 1 + random.nextInt(8);
				for (int i = 0; i < flips; i++) {
					flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
				}
				return new Mutant(flipped, flips + " bytes flipped");
			}
			case 1 -> {
				return new Mutant(Arrays.copyOf(original, at), "cut at " + at);
			}
			case 2 -> {
				return new Mutant(splice(original, at, end, new byte[0]), "deleted " + at + ".." + end);
			}
			case 3 -> {
				int from = random.nextInt(original.length);
				byte[] copy = Arrays.copyOfRange(original, from, Math.min(original.length, from + length));
				return new Mutant(splice(original, at, at, copy), "copied " + copy.length + " bytes from " + from + " to " + at);
			}
			default -> {
				byte[] zeroed = original.clone();
				Arrays.fill(zeroed, at, end, (byte) 0);
				return new Mutant(zeroed, "zeroed " + at + ".." + end);
			}
		}
	}

	/** Damage to the text: a piece thrown in, a stretch deleted or repeated. */
	static Mutant text(byte[] original, Random random) {
		String text = new String(original, StandardCharsets.UTF_8);
		StringBuilder how = new StringBuilder();
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			int at = random.nextInt(text.length() + 1);
			int end = Math.min(text.length(), at + random.nextInt(600));
			switch (random.nextInt(3)) {
				case 0 -> {
					String piece = PIECES.get(random.nextInt(PIECES.size()));
					text = text.substring(0, at) + piece + text.substring(at);
					how.append("inserted ").append(piece.length() > 20 ? piece.substring(0, 20) + "…" : piece).append(" at ")
						.append(at).append("; ");
				}
				case 1 -> {
					text = text.substring(0, at) + text.substring(end);
					how.append("deleted ").append(at).append("..").append(end).append("; ");
				}
				default -> {
					text = text.substring(0, end) + text.substring(at, end) + text.substring(end);
					how.append("repeated ").append(at).append("..").append(end).append("; ");
				}
			}
		}
		return new Mutant(text.getBytes(StandardCharsets.UTF_8), how.toString());
	}

	/** Damage to one XML part inside a ZIP package, written again with good checksums. */
	static Mutant inPackage(byte[] original, Random random) {
		try {
			List<String> names = new ArrayList<>();
			List<byte[]> contents = new ArrayList<>();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					names.add(entry.getName());
					contents.add(in.readAllBytes());
				}
			}
			if (names.isEmpty()) {
				return bytes(original, random);
			}
			int part = pickPart(names, random);
			Mutant damaged = random.nextBoolean() ? text(contents.get(part), random) : elements(contents.get(part), random);
			contents.set(part, damaged.bytes());
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream out = new ZipOutputStream(bytes)) {
				for (int i = 0; i < names.size(); i++) {
					out.putNextEntry(new ZipEntry(names.get(i)));
					out.write(contents.get(i));
					out.closeEntry();
				}
			}
			return new Mutant(bytes.toByteArray(), names.get(part) + ": " + damaged.how());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Elements of Word's and Excel's XML that hold the tables: removed or repeated whole, the XML kept well formed. */
	private static final Pattern ELEMENT = Pattern.compile(
			"<(w:tc|w:tr|w:p|w:tbl|row|c|mergeCell|si|sheet)[ >][\\s\\S]*?</\\1>|<(w:vMerge|w:gridSpan|w:hMerge|w:gridBefore|mergeCell|c)\\b[^>]*/>");

	/** Numbers in attributes: spans, merges, cell references, counts. */
	private static final Pattern NUMBER_ATTRIBUTE = Pattern.compile("(w:val|ref|r|count|uniqueCount|s|t)=\"([^\"]*)\"");

	private static final List<String> ODD_VALUES = List.of("0", "-1", "99999", "2147483648", "", "restart", "continue",
			"A1:XFD1048576", "ZZZZ99999999", "e", "s", "n", "inlineStr", "B2:A1");

	/** Damage to the structure of an XML part: whole elements removed or repeated, attribute values changed. */
	static Mutant elements(byte[] xml, Random random) {
		String text = new String(xml, StandardCharsets.UTF_8);
		StringBuilder how = new StringBuilder();
		int edits = 1 + random.nextInt(4);
		for (int e = 0; e < edits; e++) {
			boolean attribute = random.nextInt(3) == 0;
			Matcher matcher = (attribute ? NUMBER_ATTRIBUTE : ELEMENT).matcher(text);
			List<int[]> found = new ArrayList<>();
			while (matcher.find() && found.size() < 5000) {
				found.add(attribute ? new int[] { matcher.start(2), matcher.end(2) } : new int[] { matcher.start(), matcher.end() });
			}
			if (found.isEmpty()) {
				continue;
			}
			int[] at = found.get(random.nextInt(found.size()));
			if (attribute) {
				String value = ODD_VALUES.get(random.nextInt(ODD_VALUES.size()));
				text = text.substring(0, at[0]) + value + text.substring(at[1]);
				how.append("attribute at ").append(at[0]).append(" set to '").append(value).append("'; ");
			}
			else if (random.nextBoolean()) {
				text = text.substring(0, at[0]) + text.substring(at[1]);
				how.append("element removed at ").append(at[0]).append("; ");
			}
			else {
				String element = text.substring(at[0], at[1]);
				text = text.substring(0, at[1]) + element.repeat(1 + random.nextInt(3)) + text.substring(at[1]);
				how.append("element repeated at ").append(at[0]).append("; ");
			}
		}
		return new Mutant(text.getBytes(StandardCharsets.UTF_8), how.toString());
	}

	/** Mostly the part that holds the tables, sometimes any other. */
	private static int pickPart(List<String> names, Random random) {
		List<Integer> tables = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name.equals("word/document.xml") || name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml")) {
				tables.add(i);
			}
		}
		if (!tables.isEmpty() && random.nextInt(4) > 0) {
			return tables.get(random.nextInt(tables.size()));
		}
		return random.nextInt(names.size());
	}

	private static byte[] splice(byte[] bytes, int from, int to, byte[] piece) {
		byte[] out = new byte[bytes.length - (to - from) + piece.length];
		System.arraycopy(bytes, 0, out, 0, from);
		System.arraycopy(piece, 0, out, from, piece.length);
		System.arraycopy(bytes, to, out, from + piece.length, bytes.length - to);
		return out;
	}

}
