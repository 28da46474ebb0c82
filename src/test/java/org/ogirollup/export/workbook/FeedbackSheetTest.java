package org.ogirollup.export.workbook;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackSheetTest {

	@Test
	void aCellTakesTheStrongestColourOfItsFindingsAndAllTheirMessages() {
		List<FindingRow> rows = List.of(row("R1", Severity.ERROR, List.of("a", "b"), "R1 不平衡"),
				row("blank-value", Severity.WARNING, List.of("b", "c"), "空白，按 0 计"),
				row("suggested-fix", Severity.WARNING, List.of("a"), "a 很可能有误"));

		Map<String, TablesSheet.Mark> marks = FeedbackSheet.marks(rows);

		assertThat(marks.get("a").fill()).isEqualTo(Styles.Fill.SUGGESTED);
		assertThat(marks.get("a").note()).isEqualTo("【错误（退回）】R1 不平衡\n【建议】a 很可能有误");
		assertThat(marks.get("b").fill()).isEqualTo(Styles.Fill.ERROR);
		assertThat(marks.get("b").note()).isEqualTo("【错误（退回）】R1 不平衡\n【警告】空白，按 0 计");
		assertThat(marks.get("c").fill()).isEqualTo(Styles.Fill.WARNING);
		assertThat(marks).doesNotContainKey("d");
	}

	private static FindingRow row(String rule, Severity severity, List<String> items, String message) {
		Finding finding = new Finding("2019/x.csv:2", "x", 2019, rule, severity, items, message);
		return new FindingRow(finding, "", "", "", "", "", "", "", null, null, "");
	}

}
