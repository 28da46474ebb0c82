package org.ogirollup.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV file so that readers only ever see the old file or the whole new one: the rows go
 * to a temporary file beside the target, which is then moved into place.
 */
final class AtomicCsv {

	/** UTF-8, LF, quoting only where needed: stable bytes and clean diffs between runs. */
	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

	/** What Excel and WPS open without an import dialog: CRLF lines after a byte order mark. */
	private static final CSVFormat SPREADSHEET = CSVFormat.EXCEL;

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private AtomicCsv() {
	}

	/** Fills a table's rows. */
	@FunctionalInterface
	interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	static void write(Path target, String[] header, Rows rows) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, FORMAT.builder().setHeader(header).get())) {
				rows.print(printer);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			// a half-written table must not lie beside the outputs, where it could be mistaken for one
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	/**
	 * Writes a file for people to open in a spreadsheet: UTF-8 with a byte order mark (without it
	 * Excel reads UTF-8 as the local code page and garbles Chinese), CRLF, no fixed header.
	 */
	static void writeForSpreadsheet(Path target, Rows rows) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
			writer.write(BYTE_ORDER_MARK);
			try (CSVPrinter printer = new CSVPrinter(writer, SPREADSHEET)) {
				rows.print(printer);
			}
		}
		Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

}
