package org.ogirollup.submission.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.submission.report.ReportFixtures.number;
import static org.ogirollup.submission.report.ReportFixtures.value;

/**
 * The real report of 阜新市 for 2019 (flattened HTML, one value a line, NBSP as {@code ?}): every
 * value of its three tables, read exactly as printed (it breaks R1; that is for validation).
 */
class SeedReportTest {

	private static final String SEED = "fuxin-2019.txt";

	/** Section 二 in catalog order, as printed: 增82 is 82, 减5 is -5, the amount is in 元. */
	private static final List<String> ACTIVE = List.of("7", "7", "7", "3146", "3146", "3146", "681", "82", "112711", "865",
			"501", "16425", "562", "163", "9924", "64", "24", "578", "225", "-5", "265", "21469172.33");

	/** Section 三, one row of seven a line, in table order. */
	private static final List<String> APPLICATIONS = List.of("125 0 0 2 0 4 131", "0 0 0 0 0 0 0", "49 0 0 1 0 4 54",
			"7 0 0 0 0 4 11", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "3 0 0 0 0 0 3", "4 0 0 0 0 0 4",
			"1 0 0 0 0 0 1", "2 0 0 0 0 0 2", "0 0 0 0 0 0 0", "59 0 0 0 0 0 59", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0",
			"7 0 0 0 0 0 7", "1 0 0 0 0 0 1", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "0 0 0 0 0 0 0", "2 0 0 0 0 0 2",
			"135 0 0 1 0 8 144", "2 0 0 0 0 0 2");

	private static final String REVIEWS = "14 1 0 7 22 10 4 0 1 15 22 1 0 0 23";

	private final SubmissionRead read = ReportFixtures.report(SEED, 2019);

	private final Submission submission = this.read.submission();

	@Test
	void detectsTheTrialFormatFromItsLabels() {
		assertThat(this.submission.format()).isEqualTo(ReportFormat.F2019);
		assertThat(this.submission.unitCode()).isEqualTo("u1");
		assertThat(this.submission.reportYear()).isEqualTo(2019);
	}

	@Test
	void readsEveryValueOfTheThreeTables() {
		List<String> expected = new java.util.ArrayList<>(ACTIVE);
		APPLICATIONS.forEach((row) -> expected.addAll(List.of(row.split(" "))));
		expected.addAll(List.of(REVIEWS.split(" ")));
		List<Item> items = this.submission.catalog().items();
		assertThat(items).hasSize(198);
		assertThat(expected).hasSize(198);
		for (int i = 0; i < items.size(); i++) {
			Value value = this.submission.value(items.get(i)).orElse(null);
			assertThat(value).as(items.get(i).code().value()).isNotNull();
			assertThat(value.state()).as(items.get(i).code().value()).isEqualTo(Value.State.GIVEN);
			assertThat(value.number()).as(items.get(i).code().value()).isEqualByComparingTo(expected.get(i));
		}
	}

	@Test
	void readsSignedChangesAndMoneyExactly() {
		assertThat(number(this.submission, "active.art20_5.licensing.delta")).isEqualByComparingTo("82");
		assertThat(number(this.submission, "active.art20_8.admin_fee.delta")).isEqualByComparingTo("-5");
		assertThat(number(this.submission, "active.art20_9.central_procurement.amount"))
			.isEqualTo(new BigDecimal("21469172.33"));
	}

	@Test
	void truncatedHeaderStillGivesMadeThenPublished() {
		assertThat(number(this.submission, "active.art20_1.normative_doc.made")).isEqualByComparingTo("3146");
		assertThat(number(this.submission, "active.art20_1.normative_doc.published")).isEqualByComparingTo("3146");
	}

	@Test
	void valuesCarryLineAndMatchedLabel() {
		Value natural = value(this.submission, "apply.new.natural_person");
		assertThat(natural.line()).isEqualTo(163);
		assertThat(natural.label()).isEqualTo("一、本年新收政府信息公开申请数量");
		assertThat(value(this.submission, "active.art20_1.regulation.made").line()).isEqualTo(28);
		assertThat(value(this.submission, "review.upheld").line()).isEqualTo(601);
		assertThat(value(this.submission, "litigation.after_review.total").line()).isEqualTo(629);
	}

	@Test
	void hasNoFindings() {
		assertThat(this.read.findings()).isEmpty();
	}

}
