package org.ogirollup.submission.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Supplier;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.RowText;
import org.ogirollup.submission.document.UnreadableDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rows of workbooks typed as the official tables, in both formats Excel and WPS save. */
class ExcelDocumentReaderTest {

	private final ExcelDocumentReader reader = new ExcelDocumentReader();

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void mergedLabelsRepeatOnEveryRowTheySpanAndNumbersReadAsTyped(String kind) throws Exception {
		byte[] bytes = write(kind, (workbook) -> {
			Sheet sheet = workbook.createSheet("表三");
			row(sheet, 0, "某县2024年政府信息公开工作年度报告");
			row(sheet, 2, "三、收到和处理政府信息公开申请情况");
			row(sheet, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", null, null, "申请人情况");
			row(sheet, 4, null, null, null, "自然人", "法人或其他组织", null, null, null, null, "总计");
			row(sheet, 5, null, null, null, null, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
			row(sheet, 6, "一、本年新收政府信息公开申请数量", null, null, 23.0, null, "0", 0.0, 0.0, 0.0, 23.0);
			row(sheet, 7, "三、本年度办理结果", "（一）予以公开", null, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 7.0);
			row(sheet, 8, null, "（三）不予公开", "1.属于国家秘密", 1.0);
			row(sheet, 9, null, null, "2.其他法律行政法规禁止公开", 12.0);
			merge(sheet, "A4:C6", "D4:J4", "D5:D6", "E5:I5", "J5:J6", "A7:C7", "A8:A10", "B8:C8", "B9:B10");
			Sheet money = workbook.createSheet("表二");
			row(money, 0, "行政事业性收费", 24252.311082, 96171.6, -5.0, 0.1 + 0.2);
			Cell formula = money.getRow(0).createCell(5);
			formula.setCellFormula("B1+C1");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
		});

		ReportDocument document = this.reader.read(bytes);

		String note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
		assertThat(RowText.of(document)).containsExactly("某县2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
				note + "/申请人情况", note + "/自然人/法人或其他组织/总计", note + "/自然人/商业企业/科研机构/社会公益组织/法律服务机构/其他",
				"一、本年新收政府信息公开申请数量 = 23,,0,0,0,0,23", "三、本年度办理结果/（一）予以公开 = 7,0,0,0,0,0,7",
				"三、本年度办理结果/（三）不予公开/1.属于国家秘密 = 1", "三、本年度办理结果/（三）不予公开/2.其他法律行政法规禁止公开 = 12",
				"行政事业性收费 = 24252.311082,96171.6,-5,0.3,120423.911082");
		assertThat(document.rows().get(5).place().toString()).isEqualTo("工作表“表三”第 7 行");
		assertThat(document.rows().get(5).cells().get(1).place().toString()).isEqualTo("工作表“表三”单元格 E7");
		assertThat(document.rows().get(9).cells().get(0).place().toString()).isEqualTo("工作表“表二”单元格 B1");
	}

	@Test
	void visibleSheetsComeFirstAndAMergedNumberCountsOnce() throws Exception {
		byte[] bytes = write("xlsx", (workbook) -> {
			row(workbook.createSheet("说明"), 0, "隐藏的说明");
			Sheet table = workbook.createSheet("表四");
			row(table, 0, "行政复议", null, "行政诉讼");
			row(table, 1, 1.0, 2.0, 3.0);
			row(table, 2, 4.0, null, 6.0);
			merge(table, "A1:B1", "B2:B3");
			workbook.setSheetHidden(0, true);
		});

		assertThat(RowText.of(this.reader.read(bytes))).containsExactly("行政复议/行政诉讼", " = 1,2,3", " = 4,,6",
				"隐藏的说明");
	}

	@Test
	void cellsBeyondTheLastUsedColumnAreLayoutNotBlankValues() throws Exception {
		byte[] bytes = write("xlsx", (workbook) -> {
			Sheet sheet = workbook.createSheet("Sheet1");
			row(sheet, 0, "规章", 1.0, null, 3.0);
			// a border drawn further right than anything typed leaves empty cells there
			sheet.getRow(0).createCell(8);
			row(sheet, 1, "行政许可", 5.0);
		});

		assertThat(RowText.of(this.reader.read(bytes))).containsExactly("规章 = 1,,3", "行政许可 = 5");
	}

	@Test
	void aRegionMergedAcrossTheWholeSheetCoversOnlyEmptyCellsAndTextFarRightIsRefused() throws Exception {
		byte[] merged = write("xlsx", (workbook) -> {
			Sheet sheet = workbook.createSheet("Sheet1");
			row(sheet, 0, "某县2024年政府信息公开工作年度报告");
			row(sheet, 1, "规章", 1.0);
			merge(sheet, "A1:XFD1");
		});
		byte[] wide = write("xlsx", (workbook) -> row(workbook.createSheet("Sheet1"), 0, "规章", 1.0).createCell(300)
			.setCellValue("备注"));

		assertThat(RowText.of(this.reader.read(merged))).containsExactly("某县2024年政府信息公开工作年度报告", "规章 = 1");
		assertThatThrownBy(() -> this.reader.read(wide)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("第 256 列之后还有内容");
	}

	@Test
	void anEncryptedWorkbookIsRefusedAsEncrypted() throws Exception {
		byte[] plain = write("xlsx", (workbook) -> row(workbook.createSheet("表三"), 0, "报告"));

		assertThatThrownBy(() -> this.reader.read(encrypted(plain))).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("已加密");
	}

	@Test
	void brokenEmptyAndOtherFilesAreRefused() throws Exception {
		byte[] plain = write("xlsx", (workbook) -> row(workbook.createSheet("表三"), 0, "报告"));
		byte[] empty = write("xlsx", (workbook) -> workbook.createSheet("Sheet1"));

		assertThatThrownBy(() -> this.reader.read(Arrays.copyOf(plain, plain.length / 2)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("已损坏或不完整");
		assertThatThrownBy(() -> this.reader.read(empty)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("没有任何内容");
		assertThatThrownBy(() -> this.reader.read(new byte[0])).hasMessageContaining("空文件");
		assertThatThrownBy(() -> this.reader.read("规章,1".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.hasMessageContaining("不是 Excel 工作簿");
	}

	@ParameterizedTest
	@ValueSource(doubles = { 12.0, 24252.311082, 0.1, 96171.6, 1e15, 123456789012.34, -0.0 })
	void aNumberIsWrittenAsTyped(double typed) {
		String expected = (typed == 0) ? "0" : new java.math.BigDecimal(Double.toString(typed)).stripTrailingZeros()
			.toPlainString();

		assertThat(CellText.number(typed)).isEqualTo(expected);
	}

	interface Content {

		void fill(Workbook workbook) throws IOException;

	}

	private static byte[] write(String kind, Content content) throws IOException {
		Supplier<Workbook> make = kind.equals("xls") ? HSSFWorkbook::new : XSSFWorkbook::new;
		try (Workbook workbook = make.get()) {
			content.fill(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** A row of cells: text, a number (Double) or nothing (null, no cell at all). */
	private static Row row(Sheet sheet, int index, Object... cells) {
		Row row = sheet.createRow(index);
		for (int c = 0; c < cells.length; c++) {
			if (cells[c] instanceof Double number) {
				row.createCell(c).setCellValue(number);
			}
			else if (cells[c] instanceof String text) {
				row.createCell(c).setCellValue(text);
			}
		}
		return row;
	}

	private static void merge(Sheet sheet, String... regions) {
		for (String region : regions) {
			sheet.addMergedRegion(CellRangeAddress.valueOf(region));
		}
	}

	private static byte[] encrypted(byte[] xlsx) throws Exception {
		try (POIFSFileSystem file = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(file)) {
				out.write(xlsx);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			file.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
	}

}
