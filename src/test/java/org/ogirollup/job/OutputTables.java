package org.ogirollup.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads an output table back as rows of column name to value, for assertions; every table starts
 * with a byte order mark (for Excel and WPS), which is checked and skipped.
 */
final class OutputTables {

	private static final int BYTE_ORDER_MARK = 0xFEFF;

	private OutputTables() {
	}

	static List<Map<String, String>> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			assertThat(reader.read()).as("byte order mark of " + file).isEqualTo(BYTE_ORDER_MARK);
			return CSVFormat.DEFAULT.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(reader)
				.stream()
				.map(CSVRecord::toMap)
				.toList();
		}
	}

	static List<String> header(Path file) throws IOException {
		String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
		assertThat(line.charAt(0)).as("byte order mark of " + file).isEqualTo((char) BYTE_ORDER_MARK);
		return List.of(line.substring(1).split(","));
	}

	/** The total of one item at one node, as written. */
	static String total(List<Map<String, String>> totals, String node, String item) {
		return totals.stream()
			.filter((row) -> row.get("node_code").equals(node) && row.get("item").equals(item))
			.map((row) -> row.get("value"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no total for " + node + " " + item));
	}

}
