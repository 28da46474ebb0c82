package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.document.Place;
import org.ogirollup.text.Excerpt;

/**
 * The findings of one reading of a report, in Chinese and in the report's own words: each names
 * the table, row and column as the report prints them, and the place in the document where a
 * clerk finds the cell.
 */
final class Notes {

	private final String source;

	private final String unitCode;

	private final int reportYear;

	private final List<Finding> findings = new ArrayList<>();

	Notes(String source, String unitCode, int reportYear) {
		this.source = source;
		this.unitCode = unitCode;
		this.reportYear = reportYear;
	}

	void warn(Place place, String ruleId, List<Item> items, String message) {
		add(place, ruleId, Severity.WARNING, items, message);
	}

	void error(Place place, String ruleId, List<Item> items, String message) {
		add(place, ruleId, Severity.ERROR, items, message);
	}

	void add(Place place, String ruleId, Severity severity, List<Item> items, String message) {
		String where = (place != null && !place.description().isEmpty()) ? "（位置：" + place.description() + "）" : "";
		String at = (place != null && place.line() > 0) ? this.source + ":" + place.line() : this.source;
		this.findings.add(new Finding(at, this.unitCode, this.reportYear, ruleId, severity,
				items.stream().map((item) -> item.code().value()).toList(), message + where));
	}

	List<Finding> findings() {
		return this.findings;
	}

	/** How a message names a row: “（三）不予公开 1.属于国家秘密”. */
	static String row(ReportLayout.Row row) {
		return "“" + row.fullLabel() + "”";
	}

	/** How a message names a cell: “1.属于国家秘密”行“商业企业”列. */
	static String cell(Item item) {
		String[] row = item.rowLabel().split(" / ");
		String[] column = item.columnLabel().split(" / ");
		return "“" + row[row.length - 1] + "”行“" + column[column.length - 1] + "”列";
	}

	/** The columns of some cells of one row, as the table heads them: 商业企业、科研机构. */
	static String columns(List<Item> items) {
		List<String> names = new ArrayList<>();
		for (Item item : items) {
			String[] column = item.columnLabel().split(" / ");
			names.add(column[column.length - 1]);
		}
		return String.join("、", names);
	}

	/** Cell texts as printed, a blank shown as （空白）, quoted short. */
	static String written(List<String> texts) {
		List<String> shown = new ArrayList<>();
		for (String text : texts) {
			shown.add(text.isBlank() ? "（空白）" : Excerpt.of(text.strip()));
		}
		return Excerpt.cut(String.join(" ", shown), 120);
	}

}
