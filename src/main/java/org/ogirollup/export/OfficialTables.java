package org.ogirollup.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.registry.Unit;

/**
 * The statistical tables of one government's totals in the official layout, for people: one CSV
 * per node that Excel and WPS open directly (UTF-8 with BOM). The three blocks of
 * {@link NodeTables} stacked, each a faithful copy of the official tables (二, 三 and 四 with their
 * row and column labels from the catalog), so that every block can be checked cell by cell
 * against a printed report. Parent labels are written once, where a printed table merges cells.
 */
public final class OfficialTables {

	/** The folder under a year's output that holds the tables, one file per node. */
	public static final String FOLDER = "tables";

	private OfficialTables() {
	}

	/**
	 * Writes {@code <folder>/<node code>.csv}.
	 * @param folder the folder of the tables, usually {@code <output>/<year>/}{@value #FOLDER}
	 * @param node the government
	 * @param year the report year of {@code current}
	 * @param catalog the catalog of this year's values
	 * @param current this year's values in catalog order, {@code null} for an absent cell
	 * @param prevCatalog the catalog of last year's values
	 * @param previous last year's values in that catalog's order, or {@code null} when there is no
	 * previous year: the file then holds this year and says so
	 * @return the file written
	 */
	public static Path write(Path folder, Unit node, int year, Catalog catalog, BigDecimal[] current,
			Catalog prevCatalog, BigDecimal[] previous) throws IOException {
		NodeTables tables = NodeTables.of(node, year, catalog, current, prevCatalog, previous);
		Path file = folder.resolve(node.code() + ".csv");
		AtomicCsv.writeForSpreadsheet(file, (table) -> {
			table.row(tables.heading(), year + " 年政府信息公开工作年度报告统计表");
			table.blankLine();
			for (NodeTables.Block block : tables.blocks()) {
				block(table, block);
			}
			if (!tables.hasPrevious()) {
				table.row(tables.withoutPrevious());
			}
			for (String note : tables.notes()) {
				table.row(note);
			}
		});
		return file;
	}

	private static void block(AtomicCsv.TableWriter table, NodeTables.Block block) throws IOException {
		table.row(block.title());
		for (OfficialLayout.Table official : block.layout().tables()) {
			table.row(official.section().heading());
			for (OfficialLayout.Part part : official.parts()) {
				if (!part.title().isEmpty()) {
					table.row(part.title());
				}
				for (OfficialLayout.Line line : part.lines()) {
					List<String> record = new ArrayList<>(line.fields().size());
					for (OfficialLayout.Field field : line.fields()) {
						record.add(field.isValue() ? ComparisonTables.number(block.cells().get(field.position()).value())
								: field.text());
					}
					table.row(record);
				}
			}
			table.blankLine();
		}
	}

}
