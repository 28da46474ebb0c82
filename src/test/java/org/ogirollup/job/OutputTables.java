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

/** Reads an output table back as rows of column name to value, for assertions. */
final class OutputTables {

	private OutputTables() {
	}

	static List<Map<String, String>> rows(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
		return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(","));
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
