package org.ogirollup.submission.excel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ogirollup.submission.document.RowText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excel 97-2003 workbooks ({@code .xls}, HSSF): a demo report's {@code .xlsx} (three tables on a
 * sheet each) saved as {@code .xls} by LibreOffice gives the same rows as the {@code .xlsx}.
 */
class ExcelOlderFormatTest {

	private static final Path FOLDER = Path.of("src/test/resources/reports/excel");

	private final ExcelDocumentReader reader = new ExcelDocumentReader();

	@Test
	void anXlsSavedFromAnXlsxGivesItsRows() throws Exception {
		List<String> xls = RowText.of(this.reader.read(Files.readAllBytes(FOLDER.resolve("210115-2021.xls"))));
		List<String> xlsx = RowText.of(this.reader.read(Files.readAllBytes(FOLDER.resolve("210115-2021.xlsx"))));

		assertThat(xls).hasSizeGreaterThan(40).containsExactlyElementsOf(xlsx);
	}

}
