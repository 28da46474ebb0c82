package org.ogirollup.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The items of one report format, in the order of the official tables, loaded from the
 * catalog CSV shipped with the application.
 */
public final class Catalog {

	/** Every format's catalog, loaded once: they never change, and readers on every thread share them. */
	private static final Map<ReportFormat, Catalog> LOADED = loadAll();

	private final ReportFormat format;

	private final List<Item> items;

	private final Map<String, Item> itemsByCode;

	private final List<Item> printedItems;

	private final Map<Item, List<Item>> partsOfDerived;

	private Catalog(ReportFormat format, List<Item> items) {
		this.format = format;
		this.items = List.copyOf(items);
		Map<String, Item> byCode = new LinkedHashMap<>();
		for (Item item : items) {
			if (byCode.put(item.code().value(), item) != null) {
				throw new IllegalStateException("duplicate item " + item.code() + " in catalog of " + format);
			}
		}
		this.itemsByCode = Collections.unmodifiableMap(byCode);
		this.printedItems = this.items.stream().filter(Item::isPrinted).toList();
		Map<Item, List<Item>> parts = new LinkedHashMap<>();
		for (Item item : this.items) {
			if (!item.isPrinted()) {
				parts.put(item, partsOf(item, this.printedItems));
			}
		}
		this.partsOfDerived = Collections.unmodifiableMap(parts);
	}

	/** The catalog of a format. */
	public static Catalog of(ReportFormat format) {
		return LOADED.get(format);
	}

	/** The catalog of the format prescribed for a report year. */
	public static Catalog forReportYear(int reportYear) {
		return of(ReportFormat.forReportYear(reportYear));
	}

	/**
	 * The item with a code in the format a report year prescribes, else in the other format: outputs
	 * name cells of a report on the other year's template, and the change across the format change
	 * keeps last year's code for a group row. Empty for a code of neither format.
	 */
	public static Optional<Item> findItem(int reportYear, String code) {
		ReportFormat prescribed = ReportFormat.covers(reportYear) ? ReportFormat.forReportYear(reportYear) : null;
		if (prescribed != null) {
			Optional<Item> item = of(prescribed).item(code);
			if (item.isPresent()) {
				return item;
			}
		}
		for (ReportFormat format : ReportFormat.values()) {
			Optional<Item> item = (format != prescribed) ? of(format).item(code) : Optional.empty();
			if (item.isPresent()) {
				return item;
			}
		}
		return Optional.empty();
	}

	private static Map<ReportFormat, Catalog> loadAll() {
		Map<ReportFormat, Catalog> catalogs = new EnumMap<>(ReportFormat.class);
		for (ReportFormat format : ReportFormat.values()) {
			catalogs.put(format, load(format));
		}
		return Collections.unmodifiableMap(catalogs);
	}

	private static Catalog load(ReportFormat format) {
		String resource = format.catalogResource();
		try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("catalog resource missing: " + resource);
			}
			return read(format, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	static Catalog read(ReportFormat format, Reader reader) throws IOException {
		CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		List<Item> items = new ArrayList<>();
		for (CSVRecord row : csv.parse(reader)) {
			items.add(new Item(items.size(), new ItemCode(row.get("code")), row.get("section"), row.get("row_label"),
					row.get("column_label"), row.get("unit"), ItemKind.fromCatalog(row.get("kind"))));
		}
		return new Catalog(format, items);
	}

	public ReportFormat format() {
		return this.format;
	}

	/** Every item, in the order of the official tables. */
	public List<Item> items() {
		return this.items;
	}

	/** The cells the official tables print, in their order: every item but the derived sums. */
	public List<Item> printedItems() {
		return this.printedItems;
	}

	/**
	 * The derived sums of the catalog, each with the printed cells it adds up: the cells one row
	 * level below it in the same column, as rules.md D4 defines the group （六）其他处理.
	 */
	public Map<Item, List<Item>> derivedSums() {
		return this.partsOfDerived;
	}

	private static List<Item> partsOf(Item derived, List<Item> printed) {
		String code = derived.code().value();
		int column = code.lastIndexOf('.');
		String row = code.substring(0, column + 1);
		String suffix = code.substring(column);
		return printed.stream().filter((item) -> {
			String candidate = item.code().value();
			return candidate.startsWith(row) && candidate.endsWith(suffix)
					&& candidate.indexOf('.', row.length()) == candidate.length() - suffix.length();
		}).toList();
	}

	public int size() {
		return this.items.size();
	}

	/** The item with a code, if this format has it. */
	public Optional<Item> item(String code) {
		return Optional.ofNullable(this.itemsByCode.get(code));
	}

	/** The item with a code, which must exist: for codes that come from the project's own files. */
	public Item require(String code) {
		Item item = this.itemsByCode.get(code);
		if (item == null) {
			throw new IllegalArgumentException("no item " + code + " in format " + this.format);
		}
		return item;
	}

	public Item item(int index) {
		return this.items.get(index);
	}

}
