package org.ogirollup.export.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook so that readers only ever see the old file or the whole new one, as the CSV
 * tables are written: to a temporary name beside the target, then moved into place. The bytes
 * are the same on every run of the same input (POI writes fixed times into the zip; the one date
 * of its own, when the file was created, is left out), as {@code design.md} §4 asks of every
 * output.
 */
final class WorkbookFile {

	static final String EXTENSION = ".xlsx";

	private WorkbookFile() {
	}

	/** Fills a workbook's sheets. */
	@FunctionalInterface
	interface Sheets {

		void fill(Workbook workbook) throws IOException;

	}

	/**
	 * Writes a workbook streaming: rows beyond a window of 100 go to a temporary file as they are
	 * made, so that a province's hundreds of sheets or the country's 100,000 units take little
	 * heap; a sheet that is done can be flushed whole with {@code SXSSFSheet.flushRows()}. Small
	 * workbooks are written the same way: POI's in-memory workbook writes the current time into its
	 * zip entries, the streaming one a fixed time, and one way of writing is enough.
	 */
	static void write(Path target, Sheets sheets) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(false);
		try {
			write(target, workbook, workbook.getXSSFWorkbook(), sheets);
		}
		finally {
			// dispose first: close() shuts the temporary sheet files before it disposes of them, and
			// rows a failed fill left in memory would then be flushed into a closed file and the file
			// never deleted
			workbook.dispose();
			workbook.close();
		}
	}

	private static void write(Path target, Workbook workbook, POIXMLDocument document, Sheets sheets)
			throws IOException {
		document.getProperties().getCoreProperties().setCreated(Optional.empty());
		document.getProperties().getCoreProperties().setCreator("ogi-rollup");
		sheets.fill(workbook);
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				workbook.write(out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException ex) {
			// a half-written workbook must not lie beside the outputs, where it could be mistaken for one
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

}
