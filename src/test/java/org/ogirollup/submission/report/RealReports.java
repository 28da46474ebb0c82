package org.ogirollup.submission.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.ReportDocuments;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * The real published reports of {@code reports/published} and the true value of every cell of
 * each ({@code cells.csv}: an empty value is a blank cell), for the readers' tests.
 */
final class RealReports {

	static final Path FOLDER = Path.of("src/test/resources/reports/published");

	private RealReports() {
	}

	/** The true cells of a report, by item code, in the order of cells.csv. */
	static Map<String, String> cells(String report) throws IOException {
		Map<String, String> cells = new LinkedHashMap<>();
		try (Reader reader = Files.newBufferedReader(FOLDER.resolve("cells.csv"), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				if (row.get("report").equals(report)) {
					cells.put(row.get("item"), row.get("value"));
				}
			}
		}
		return cells;
	}

	/** The report year of a report of cells.csv, such as 2021 for pingtan-2021. */
	static int year(String report) {
		return Integer.parseInt(report.substring(report.lastIndexOf('-') + 1));
	}

	/** Reads a file of the folder with the reader its kind needs. */
	static PublishedReportReader.Reading read(String file, String report)
			throws IOException, UnreadableDocumentException {
		byte[] bytes = Files.readAllBytes(FOLDER.resolve(file));
		return new PublishedReportReader().read(ReportDocuments.read(DocumentKind.of(file, bytes), bytes), file, "350128",
				year(report), Scope.OWN);
	}

	/** A cell as cells.csv writes it: blank empty, not applicable '-', numbers as printed. */
	static String written(Submission submission, String code) {
		return submission.catalog().item(code).flatMap(submission::value).map(RealReports::written).orElse(null);
	}

	private static String written(Value value) {
		return switch (value.state()) {
			case BLANK, DERIVED -> "";
			case NOT_APPLICABLE -> "-";
			case GIVEN -> value.number().toPlainString();
		};
	}

}
