package org.ogirollup.submission.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.io.UncheckedIOException;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes small {@code .docx} files with Apache POI for the reader's tests: paragraphs and tables
 * whose cells are given row by row, with Word's own marks for merged cells.
 */
final class DocxBuilder {

	/** A cell covered by the vertical merge above it ({@code vMerge} continue). */
	static final String CONTINUE = "\u0000continue";

	/** A cell of the old horizontal merge ({@code hMerge} continue), covered by the cell before it. */
	static final String H_CONTINUE = "\u0000hcontinue";

	private final XWPFDocument document = new XWPFDocument();

	DocxBuilder paragraph(String text) {
		this.document.createParagraph().createRun().setText(text);
		return this;
	}

	/**
	 * A table, a row an array of cells: a cell's text ({@code "a|b"} two paragraphs), {@code "*"}
	 * in front for the start of a vertical merge, then {@code "3>"} for a gridSpan of 3; {@link
	 * #CONTINUE} or {@link #H_CONTINUE} as the text for a covered cell.
	 */
	DocxBuilder table(String[]... rows) {
		XWPFTable table = this.document.createTable();
		table.removeRow(0);
		for (String[] cells : rows) {
			XWPFTableRow row = table.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			for (String spec : cells) {
				XWPFTableCell cell = row.addNewTableCell();
				CTTcPr properties = cell.getCTTc().addNewTcPr();
				String text = spec;
				if (text.startsWith("*")) {
					properties.addNewVMerge().setVal(STMerge.RESTART);
					text = text.substring(1);
				}
				int span = text.indexOf('>');
				if (span > 0 && text.substring(0, span).chars().allMatch(Character::isDigit)) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(Integer.parseInt(text.substring(0, span))));
					text = text.substring(span + 1);
				}
				if (text.equals(CONTINUE)) {
					properties.addNewVMerge();
					text = "";
				}
				else if (text.equals(H_CONTINUE)) {
					properties.addNewHMerge();
					text = "";
				}
				String[] paragraphs = text.split("\\|", -1);
				cell.getParagraphs().get(0).createRun().setText(paragraphs[0]);
				for (int p = 1; p < paragraphs.length; p++) {
					cell.addParagraph().createRun().setText(paragraphs[p]);
				}
			}
		}
		return this;
	}

	byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			this.document.write(out);
			this.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The file as Word saves it with a password: an OLE2 container holding the encrypted package. */
	static byte[] encrypted(byte[] docx, String password) {
		try (POIFSFileSystem file = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword(password);
			try (OutputStream out = encryptor.getDataStream(file)) {
				out.write(docx);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			file.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
		catch (IOException | java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
