package org.ogirollup.generator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A minimal reader of the generated CSV files, written for the tests alone so that they check
 * the generator against the contract rather than against the project's own readers.
 */
final class SubmissionCsv {

	/** One submission as read: its values as text, by item, in file order. */
	record Read(String file, String unitCode, String reportYear, String scope, Map<String, String> values,
			List<String> labels) {

		long get(String item) {
			String text = this.values.get(item);
			if (text == null) {
				throw new AssertionError(this.unitCode + " " + this.reportYear + " has no " + item);
			}
			return text.isEmpty() ? 0 : Long.parseLong(text);
		}

		String key() {
			return this.unitCode + "|" + this.reportYear + "|" + this.scope;
		}

	}

	private SubmissionCsv() {
	}

	/** The text of a file, decoded as a reader must: BOM, else strict UTF-8, else GB18030. */
	static String decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, Charset.forName("GB18030"));
		}
	}

	static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** Every submission in a file, grouped by unit, year and scope. */
	static List<Read> readFile(Path root, Path file) throws IOException {
		String text = decode(Files.readAllBytes(file));
		CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		Map<String, Read> grouped = new LinkedHashMap<>();
		String name = root.relativize(file).toString().replace('\\', '/');
		for (CSVRecord row : csv.parse(new StringReader(text))) {
			String scope = row.isMapped("scope") ? row.get("scope") : "own";
			String key = row.get("unit_code") + "|" + row.get("report_year") + "|" + scope;
			Read read = grouped.computeIfAbsent(key, (k) -> new Read(name, row.get("unit_code"), row.get("report_year"),
					scope, new LinkedHashMap<>(), new ArrayList<>()));
			read.values().put(row.get("item"), row.get("value"));
			read.labels().add(row.isMapped("label") ? row.get("label") : "");
		}
		return new ArrayList<>(grouped.values());
	}

	/** Every submission under the year folders of an output folder, in file-name order. */
	static List<Read> readAll(Path root) throws IOException {
		List<Read> all = new ArrayList<>();
		for (Path file : csvFiles(root)) {
			all.addAll(readFile(root, file));
		}
		return all;
	}

	static List<Path> csvFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.getParent() != null && !file.getParent().equals(root))
				.filter((file) -> file.toString().endsWith(".csv"))
				.sorted()
				.toList();
		}
	}

}
