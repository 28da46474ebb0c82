package org.ogirollup.submission.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Reads a report sent as a Word document: {@code .docx} (a ZIP package) or {@code .doc} (an OLE2
 * file of Word 97 to 2003), told apart by their first bytes, whatever the file's name says.
 * Paragraphs outside the tables are label rows in document order; tables are read cell by cell,
 * a vertically merged label repeated on each row it spans, a horizontally merged cell one cell.
 * A broken, encrypted, empty or too old file is refused with a message that says which.
 * Stateless: one reader serves any number of threads.
 */
public final class WordDocumentReader implements DocumentReader {

	/** The stream of a Word 97-2003 file that holds its text. */
	private static final String WORD_STREAM = "WordDocument";

	@Override
	public ReportDocument read(byte[] bytes) throws UnreadableDocumentException {
		if (bytes.length == 0) {
			throw WordUnreadable.empty();
		}
		List<Row> rows;
		try {
			rows = switch (FileMagic.valueOf(bytes)) {
				case OOXML -> docx(bytes);
				case OLE2 -> doc(bytes);
				default -> throw WordUnreadable.notWord();
			};
		}
		catch (EncryptedDocumentException ex) {
			throw WordUnreadable.encrypted(ex);
		}
		catch (OldFileFormatException ex) {
			throw WordUnreadable.tooOld(ex);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// POI meets a damaged file with whatever exception its parser runs into: each is the file's fault
			throw WordUnreadable.broken(ex);
		}
		if (rows.isEmpty()) {
			throw WordUnreadable.noContent();
		}
		return new ReportDocument(rows);
	}

	private static List<Row> docx(byte[] bytes) throws IOException, UnreadableDocumentException {
		try (OPCPackage container = OPCPackage.open(new ByteArrayInputStream(bytes));
				XWPFDocument document = new XWPFDocument(container)) {
			return DocxRows.of(document);
		}
		catch (InvalidFormatException ex) {
			throw WordUnreadable.broken(ex);
		}
	}

	private static List<Row> doc(byte[] bytes) throws IOException, UnreadableDocumentException {
		try (POIFSFileSystem file = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
			if (file.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)) {
				// a .docx saved with a password is an OLE2 file holding the encrypted package
				throw WordUnreadable.encrypted(new EncryptedDocumentException("encrypted OOXML package"));
			}
			if (!file.getRoot().hasEntry(WORD_STREAM)) {
				throw WordUnreadable.notWord();
			}
			try (HWPFDocument document = new HWPFDocument(file)) {
				return DocRows.of(document);
			}
		}
	}

}
