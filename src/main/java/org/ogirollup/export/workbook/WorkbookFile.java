package org.ogirollup.export.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a workbook so that readers only ever see the old file or the whole new one, as the CSV
 * tables are written: to a temporary name beside the target, then moved into place. The bytes
 * are the same on every run of the same input (POI writes fixed times into the zip; the one date
 * of its own, when the file was created, is left out), as {@code design.md} §4 asks of every
 * output. Every file is packed once more after POI has written it, each entry copied compressed
 * as it is: that is where a write again takes the unchanged sheets of the file it replaces
 * ({@link EarlierWorkbook}), and a file written whole goes the same way so that both have the
 * same bytes.
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
	 * Fills a workbook's sheets, leaving empty a sheet that did not change when the file it
	 * replaces has it ({@link EarlierWorkbook#keep}).
	 */
	@FunctionalInterface
	interface ChangedSheets {

		void fill(Workbook workbook, EarlierWorkbook earlier) throws IOException;

	}

	/**
	 * Writes a workbook streaming: rows beyond a window of 100 go to a temporary file as they are
	 * made, so that a province's hundreds of sheets or the country's 100,000 units take little
	 * heap; a sheet that is done can be flushed whole with {@code SXSSFSheet.flushRows()}. Small
	 * workbooks are written the same way: POI's in-memory workbook writes the current time into its
	 * zip entries, the streaming one a fixed time, and one way of writing is enough.
	 */
	static void write(Path target, Sheets sheets) throws IOException {
		write(target, (workbook, earlier) -> sheets.fill(workbook), EarlierWorkbook.none());
	}

	/**
	 * Writes a workbook again, taking the sheets that did not change from the file it replaces; when
	 * that file's sheets or styles are not those of the new one, every sheet is written.
	 */
	static void rewrite(Path target, ChangedSheets sheets) throws IOException {
		boolean done;
		try (EarlierWorkbook earlier = EarlierWorkbook.of(target)) {
			done = write(target, sheets, earlier);
		}
		if (!done) {
			write(target, sheets, EarlierWorkbook.none());
		}
	}

	/** @return whether the file was written: not when the sheets it was to keep do not fit it */
	private static boolean write(Path target, ChangedSheets sheets, EarlierWorkbook earlier) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		Path made = target.resolveSibling(target.getFileName() + ".poi.tmp");
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try {
			make(made, sheets, earlier);
			if (!pack(made, temporary, earlier)) {
				return false;
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		finally {
			// a half-written workbook must not lie beside the outputs, where it could be mistaken for one
			Files.deleteIfExists(made);
			Files.deleteIfExists(temporary);
		}
	}

	private static void make(Path file, ChangedSheets sheets, EarlierWorkbook earlier) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(false);
		try {
			POIXMLDocument document = workbook.getXSSFWorkbook();
			document.getProperties().getCoreProperties().setCreated(Optional.empty());
			document.getProperties().getCoreProperties().setCreator("ogi-rollup");
			sheets.fill(workbook, earlier);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		finally {
			// dispose first: close() shuts the temporary sheet files before it disposes of them, and
			// rows a failed fill left in memory would then be flushed into a closed file and the file
			// never deleted
			workbook.dispose();
			workbook.close();
		}
	}

	/**
	 * Copies the entries of the file POI made, compressed as they are, taking the kept sheets from
	 * the earlier file; each entry's header is made from its name, method, time, checksum and
	 * sizes alone, so that the same entries always give the same bytes, and the file is sealed
	 * with their digest ({@link EarlierWorkbook#seal}).
	 * @return false when the earlier file's frame is not the new one's, so that its sheets do not fit
	 */
	private static boolean pack(Path made, Path target, EarlierWorkbook earlier) throws IOException {
		try (ZipFile zip = ZipFile.builder().setPath(made).get()) {
			if (earlier.keepsAny() && !earlier.sameFrame(zip)) {
				return false;
			}
			List<ZipArchiveEntry> copies = new ArrayList<>();
			try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
				for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
					boolean kept = earlier.kept(entry.getName());
					ZipArchiveEntry source = kept ? earlier.entry(entry.getName()) : entry;
					ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
					copy.setMethod(source.getMethod());
					copy.setTime(source.getTime());
					copy.setCrc(source.getCrc());
					copy.setSize(source.getSize());
					copy.setCompressedSize(source.getCompressedSize());
					try (InputStream raw = kept ? earlier.raw(source) : zip.getRawInputStream(source)) {
						out.addRawArchiveEntry(copy, raw);
					}
					copies.add(copy);
				}
				out.setComment(EarlierWorkbook.seal(copies));
			}
		}
		return true;
	}

}
