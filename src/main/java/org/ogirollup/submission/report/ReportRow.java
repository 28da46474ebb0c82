package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * A row of a report's document with its labels in the form they are compared in, and the label
 * texts that may name its table row, most specific first.
 */
final class ReportRow {

	/** A numbering that starts a row inside a longer label: （三）不予公开 1.属于国家秘密. */
	private static final Pattern NUMBERING_INSIDE = Pattern
		.compile("(?=(?<![\\d.])\\d+[.、])|(?=\\([一二三四五六七八九十]+\\))|(?=(?<![一二三四五六七八九十])[一二三四五六七八九十]+、)");

	private final Row row;

	private final int index;

	private final String compact;

	private final String leaf;

	ReportRow(Row row, int index) {
		this.row = row;
		this.index = index;
		this.compact = Folding.compact(row.label());
		this.leaf = row.labels().isEmpty() ? "" : Folding.compact(row.labels().get(row.labels().size() - 1));
	}

	static List<ReportRow> of(List<Row> rows) {
		List<ReportRow> folded = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			folded.add(new ReportRow(rows.get(i), i));
		}
		return folded;
	}

	/** Its position among the document's rows. */
	int index() {
		return this.index;
	}

	/** All its labels, folded and without blanks. */
	String compact() {
		return this.compact;
	}

	/** The label as printed, for messages. */
	String printedLabel() {
		return this.row.label().strip();
	}

	List<Cell> cells() {
		return this.row.cells();
	}

	boolean hasCells() {
		return this.row.hasCells();
	}

	boolean hasLabel() {
		return !this.compact.isEmpty();
	}

	Place place() {
		return this.row.place();
	}

	/**
	 * The texts that may name the row's table row, most specific first: its own label with the
	 * header words a page glued in front of it taken away, its own label, all its labels, and the
	 * last numbered part of its own label.
	 */
	List<String> candidates(HeaderWords headers) {
		List<String> candidates = new ArrayList<>(4);
		add(candidates, headers.stripLeading(this.leaf));
		add(candidates, this.leaf);
		add(candidates, headers.stripLeading(this.compact));
		String[] parts = NUMBERING_INSIDE.split(this.leaf);
		if (parts.length > 1) {
			add(candidates, parts[parts.length - 1]);
		}
		return candidates;
	}

	/** The label of a row that follows one of labels only: the two read as one, for wrapped labels. */
	String joinedAfter(ReportRow labelsOnly, HeaderWords headers) {
		return headers.stripLeading(labelsOnly.compact + this.leaf);
	}

	private static void add(List<String> candidates, String candidate) {
		if (!candidate.isEmpty() && !candidates.contains(candidate)) {
			candidates.add(candidate);
		}
	}

}
