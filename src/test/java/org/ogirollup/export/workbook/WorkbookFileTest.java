package org.ogirollup.export.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class WorkbookFileTest {

	@TempDir
	Path folder;

	@Test
	void theSameSheetsGiveTheSameBytes() throws Exception {
		Path first = this.folder.resolve("a.xlsx");
		Path second = this.folder.resolve("b.xlsx");

		WorkbookFile.write(first, WorkbookFileTest::fill);
		Thread.sleep(2_100); // a zip entry's time counts in steps of two seconds
		WorkbookFile.write(second, WorkbookFileTest::fill);

		assertThat(first).hasSameBinaryContentAs(second);
	}

	@Test
	void aFailureWhileFillingLeavesTheOldFileAndNoTemporary() throws Exception {
		Path file = this.folder.resolve("a.xlsx");
		WorkbookFile.write(file, WorkbookFileTest::fill);
		byte[] before = Files.readAllBytes(file);

		assertThatIOException().isThrownBy(() -> WorkbookFile.write(file, (workbook) -> {
			fill(workbook);
			throw new IOException("disk full");
		}));

		assertThat(file).hasBinaryContent(before);
		try (Stream<Path> files = Files.list(this.folder)) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactly("a.xlsx");
		}
	}

	private static void fill(Workbook workbook) {
		Styles styles = new Styles(workbook);
		Cells cells = new Cells(workbook.createSheet("表"), styles);
		cells.text(cells.sheet().createRow(0), 0, "辽宁省", Styles.Role.TITLE);
		cells.comment(cells.number(cells.sheet().createRow(1), 0, java.math.BigDecimal.TEN, Styles.Role.COUNT,
				Styles.Fill.ERROR), "R1 不平衡");
	}

}
