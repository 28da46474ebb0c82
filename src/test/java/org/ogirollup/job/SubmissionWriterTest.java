package org.ogirollup.job;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;
import org.ogirollup.validate.CheckedSubmission;
import org.ogirollup.validate.IngestedFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A file the database refuses costs only itself: the chunk's other files are stored, and it is
 * stored as a rejected stand-in with the reason, all in the chunk's one transaction.
 */
class SubmissionWriterTest {

	private JdbcTemplate jdbc;

	private JdbcTransactionManager transactions;

	@BeforeEach
	void database() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:writer-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.load()
			.migrate();
		this.jdbc = new JdbcTemplate(dataSource);
		this.transactions = new JdbcTransactionManager(dataSource);
	}

	@Test
	void aRefusedFileIsStoredAsARejectedStandInAndItsNeighboursAsRead() {
		// given: the middle file's values are too long for their column, as no reader lets through
		IngestedFile first = file("2021/210102.csv", "210102", BigDecimal.ONE);
		IngestedFile refused = file("2021/210103.csv", "210103", new BigDecimal("1".repeat(100_001)));
		IngestedFile last = file("2021/210104.csv", "210104", BigDecimal.TEN);
		SubmissionWriter writer = new SubmissionWriter(new SubmissionStore(this.jdbc), this.transactions);

		// when: in one chunk transaction, as the step writes
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> writer.write(new Chunk<>(List.of(first, refused, last))));

		// then
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select unit_code, accepted, cell_values from submission order by unit_code");
		assertThat(rows).extracting((row) -> row.get("UNIT_CODE"), (row) -> row.get("ACCEPTED"))
			.containsExactly(tuple("210102", true), tuple("210103", false), tuple("210104", true));
		assertThat((String) rows.get(1).get("CELL_VALUES")).doesNotContain("1");
		assertThat(this.jdbc.queryForList("select unit_code, rule_id, message from finding"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding).containsEntry("UNIT_CODE", "210103").containsEntry("RULE_ID", RuleIds.NOT_STORED);
				assertThat((String) finding.get("MESSAGE")).contains("无法保存").hasSizeLessThan(200);
			});
		assertThat(this.jdbc.queryForList("select source_file from source_file order by source_file", String.class))
			.as("the refused file is read again next time").containsExactly("2021/210102.csv", "2021/210104.csv");
	}

	private static IngestedFile file(String source, String unit, BigDecimal value) {
		Catalog catalog = Catalog.of(ReportFormat.F2021);
		Value[] values = new Value[catalog.size()];
		values[0] = Value.given(value, 2, catalog.item(0).code().value());
		Submission submission = new Submission(unit, 2021, Scope.OWN, catalog, source, 2, values);
		return new IngestedFile(source, 2021, List.of(new CheckedSubmission(submission, List.of())), List.of(),
				new FileStamp(10, 1, "x"));
	}

}
