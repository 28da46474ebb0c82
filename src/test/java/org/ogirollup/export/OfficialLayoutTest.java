package org.ogirollup.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;
import org.ogirollup.export.OfficialLayout.Field;
import org.ogirollup.export.OfficialLayout.Part;
import org.ogirollup.export.OfficialLayout.Span;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the official tables put each label and value, and which cells they merge. */
class OfficialLayoutTest {

	private static final Catalog F2021 = Catalog.of(ReportFormat.F2021);

	private static final OfficialLayout LAYOUT = OfficialLayout.of(F2021.printedItems());

	@Test
	void tableThreeMergesItsHeaderAndItsRowGroupsAsThePrintedTableDoes() {
		Part part = LAYOUT.tables().get(1).parts().get(0);

		assertThat(LAYOUT.tables().get(1).section()).isEqualTo(Section.APPLICATIONS);
		assertThat(part.labelColumns()).isEqualTo(3);
		assertThat(part.valueColumns()).isEqualTo(7);
		assertThat(text(part, 0, 3)).isEqualTo("申请人情况");
		assertThat(text(part, 1, 4)).isEqualTo("法人或其他组织");
		assertThat(text(part, 2, 3)).isEqualTo("自然人");
		int results = line(part, "三、本年度办理结果");
		int withheld = line(part, "（三）不予公开");
		assertThat(part.spans()).contains(new Span(0, 2, 0, 2), // the empty corner above the row labels
				new Span(0, 0, 3, 9), // 申请人情况 over all seven columns
				new Span(1, 1, 4, 8), // 法人或其他组织 over its five
				new Span(1, 2, 3, 3), // 自然人 down to the last header line
				new Span(1, 2, 9, 9), // 总计 likewise
				new Span(3, 3, 0, 2), // 一、本年新收政府信息公开申请数量 across the three label columns
				new Span(results, results + 21, 0, 0), // 三、本年度办理结果 down its 22 rows
				new Span(withheld, withheld + 7, 1, 1), // （三）不予公开 down its 8 rows
				new Span(results, results, 1, 2)); // （一）予以公开 across the two label columns it lacks
		assertThat(part.lines().get(3).fields().subList(3, 10)).allMatch(Field::isValue);
	}

	@Test
	void tableFourHasNoRowLabelsAndThreeHeaderLines() {
		Part part = LAYOUT.tables().get(2).parts().get(0);

		assertThat(part.labelColumns()).isZero();
		assertThat(part.valueColumns()).isEqualTo(15);
		assertThat(part.lines()).hasSize(4);
		assertThat(part.spans()).contains(new Span(0, 0, 0, 4), new Span(0, 0, 5, 14), new Span(1, 1, 5, 9),
				new Span(1, 1, 10, 14), new Span(1, 2, 0, 0), new Span(1, 2, 4, 4));
		assertThat(part.spans()).noneMatch((span) -> span.firstLine() == 3);
	}

	@Test
	void tableTwoHasOnePartPerArticle() {
		List<Part> parts = LAYOUT.tables().get(0).parts();

		assertThat(parts).extracting(Part::title)
			.containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
		assertThat(parts).extracting(Part::valueColumns).containsExactly(3, 1, 1, 1);
		assertThat(text(parts.get(3), 0, 1)).isEqualTo("本年收费金额（单位：万元）");
		assertThat(parts).allSatisfy((part) -> assertThat(part.spans()).isEmpty());
	}

	@Test
	void theLayoutOfTheSameItemsIsWorkedOutOnce() {
		assertThat(OfficialLayout.of(List.copyOf(F2021.printedItems()))).isSameAs(LAYOUT);
	}

	private static String text(Part part, int line, int column) {
		return part.lines().get(line).fields().get(column).text();
	}

	private static int line(Part part, String firstLabel) {
		for (int i = 0; i < part.lines().size(); i++) {
			List<Field> fields = part.lines().get(i).fields();
			if (fields.stream().anyMatch((field) -> field.text().equals(firstLabel))) {
				return i;
			}
		}
		throw new AssertionError("no line with " + firstLabel);
	}

}
