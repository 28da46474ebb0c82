package org.ogirollup.submission.word;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.RowText;
import org.ogirollup.submission.document.UnreadableDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ogirollup.submission.word.DocxBuilder.CONTINUE;
import static org.ogirollup.submission.word.DocxBuilder.H_CONTINUE;

/** The rows of {@code .docx} files as Word marks their merged cells, and the files refused. */
class WordDocumentReaderTest {

	private static final String NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	private final WordDocumentReader reader = new WordDocumentReader();

	@Test
	void paragraphsAreLabelRowsAndMergedHeaderCellsRepeatTheirLabelsInFront() throws Exception {
		byte[] docx = new DocxBuilder().paragraph("某县2024年政府信息公开工作年度报告")
			.paragraph("   ")
			.paragraph("三、收到和处理政府信息公开申请情况")
			.table(new String[] { "*3>" + NOTE, "7>申请人情况" },
					new String[] { "3>" + CONTINUE, "*自然人", "5>法人或其他组织", "*总计" },
					new String[] { "3>" + CONTINUE, CONTINUE, "商业|企业", "科研机构", "社会公益组织", "法律服务机构", "其他", CONTINUE },
					new String[] { "3>一、本年新收政府信息公开申请数量", "23", "", "\u00A00", "0", "0", "0", "23" },
					new String[] { "*三、本年度办理结果", "2>（一）予以公开", "7", "0", "0", "0", "0", "0", "7" },
					new String[] { CONTINUE, "*（三）不予公开", "1.属于国家秘密", "0", "", "", "", "", "", "0" },
					new String[] { CONTINUE, CONTINUE, "2.其他法律|行政法规禁止公开", "", "", "", "", "", "", "" })
			.paragraph("四、政府信息公开行政复议、行政诉讼情况")
			.bytes();

		ReportDocument document = this.reader.read(docx);

		assertThat(RowText.of(document)).containsExactly("某县2024年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况",
				NOTE + "/申请人情况", NOTE + "/自然人/法人或其他组织/总计", NOTE + "/自然人/商业 企业/科研机构/社会公益组织/法律服务机构/其他",
				"一、本年新收政府信息公开申请数量 = 23,,\u00A00,0,0,0,23", "三、本年度办理结果/（一）予以公开 = 7,0,0,0,0,0,7",
				"三、本年度办理结果/（三）不予公开/1.属于国家秘密 = 0,,,,,,0",
				"三、本年度办理结果/（三）不予公开/2.其他法律 行政法规禁止公开 = ,,,,,,", "四、政府信息公开行政复议、行政诉讼情况");
		assertThat(document.rows().get(0).place().toString()).isEqualTo("第 1 段");
		assertThat(document.rows().get(5).place().toString()).isEqualTo("第 1 个表格第 4 行");
		assertThat(document.rows().get(5).cells().get(0).place().toString()).isEqualTo("第 1 个表格第 4 行第 4 列");
		assertThat(document.rows().get(8).cells().get(6).place().toString()).isEqualTo("第 1 个表格第 7 行第 10 列");
		assertThat(document.rows()).allSatisfy((row) -> assertThat(row.place().line()).isZero());
	}

	@Test
	void aMergedNumberCountsOnceAndTheCellsAfterItKeepTheirColumn() throws Exception {
		byte[] docx = new DocxBuilder()
			.table(new String[] { "行政处罚", "*5" }, new String[] { "行政强制", CONTINUE })
			.table(new String[] { "结果维持", "结果纠正", "其他结果" }, new String[] { "1", "*2", "3" },
					new String[] { "4", CONTINUE, "6" })
			.bytes();

		assertThat(RowText.of(this.reader.read(docx))).containsExactly("行政处罚 = 5", "行政强制 = ", "结果维持/结果纠正/其他结果",
				" = 1,2,3", " = 4,,6");
	}

	@Test
	void aHorizontalMergeOfTheOldKindIsOneCell() throws Exception {
		byte[] docx = new DocxBuilder()
			.table(new String[] { "行政事业性收费", "35", H_CONTINUE, "0" })
			.bytes();

		assertThat(RowText.of(this.reader.read(docx))).containsExactly("行政事业性收费 = 35,0");
	}

	@Test
	void aDocumentWithoutTextIsRefused() {
		byte[] docx = new DocxBuilder().paragraph(" ").bytes();

		assertThatThrownBy(() -> this.reader.read(docx)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("没有任何文字或表格");
	}

	@Test
	void anEncryptedDocumentIsRefusedAsEncrypted() {
		byte[] encrypted = DocxBuilder.encrypted(new DocxBuilder().paragraph("报告").bytes(), "secret");

		assertThatThrownBy(() -> this.reader.read(encrypted)).isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("已加密");
	}

	@Test
	void aTruncatedDocumentIsRefusedAsBroken() {
		byte[] docx = new DocxBuilder().paragraph("报告").table(new String[] { "规章", "1" }).bytes();

		assertThatThrownBy(() -> this.reader.read(Arrays.copyOf(docx, docx.length / 2)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("已损坏或不完整");
	}

	@Test
	void emptyBytesAndOtherFilesAreRefused() {
		assertThatThrownBy(() -> this.reader.read(new byte[0])).hasMessageContaining("空文件");
		assertThatThrownBy(() -> this.reader.read("一、本年新收".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableDocumentException.class)
			.hasMessageContaining("不是 Word 文档");
		assertThatThrownBy(() -> this.reader.read(new byte[] { 'P', 'K', 3, 4 }))
			.isInstanceOf(UnreadableDocumentException.class);
	}

}
