package org.ogirollup.submission.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.text.TextDocumentReader;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the report fixtures under {@code reports/} and looks values and findings up in them. */
final class ReportFixtures {

	private ReportFixtures() {
	}

	static String text(String name) {
		try (InputStream in = ReportFixtures.class.getClassLoader().getResourceAsStream("reports/" + name)) {
			assertThat(in).as(name).isNotNull();
			return TextDecoding.decode(in.readAllBytes()).text();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Optional<SubmissionRead> read(String name, int reportYear) {
		return read(name, text(name), reportYear);
	}

	/** Reads a text as the pipeline reads a {@code .txt} report: its rows, then the shared step. */
	static Optional<SubmissionRead> read(String source, String text, int reportYear) {
		PublishedReportReader.Reading reading = new PublishedReportReader()
			.read(new TextDocumentReader().read(text), source, "u1", reportYear, Scope.OWN);
		return Optional.ofNullable(reading.read());
	}

	static SubmissionRead report(String name, int reportYear) {
		Optional<SubmissionRead> read = read(name, reportYear);
		assertThat(read).as(name + " read as a report").isPresent();
		return read.get();
	}

	static Value value(Submission submission, String code) {
		return submission.value(submission.catalog().require(code)).orElse(null);
	}

	static BigDecimal number(Submission submission, String code) {
		Value value = value(submission, code);
		assertThat(value).as(code).isNotNull();
		return value.number();
	}

	static List<Finding> findings(SubmissionRead read, String ruleId) {
		return read.findings().stream().filter((finding) -> finding.ruleId().equals(ruleId)).toList();
	}

}
