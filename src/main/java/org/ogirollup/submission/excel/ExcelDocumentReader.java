package org.ogirollup.submission.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Reads a report sent as an Excel or WPS workbook ({@code .xlsx}, or {@code .xls} of Excel 97 to
 * 2003) laid out as the official tables: every sheet, the visible ones first in their order,
 * then the hidden ones; the three tables may stand on one sheet one under another or on a sheet
 * each. A broken, encrypted or empty workbook is refused with a message that says which.
 * Stateless: one reader serves any number of threads.
 */
public final class ExcelDocumentReader implements DocumentReader {

	@Override
	public ReportDocument read(byte[] bytes) throws UnreadableDocumentException {
		if (bytes.length == 0) {
			throw ExcelUnreadable.empty();
		}
		FileMagic magic = FileMagic.valueOf(bytes);
		if (magic != FileMagic.OOXML && magic != FileMagic.OLE2) {
			throw ExcelUnreadable.notExcel();
		}
		List<Row> rows;
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
			rows = rows(workbook);
		}
		catch (EncryptedDocumentException ex) {
			throw ExcelUnreadable.encrypted(ex);
		}
		catch (OldFileFormatException ex) {
			throw ExcelUnreadable.tooOld(ex);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// POI meets a damaged file with whatever exception its parser runs into: each is the file's fault
			throw ExcelUnreadable.broken(ex);
		}
		if (rows.isEmpty()) {
			throw ExcelUnreadable.noContent();
		}
		return new ReportDocument(rows);
	}

	private static List<Row> rows(Workbook workbook) throws UnreadableDocumentException {
		CellText text = new CellText();
		List<Row> rows = new ArrayList<>();
		List<Integer> hidden = new ArrayList<>();
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
				hidden.add(i);
			}
			else {
				rows.addAll(SheetRows.of(workbook.getSheetAt(i), text));
			}
		}
		for (int i : hidden) {
			rows.addAll(SheetRows.of(workbook.getSheetAt(i), text));
		}
		return rows;
	}

}
