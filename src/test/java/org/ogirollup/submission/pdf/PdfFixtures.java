package org.ogirollup.submission.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.document.UnreadableDocumentException;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDFs the tests read, and what cells.csv says their cells hold. */
final class PdfFixtures {

	static final String HONGZE = "reports/published/hongze-2024.pdf";

	private PdfFixtures() {
	}

	static byte[] bytes(String resource) {
		try (InputStream in = PdfFixtures.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ReportDocument read(String resource) {
		try {
			return new PdfDocumentReader().read(bytes(resource));
		}
		catch (UnreadableDocumentException ex) {
			throw new AssertionError(resource + " should be readable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * A PDF read as if its pages drew no line: the same glyphs, no rulings, so that every table
	 * is read by where its words stand.
	 */
	static ReportDocument readWithoutRulings(String resource) {
		try {
			List<PageLayout> layouts = new ArrayList<>();
			for (PageContent page : PdfPages.read(bytes(resource), WorkBudget.forOneDocument())) {
				layouts.add(PageLayout.of(new PageContent(page.number(), page.width(), page.height(), page.glyphs(),
						List.of(), page.textShown())));
			}
			return new ReportDocument(ReadingOrder.rows(PageFurniture.strip(layouts)));
		}
		catch (UnreadableDocumentException ex) {
			throw new AssertionError(resource + " should be readable: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The values cells.csv gives a report, grouped by the table row that holds them, in the
	 * order the file lists them: {@code apply.new} holds the seven values of its columns. Table
	 * 四 is one row of 15 values under the key {@code 四}.
	 */
	static Map<String, List<String>> valuesByRow(String report) {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		String csv = new String(bytes("reports/published/cells.csv"), StandardCharsets.UTF_8);
		for (String line : csv.split("\r?\n")) {
			String[] fields = line.split(",", -1);
			if (fields.length != 5 || !fields[0].equals(report)) {
				continue;
			}
			String item = fields[3];
			String row = (item.startsWith("review.") || item.startsWith("litigation.")) ? "四"
					: item.substring(0, item.lastIndexOf('.'));
			rows.computeIfAbsent(row, (key) -> new ArrayList<>()).add(fields[4]);
		}
		return rows;
	}

	/** The rows with value cells, in order: the data rows of the tables. */
	static List<Row> dataRows(ReportDocument document) {
		return document.rows().stream().filter(Row::hasCells).toList();
	}

	static List<String> texts(Row row) {
		return row.cells().stream().map(Cell::text).toList();
	}

	/** The rows without value cells, each as its labels joined: headings, captions, column headers. */
	static List<String> labelRows(ReportDocument document) {
		return document.rows().stream().filter((row) -> !row.hasCells()).map((row) -> String.join(" / ", row.labels())).toList();
	}

}
