package org.ogirollup.submission.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogirollup.submission.document.UnreadableDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The files the reader refuses, each with a message that says why and what to send instead. */
class PdfRefusalTest {

	private final PdfDocumentReader reader = new PdfDocumentReader();

	@Test
	void aScanWithoutTextLayerIsRefusedAsOne() {
		assertRefused(PdfFixtures.bytes(SyntheticReports.SCANNED), "没有文字层", "扫描件", "请报送可复制文字的 PDF、网页或 Word 文件");
	}

	@Test
	void aTruncatedFileIsRefusedAsIncomplete() {
		assertRefused(PdfFixtures.bytes(SyntheticReports.TRUNCATED), "不完整", "截断");
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0.1, 0.5, 0.9, 0.999 })
	void hongzeCutShortAnywhereIsRefusedAsIncomplete(double share) {
		byte[] hongze = PdfFixtures.bytes(PdfFixtures.HONGZE);
		assertRefused(Arrays.copyOf(hongze, (int) (hongze.length * share)), "不完整");
	}

	@Test
	void anEncryptedFileIsRefusedAsEncrypted() {
		assertRefused(PdfFixtures.bytes(SyntheticReports.ENCRYPTED), "已加密", "密码");
	}

	@Test
	void aFileThatIsNoPdfIsRefusedAsNone() {
		assertRefused("<html><body>三、收到和处理政府信息公开申请情况</body></html>".getBytes(StandardCharsets.UTF_8), "不是 PDF");
		assertRefused(new byte[0], "空文件");
	}

	@Test
	void aFileWhoseObjectsAreGarbageIsRefusedAsBroken() {
		byte[] hongze = PdfFixtures.bytes(PdfFixtures.HONGZE);
		byte[] broken = hongze.clone();
		// everything between the header and the last kilobyte, where the trailer stands, overwritten
		Arrays.fill(broken, 20, broken.length - 1024, (byte) 'x');
		assertRefused(broken, "已损坏");
	}

	@Test
	void aFileThatWouldTakeTooLongIsStoppedWhenItsBudgetRunsOut() {
		PdfDocumentReader stingy = new PdfDocumentReader(() -> WorkBudget.of(Long.MAX_VALUE, 500, Long.MAX_VALUE));
		assertThatExceptionOfType(UnreadableDocumentException.class)
			.isThrownBy(() -> stingy.read(PdfFixtures.bytes(PdfFixtures.HONGZE)))
			.withMessageContaining("过于复杂");
	}

	private void assertRefused(byte[] bytes, String... words) {
		assertThatExceptionOfType(UnreadableDocumentException.class).isThrownBy(() -> this.reader.read(bytes))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(words).startsWith("该"));
	}

}
