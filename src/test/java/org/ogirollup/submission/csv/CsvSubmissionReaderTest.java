package org.ogirollup.submission.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.FieldLimits;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CsvSubmissionReaderTest {

	private static final String SOURCE = "2019/210102.csv";

	private static final String HEADER = "unit_code,report_year,item,value";

	private static final String UNIT = "210102";

	private static final List<Item> ITEMS = Catalog.of(ReportFormat.F2019).items();

	/** The first item: its row is on line 2. */
	private static final String FIRST = ITEMS.get(0).code().value();

	/** The item whose row is on line 12. */
	private static final String TENTH = ITEMS.get(10).code().value();

	@Test
	void catalogHasEveryItemOfTheOfficialTables() {
		assertThat(ITEMS).hasSize(198);
	}

	@Test
	void cleanFileIsOneSubmissionWithoutFindings() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(2, UNIT + ",2019," + ITEMS.get(2).code() + ",17");

		// when
		FileRead read = read(rows);

		// then
		assertThat(read.source()).isEqualTo(SOURCE);
		assertThat(read.fileFindings()).isEmpty();
		assertThat(read.submissions()).hasSize(1);
		SubmissionRead only = read.submissions().get(0);
		assertThat(only.findings()).isEmpty();
		Submission submission = only.submission();
		assertThat(submission.unitCode()).isEqualTo(UNIT);
		assertThat(submission.reportYear()).isEqualTo(2019);
		assertThat(submission.scope()).isEqualTo(Scope.OWN);
		assertThat(submission.format()).isEqualTo(ReportFormat.F2019);
		assertThat(submission.source()).isEqualTo(SOURCE);
		assertThat(submission.line()).isEqualTo(2);
		assertThat(submission.values()).doesNotContainNull();
		assertThat(submission.value(ITEMS.get(2))).contains(Value.given(new BigDecimal("17"), 4, ITEMS.get(2).code().value()));
		assertThat(submission.amount(ITEMS.get(3))).isEqualByComparingTo("0");
	}

	@Test
	void utf8WithBomAndCrlf() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",abc");
		byte[] bytes = ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);

		// when
		FileRead read = CsvSubmissionReader.read(SOURCE, TextDecoding.decode(bytes).text(), 2019);

		// then: the header is recognised despite the BOM and lines count CRLF once
		assertThat(read.fileFindings()).isEmpty();
		assertThat(read.submissions()).singleElement()
			.satisfies((only) -> assertThat(only.findings()).extracting(Finding::ruleId, Finding::source)
				.containsExactly(tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":12")));
	}

	@Test
	void gb18030FileWithChineseLabelColumn() {
		// given
		StringBuilder text = new StringBuilder("unit_code,report_year,item,label,value\n");
		for (Item item : ITEMS) {
			text.append(UNIT).append(",2019,").append(item.code()).append(',').append(item.label()).append(",3\n");
		}
		byte[] bytes = text.toString().getBytes(TextDecoding.GB18030);

		// when
		TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
		FileRead read = CsvSubmissionReader.read(SOURCE, decoded.text(), 2019);

		// then
		assertThat(decoded.charset()).isEqualTo(TextDecoding.GB18030);
		assertThat(read.fileFindings()).isEmpty();
		SubmissionRead only = read.submissions().get(0);
		assertThat(only.findings()).isEmpty();
		assertThat(only.submission().values()).extracting(Value::number).containsOnly(new BigDecimal("3"));
	}

	@Test
	void severalSubmissionsInOneFileAreGroupedByUnitAndScope() {
		// given: 210102 own, 210103 own, then 210102 consolidated, interleaved with 210103's last row
		List<String> rows = new ArrayList<>();
		rows.addAll(rows(UNIT, "own"));
		List<String> other = rows("210103", "own");
		rows.addAll(other.subList(0, other.size() - 1));
		rows.addAll(rows(UNIT, "consolidated"));
		rows.add(other.get(other.size() - 1));

		// when
		FileRead read = read("unit_code,report_year,item,value,scope", rows);

		// then
		assertThat(read.fileFindings()).isEmpty();
		assertThat(read.submissions()).extracting(SubmissionRead::submission)
			.extracting(Submission::unitCode, Submission::scope, Submission::line)
			.containsExactly(tuple(UNIT, Scope.OWN, 2), tuple("210103", Scope.OWN, 200),
					tuple(UNIT, Scope.CONSOLIDATED, 397));
		assertThat(read.submissions()).allSatisfy((submission) -> {
			assertThat(submission.findings()).isEmpty();
			assertThat(submission.submission().values()).doesNotContainNull();
		});
	}

	@Test
	void scopeColumnIsOptionalAndCanBeBlank() {
		// given: some rows say own, others leave scope empty; both mean the unit's own figures
		List<String> rows = rows(UNIT, "own");
		for (int i = 0; i < rows.size(); i += 2) {
			rows.set(i, rows.get(i).substring(0, rows.get(i).length() - "own".length()));
		}

		// when
		FileRead read = read("unit_code,report_year,item,value,scope", rows);

		// then
		assertThat(read.submissions()).singleElement().satisfies((only) -> {
			assertThat(only.submission().scope()).isEqualTo(Scope.OWN);
			assertThat(only.findings()).isEmpty();
		});
	}

	@Test
	void consolidatedScope() {
		// when
		FileRead read = read("unit_code,report_year,item,value,scope", rows(UNIT, "consolidated"));

		// then
		assertThat(read.submissions()).singleElement().satisfies((only) -> {
			assertThat(only.submission().scope()).isEqualTo(Scope.CONSOLIDATED);
			assertThat(only.findings()).isEmpty();
		});
	}

	@Test
	void missingItemIsAnErrorOnTheFirstLine() {
		// given
		List<String> rows = rows(UNIT);
		rows.remove(10);

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items,
				Finding::unitCode, Finding::reportYear)
			.containsExactly(tuple(RuleIds.MISSING_ITEM, Severity.ERROR, SOURCE + ":2", List.of(TENTH), UNIT, 2019));
		assertThat(findings.get(0).message()).contains(ITEMS.get(10).label());
	}

	@Test
	void manyMissingItemsAreListedUpToTwentyThenSummed() {
		// given
		List<String> rows = rows(UNIT).subList(0, 100);

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		assertThat(findings).hasSize(21).allSatisfy((finding) -> {
			assertThat(finding.ruleId()).isEqualTo(RuleIds.MISSING_ITEM);
			assertThat(finding.isError()).isTrue();
		});
		assertThat(findings.get(0).items()).containsExactly(ITEMS.get(100).code().value());
		assertThat(findings.get(20).items()).isEmpty();
		assertThat(findings.get(20).message()).contains("98");
	}

	/** Every spelling of plain decimal notation is a number, read exactly. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "17, 17", "+17, 17", "-3, -3", "2.50, 2.50", "-0.5, -0.5", "007, 7" })
	void plainDecimalIsReadExactly(String text, BigDecimal expected) {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + "," + text);

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.findings()).isEmpty();
		assertThat(only.submission().amount(ITEMS.get(10))).isEqualTo(expected);
	}

	/** One row replaced by a broken one on line 12: the finding names that line and the item. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			not a number       | 210102,2019,ITEM,12a      | not-a-number   | ITEM | '12a'
			exponent           | 210102,2019,ITEM,1e3      | not-a-number   | ITEM | '1e3'
			thousands          | '210102,2019,ITEM,"1,000"' | not-a-number | ITEM | '1,000'
			no integer digits  | 210102,2019,ITEM,.5       | not-a-number   | ITEM | '.5'
			no fraction digits | 210102,2019,ITEM,5.       | not-a-number   | ITEM | '5.'
			sign alone         | 210102,2019,ITEM,+        | not-a-number   | ITEM | '+'
			full-width digits  | 210102,2019,ITEM,１２      | not-a-number   | ITEM | '１２'
			year from folder   | 210102,2020,ITEM,0        | year-mismatch  | ITEM | '2020'
			empty year         | 210102,,ITEM,0            | year-mismatch  | ITEM | 2019
			""")
	void brokenRowIsAnErrorNamingLineAndItem(String problem, String row, String ruleId, String item, String inMessage) {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, row.replace("ITEM", TENTH));

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(ruleId, Severity.ERROR, SOURCE + ":12", List.of(item.replace("ITEM", TENTH))));
		assertThat(findings.get(0).message()).contains(inMessage);
	}

	@Test
	void unknownItemIsAnErrorAndTheReplacedItemIsMissing() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019,apply.new.bogus,1");

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.UNKNOWN_ITEM, Severity.ERROR, SOURCE + ":12", List.of("apply.new.bogus")),
					tuple(RuleIds.MISSING_ITEM, Severity.ERROR, SOURCE + ":2", List.of(TENTH)));
		assertThat(findings.get(0).message()).contains("apply.new.bogus", "F2019");
	}

	@Test
	void itemOfTheOtherFormatIsUnknown() {
		// given
		List<String> rows = rows(UNIT);
		rows.add(UNIT + ",2019,apply.result.other.misc.total,1");

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		assertThat(findings).extracting(Finding::ruleId, Finding::source)
			.containsExactly(tuple(RuleIds.UNKNOWN_ITEM, SOURCE + ":200"));
	}

	@Test
	void duplicateItemNamesTheSecondLineAndTheFirst() {
		// given
		List<String> rows = rows(UNIT);
		rows.add(UNIT + ",2019," + TENTH + ",5");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then: the first value stands
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.DUPLICATE_ITEM, Severity.ERROR, SOURCE + ":200", List.of(TENTH)));
		assertThat(only.findings().get(0).message()).contains("12");
		assertThat(only.submission().amount(ITEMS.get(10))).isEqualByComparingTo("0");
	}

	@Test
	void itemGivenAgainAfterANonNumberIsStillADuplicate() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",abc");
		rows.add(UNIT + ",2019," + TENTH + ",5");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":12", List.of(TENTH)),
					tuple(RuleIds.DUPLICATE_ITEM, SOURCE + ":200", List.of(TENTH)));
		assertThat(only.findings().get(1).message()).contains("12");
	}

	@Test
	void unknownScopeIsAnErrorOnTheFirstLine() {
		// when
		SubmissionRead only = onlySubmission(read("unit_code,report_year,item,value,scope", rows(UNIT, "region")));

		// then
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source)
			.containsExactly(tuple(RuleIds.UNKNOWN_SCOPE, Severity.ERROR, SOURCE + ":2"));
		assertThat(only.findings().get(0).message()).contains("region");
	}

	@Test
	void rowWithTooFewColumnsIsAnErrorNamingLineAndItem() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH);

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then: reported once, as a bad row, not also as a missing item
		assertThat(findings).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.CSV_ROW, Severity.ERROR, SOURCE + ":12", List.of(TENTH)));
		assertThat(findings.get(0).message()).contains("4", "3");
	}

	@Test
	void rowWithTooManyColumnsIsAnErrorButItsValueIsRead() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",7,extra");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.CSV_ROW, Severity.ERROR, SOURCE + ":12", List.of(TENTH)));
		assertThat(only.submission().amount(ITEMS.get(10))).isEqualByComparingTo("7");
	}

	@Test
	void rowWithoutUnitCodeIsAFileFinding() {
		// given
		List<String> rows = rows(UNIT);
		rows.add(10, ",2019," + TENTH + ",1");

		// when
		FileRead read = read(rows);

		// then
		assertThat(read.fileFindings()).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::unitCode)
			.containsExactly(tuple(RuleIds.CSV_ROW, Severity.ERROR, SOURCE + ":12", ""));
		assertThat(onlySubmission(read).findings()).isEmpty();
	}

	@Test
	void rowsOfOnlyEmptyFieldsAreSkippedLikeBlankLines() {
		// given: Excel saves empty rows of a sheet as commas
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",x");
		rows.add(5, ",,,");
		rows.add(" , ,,");
		rows.add(",,,");

		// when
		FileRead read = read(rows);

		// then
		assertThat(read.fileFindings()).isEmpty();
		assertThat(onlySubmission(read).findings()).extracting(Finding::ruleId, Finding::source)
			.containsExactly(tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":13"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "unit_code,report_year,item", "unit,report_year,item,value", "unit_code,year,code,value" })
	void missingHeaderColumnIsAFileFindingAndNoSubmission(String header) {
		// when
		FileRead read = read(header, rows(UNIT));

		// then
		assertThat(read.submissions()).isEmpty();
		assertThat(read.fileFindings()).extracting(Finding::ruleId, Finding::severity, Finding::source)
			.containsExactly(tuple(RuleIds.CSV_HEADER, Severity.ERROR, SOURCE + ":1"));
	}

	@Test
	void missingHeaderColumnsAreNamed() {
		// when
		FileRead read = read("unit,report_year,item,amount", rows(UNIT));

		// then
		assertThat(read.fileFindings().get(0).message()).startsWith("表头缺少列 unit_code, value（");
	}

	@Test
	void emptyFileIsAHeaderFinding() {
		// when
		FileRead read = CsvSubmissionReader.read(SOURCE, "", 2019);

		// then
		assertThat(read.submissions()).isEmpty();
		assertThat(read.fileFindings()).extracting(Finding::ruleId, Finding::source)
			.containsExactly(tuple(RuleIds.CSV_HEADER, SOURCE + ":1"));
	}

	@Test
	void headerOnlyHasNoSubmissions() {
		// when
		FileRead read = CsvSubmissionReader.read(SOURCE, HEADER + "\n", 2019);

		// then
		assertThat(read.submissions()).isEmpty();
		assertThat(read.fileFindings()).isEmpty();
	}

	@Test
	void blankValueReadsAsZeroWithAWarning() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.submission().value(ITEMS.get(10))).contains(Value.blank(12, TENTH));
		assertThat(only.submission().value(ITEMS.get(10)).map(Value::number)).contains(BigDecimal.ZERO);
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.BLANK_VALUE, Severity.WARNING, SOURCE + ":12", List.of(TENTH)));
	}

	@Test
	void dashIsNotApplicableWithAWarning() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",-");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		Value value = only.submission().value(ITEMS.get(10)).orElseThrow();
		assertThat(value.state()).isEqualTo(Value.State.NOT_APPLICABLE);
		assertThat(value.number()).isNull();
		assertThat(value.line()).isEqualTo(12);
		assertThat(only.submission().amount(ITEMS.get(10))).isEqualByComparingTo("0");
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source, Finding::items)
			.containsExactly(tuple(RuleIds.NOT_APPLICABLE, Severity.WARNING, SOURCE + ":12", List.of(TENTH)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			12          | 12
			+12         | 12
			-3          | -3
			 8          | 8
			21469172.33 | 21469172.33
			0.10        | 0.10
			""")
	void numbersAreReadExactly(String text, BigDecimal expected) {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + "," + text);

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.findings()).isEmpty();
		assertThat(only.submission().value(ITEMS.get(10)).map(Value::number)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2018, 2000 })
	void yearBeforeTheFirstFormatIsNoFormat(int year) {
		// when
		FileRead read = CsvSubmissionReader.read(SOURCE, csv(HEADER, rows(UNIT)), year);

		// then
		assertThat(read.submissions()).isEmpty();
		assertThat(read.fileFindings()).extracting(Finding::ruleId, Finding::severity, Finding::source,
				Finding::reportYear)
			.containsExactly(tuple(RuleIds.NO_FORMAT, Severity.ERROR, SOURCE + ":1", year));
	}

	@Test
	void folderYearChoosesTheFormat() {
		// given: F2019 codes in a 2021 folder, one of them unknown there
		List<String> rows = rows(UNIT).stream().map((row) -> row.replace(",2019,", ",2021,")).toList();

		// when
		FileRead read = CsvSubmissionReader.read("2021/210102.csv", csv(HEADER, rows), 2021);

		// then
		Submission submission = onlySubmission(read).submission();
		assertThat(submission.format()).isEqualTo(ReportFormat.F2021);
		assertThat(onlySubmission(read).findings()).extracting(Finding::ruleId).contains(RuleIds.UNKNOWN_ITEM,
				RuleIds.MISSING_ITEM);
	}

	@Test
	void lineNumbersCountBlankLinesInTheMiddle() {
		// given: two blank lines after the 10th row, so the 11th row is on line 14
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",x");
		rows.set(ITEMS.size() - 1, UNIT + ",2019," + ITEMS.get(ITEMS.size() - 1).code() + ",y");
		rows.add(10, "");
		rows.add(10, "");

		// when
		SubmissionRead only = onlySubmission(read(rows));

		// then
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::source)
			.containsExactly(tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":14"),
					tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":" + (ITEMS.size() + 3)));
	}

	@Test
	void lineNumberOfTheLastRowWithoutNewline() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(ITEMS.size() - 1, UNIT + ",2019," + ITEMS.get(ITEMS.size() - 1).code() + ",y");
		String text = HEADER + "\n" + String.join("\n", rows);

		// when
		SubmissionRead only = onlySubmission(CsvSubmissionReader.read(SOURCE, text, 2019));

		// then
		assertThat(only.findings()).extracting(Finding::source).containsExactly(SOURCE + ":" + (ITEMS.size() + 1));
	}

	@Test
	void lineNumbersAfterAQuotedValueOverTwoLines() {
		// given: the label of row 2 spans two lines, so the 10th row is on line 13
		List<String> rows = rows(UNIT).stream().map((row) -> row.replaceFirst(",(\\d+)$", ",x,$1")).toList();
		rows = new ArrayList<>(rows);
		rows.set(0, UNIT + ",2019," + FIRST + ",\"two\nlines\",0");
		rows.set(10, UNIT + ",2019," + TENTH + ",x,bad");

		// when
		SubmissionRead only = onlySubmission(read("unit_code,report_year,item,label,value", rows));

		// then
		assertThat(only.findings()).extracting(Finding::ruleId, Finding::source)
			.containsExactly(tuple(RuleIds.NOT_A_NUMBER, SOURCE + ":13"));
	}

	@Test
	void unclosedQuoteRejectsTheUnitWithTheReasonInsteadOfListingWhatIsMissing() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",\"1");

		// when
		FileRead read = read(rows);

		// then: one reason, on the unit's submission, and no missing-item noise
		assertThat(read.fileFindings()).isEmpty();
		assertThat(onlySubmission(read).findings()).extracting(Finding::ruleId, Finding::severity)
			.containsExactly(tuple(RuleIds.UNREADABLE_FILE, Severity.ERROR));
		assertThat(onlySubmission(read).findings().get(0).message()).contains("引号不成对", "不计入合计");
	}

	@Test
	void textAfterAClosingQuoteNamesTheLineWhereTheFileBreaks() {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + ",\"1\"2");

		// when
		FileRead read = read(rows);

		// then
		assertThat(onlySubmission(read).findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo(RuleIds.UNREADABLE_FILE);
			assertThat(finding.source()).isEqualTo(SOURCE + ":12");
			assertThat(finding.message()).startsWith("文件第 12 行起不是可读的 CSV");
		});
	}

	@Test
	void aBreakInOneUnitRejectsEveryUnitOfTheFileThoseAfterTheBreakToo() {
		// given: unit A's rows hold an open quote that swallows the rest of the file, unit B's rows included
		List<String> rows = new ArrayList<>(rows("210100"));
		rows.set(3, "210100,2019," + TENTH + ",\"1");
		rows.addAll(rows("210200"));

		// when
		FileRead read = read(rows);

		// then: both units have a rejected submission with the reason
		assertThat(read.submissions()).extracting((submission) -> submission.submission().unitCode())
			.containsExactly("210100", "210200");
		for (SubmissionRead submission : read.submissions()) {
			assertThat(submission.findings()).extracting(Finding::ruleId).containsExactly(RuleIds.UNREADABLE_FILE);
			assertThat(submission.findings().get(0).unitCode()).isEqualTo(submission.submission().unitCode());
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			99999999999999999999 | implausible-value | 超出一个单位一年可能的数量
			1000000000           | implausible-value | 超出一个单位一年可能的数量
			999999999            |                   |
			""")
	void aCountBeyondWhatAUnitCanReportIsAnError(String value, String ruleId, String words) {
		// given
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + "," + value);

		// when
		List<Finding> findings = onlySubmission(read(rows)).findings();

		// then
		if (ruleId == null) {
			assertThat(findings).extracting(Finding::ruleId).doesNotContain(RuleIds.IMPLAUSIBLE_VALUE);
		}
		else {
			assertThat(findings).singleElement().satisfies((finding) -> {
				assertThat(finding.ruleId()).isEqualTo(ruleId);
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.message()).contains(words);
			});
		}
	}

	@Test
	void oversizedFieldsAreFindingsQuotingAShortPrefix() {
		// given: a 10,000-digit value, a 5,000-character item code and a 300-character unit code
		String longUnit = "9".repeat(300);
		List<String> rows = rows(UNIT);
		rows.set(10, UNIT + ",2019," + TENTH + "," + "7".repeat(10_000));
		rows.add(UNIT + ",2019," + "x".repeat(5_000) + ",1");
		rows.add(longUnit + ",2019," + TENTH + ",1");

		// when
		FileRead read = read(rows);

		// then
		SubmissionRead unit = read.submissions().get(0);
		assertThat(unit.findings()).extracting(Finding::ruleId)
			.containsExactly(RuleIds.FIELD_TOO_LONG, RuleIds.UNKNOWN_ITEM);
		SubmissionRead oversized = read.submissions().get(1);
		assertThat(oversized.submission().unitCode()).hasSize(64).endsWith("…");
		assertThat(oversized.findings()).extracting(Finding::ruleId).startsWith(RuleIds.FIELD_TOO_LONG);
		for (SubmissionRead submission : read.submissions()) {
			for (Finding finding : submission.findings()) {
				assertThat(finding.message()).hasSizeLessThan(200);
				assertThat(finding.itemColumn()).hasSizeLessThanOrEqualTo(FieldLimits.ITEM_CODE);
			}
		}
	}

	@Test
	void aFileWithOnlyItsHeaderHasNoSubmission() {
		// when
		FileRead read = CsvSubmissionReader.read(SOURCE, HEADER + "\n", 2019);

		// then: the file dispatcher makes the unit of its name the rejected sender (SubmissionFilesTest)
		assertThat(read.submissions()).isEmpty();
		assertThat(read.fileFindings()).isEmpty();
	}

	private static SubmissionRead onlySubmission(FileRead read) {
		assertThat(read.submissions()).hasSize(1);
		return read.submissions().get(0);
	}

	private static FileRead read(List<String> rows) {
		return read(HEADER, rows);
	}

	private static FileRead read(String header, List<String> rows) {
		return CsvSubmissionReader.read(SOURCE, csv(header, rows), 2019);
	}

	private static String csv(String header, List<String> rows) {
		return header + "\n" + String.join("\n", rows) + "\n";
	}

	/** A clean submission of a unit: every F2019 item, value 0, one row each from line 2. */
	private static List<String> rows(String unit) {
		return rows(unit, null);
	}

	/** As {@link #rows(String)}, with a scope column when scope is not null. */
	private static List<String> rows(String unit, String scope) {
		List<String> rows = new ArrayList<>();
		for (Item item : ITEMS) {
			rows.add(unit + ",2019," + item.code() + ",0" + (Objects.nonNull(scope) ? "," + scope : ""));
		}
		return rows;
	}

}
