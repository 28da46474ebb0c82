package org.ogirollup.job;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.ogirollup.input.InputFolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest's progress lines: one per worker and report, each about that worker's own range,
 * never one worker's count under another's name.
 */
@SpringBatchTest
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:ingest-progress;DB_CLOSE_DELAY=-1",
		"ogi.ingest.workers=2", "ogi.ingest.progress-interval=0s" })
@ExtendWith(OutputCaptureExtension.class)
class IngestProgressTests {

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@Test
	void eachWorkerReportsHowFarItHasGotThroughItsOwnRange(@TempDir Path output, CapturedOutput log)
			throws Exception {
		// given: the fixture year's files, split in two ranges as the partitioner splits them
		Path input = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();
		int files = InputFolder.entries(input.resolve("2019")).size();
		int firstRange = files / 2;

		// when: the first run of the year, with a report after every chunk (one chunk per range here)
		AggregateParameters parameters = new AggregateParameters(2019, input, output, "", "fixture", 1);
		BatchStatus status = this.jobOperatorTestUtils.startJob(parameters.toJobParameters()).getStatus();

		// then
		assertThat(status).isEqualTo(BatchStatus.COMPLETED);
		List<String> progress = log.getOut().lines().filter((line) -> line.contains("files done")).toList();
		assertThat(progress).hasSize(2);
		assertThat(progress).anySatisfy((line) -> assertThat(line)
			.endsWith("ingestFilesStep:files0: " + firstRange + " of " + firstRange + " files done (100 %)"));
		assertThat(progress).anySatisfy((line) -> assertThat(line).endsWith(
				"ingestFilesStep:files1: " + (files - firstRange) + " of " + (files - firstRange) + " files done (100 %)"));
	}

}
