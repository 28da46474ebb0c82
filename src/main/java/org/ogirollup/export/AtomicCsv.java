package org.ogirollup.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file so that readers only ever see the old file or the whole new one: the rows go
 * to a temporary file beside the target, which is then moved into place.
 */
final class AtomicCsv {

	/** LF, quoting only where needed: stable bytes and clean diffs between runs. */
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

	/** What Excel and WPS open without an import dialog: CRLF lines (after the byte order mark). */
	private static final CSVFormat SPREADSHEET = CSVFormat.EXCEL;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private AtomicCsv() {
	}

	/** Fills a table's rows. */
	@FunctionalInterface
	interface Rows {

		void print(TableWriter table) throws IOException;

	}

	/**
	 * The rows of one table as they are written: every text cell through {@link SpreadsheetText},
	 * so that no output of the project can carry a formula into a spreadsheet.
	 */
	static class TableWriter {

		private final CSVPrinter printer;

		private TableWriter(CSVPrinter printer) {
			this.printer = printer;
		}

		/** One row; a {@code null} cell is written empty, numbers as they are. */
		void row(Object... cells) throws IOException {
			row(Arrays.asList(cells));
		}

		void row(List<?> cells) throws IOException {
			List<Object> safe = new ArrayList<>(cells.size());
			for (Object cell : cells) {
				safe.add((cell instanceof CharSequence text) ? SpreadsheetText.safe(text.toString()) : cell);
			}
			this.printer.printRecord(safe);
		}

		/** An empty line between blocks of a table for people. */
		void blankLine() throws IOException {
			this.printer.println();
		}

	}

	/**
	 * Writes a long table with its header: UTF-8 after a byte order mark (without it Excel and WPS
	 * on a Chinese Windows read UTF-8 as GBK and show 辽宁省 as 杈藉畞鐪), LF lines for clean diffs.
	 */
	static void write(Path target, String[] header, Rows rows) throws IOException {
		writeAtomically(target, FORMAT, (table) -> {
			table.row((Object[]) header);
			rows.print(table);
		});
	}

	/**
	 * Replaces the blocks of some keys of a table that {@link #write} wrote whole, copying the rest
	 * as it is (see {@link TableBlocks}): the bytes come out as a whole write of the same rows would
	 * make them.
	 * @param keys the keys whose blocks are replaced; a key {@code rows} prints nothing for loses its block
	 * @param keyOf the key of a row from its first field as written
	 * @param rows prints the rows of those keys, in the table's order
	 * @return {@code false}, and nothing written, when the table is missing or has another header
	 */
	static boolean splice(Path target, String[] header, Set<String> keys, UnaryOperator<String> keyOf, Rows rows)
			throws IOException {
		StringBuilder text = new StringBuilder();
		CSVPrinter printer = new CSVPrinter(text, FORMAT);
		new TableWriter(printer).row((Object[]) header);
		// the file's first record starts with the byte order mark a whole write puts before it
		String headerText = BYTE_ORDER_MARK + text.toString();
		NavigableMap<String, String> blocks = new TreeMap<>();
		keys.forEach((key) -> blocks.put(key, ""));
		text.setLength(0);
		rows.print(new TableWriter(printer) {

			@Override
			void row(List<?> cells) throws IOException {
				super.row(cells);
				String record = text.toString();
				blocks.merge(keyOf.apply(TableBlocks.firstField(record)), record, String::concat);
				text.setLength(0);
			}

		});
		printer.flush();
		return TableBlocks.splice(target, headerText, blocks, keyOf);
	}

	/**
	 * Writes a file for people to open in a spreadsheet: UTF-8 with a byte order mark, CRLF, no
	 * fixed header.
	 */
	static void writeForSpreadsheet(Path target, Rows rows) throws IOException {
		writeAtomically(target, SPREADSHEET, rows);
	}

	private static void writeAtomically(Path target, CSVFormat format, Rows rows) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				writer.write(BYTE_ORDER_MARK);
				try (CSVPrinter printer = new CSVPrinter(writer, format)) {
					rows.print(new TableWriter(printer));
				}
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			// a half-written table must not lie beside the outputs, where it could be mistaken for one
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

}
