package org.ogirollup.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;

/**
 * The values of one report as they are read, and what has been said about them: each cell
 * parsed once, blank cells kept apart from zeros written, cells that several printed rows add up
 * to summed, items already named by an error not reported again as missing.
 */
final class ReadingState {

	private final ReportLayout layout;

	private final Value[] values;

	private final Notes notes;

	/** Money units a table's own column headers give, such as 采购总金额（万元）. */
	private final Map<Item, String> headerUnits = new HashMap<>();

	/** Blank cells by printed row, said once the derivable totals are derived. */
	private final Map<Place, List<Item>> blanks = new LinkedHashMap<>();

	private final Set<Item> reported = new HashSet<>();

	private int splitRows;

	ReadingState(ReportLayout layout, Notes notes) {
		this.layout = layout;
		this.values = new Value[layout.catalog().size()];
		this.notes = notes;
	}

	Notes notes() {
		return this.notes;
	}

	ReportLayout layout() {
		return this.layout;
	}

	Value[] values() {
		return this.values;
	}

	void headerUnit(Item item, String unit) {
		this.headerUnits.put(item, unit);
	}

	/** Parses a printed cell into the row's item at a column; the row's place groups its blanks. */
	void put(ReportLayout.Row row, int column, Cell cell, Place rowPlace, String label) {
		Item item = row.items().get(column);
		Item printed = row.printed().get(column);
		ValueParser.Parsed parsed = ValueParser.parse(cell.text(), item, this.headerUnits.get(item));
		if (!parsed.isNumber()) {
			this.notes.error(cell.place(), parsed.ruleId(), List.of(item), Notes.cell(printed) + "的" + parsed.note());
			this.reported.add(item);
			return;
		}
		Value value = switch (parsed.state()) {
			case BLANK -> Value.blank(cell.place().line(), label);
			case NOT_APPLICABLE -> Value.notApplicable(cell.place().line(), label);
			default -> Value.given(parsed.number(), cell.place().line(), label);
		};
		if (parsed.state() == Value.State.BLANK) {
			this.blanks.computeIfAbsent(rowPlace, (key) -> new ArrayList<>()).add(printed);
		}
		else if (parsed.ruleId() != null) {
			this.notes.add(cell.place(), parsed.ruleId(), parsed.severity(), List.of(item), Notes.cell(printed) + "：" + parsed.note());
		}
		store(row, item, value);
	}

	private void store(ReportLayout.Row row, Item item, Value value) {
		Value before = this.values[item.index()];
		if (row.adds() && before != null && value.number() != null) {
			BigDecimal sum = before.amount().add(value.amount());
			this.values[item.index()] = (before.state() == Value.State.BLANK && value.state() == Value.State.BLANK) ? before
					: Value.given(sum, before.line(), before.label());
			return;
		}
		this.values[item.index()] = value;
	}

	/** Counts a row whose digits one split only fits. */
	void splitRow() {
		this.splitRows++;
	}

	int splitRows() {
		return this.splitRows;
	}

	void reported(List<Item> items) {
		this.reported.addAll(items);
	}

	boolean isReported(Item item) {
		return this.reported.contains(item);
	}

	/** The values read so far as whole numbers, for the arithmetic of splits. */
	Map<Item, Long> knownWholeNumbers() {
		Map<Item, Long> known = new HashMap<>();
		for (Item item : this.layout.catalog().items()) {
			Value value = this.values[item.index()];
			if (value != null && value.number() != null && item.kind() != ItemKind.MONEY) {
				known.put(item, value.amount().longValue());
			}
		}
		return known;
	}

	/** Says every blank cell that was not derived, one finding a printed row. */
	void reportBlanks(Map<Item, BigDecimal> derived) {
		this.blanks.forEach((place, items) -> {
			List<Item> read = items.stream().filter((item) -> !derived.containsKey(item)).toList();
			if (!read.isEmpty()) {
				String row = Notes.cell(read.get(0));
				this.notes.warn(place, RuleIds.BLANK_VALUE, read, row.substring(0, row.indexOf('行') + 1) + "有 " + read.size()
						+ " 格空白，按 0 计：" + Notes.columns(read));
			}
		});
	}

}
