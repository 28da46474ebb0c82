package org.ogirollup.console;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ogirollup.job.AggregateLauncher;

import org.ogirollup.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as the console's tests use it: {@code serve} on a random port over a copy of the
 * demo province ({@code input/}, 230 units, 2019 to 2021), aggregated once into the outputs and
 * an in-memory database before the first test, with the console's history and upload folders
 * of its own. The classes that extend it share one context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:console;DB_CLOSE_DELAY=-1")
@ActiveProfiles("serve")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleTestSupport {

	static final Path DEMO = Path.of("input").toAbsolutePath();

	static final int YEAR = 2021;

	/** The department whose 2021 report breaks R5 (input/defects.csv): review.total raised by 1. */
	static final String FAULTY = "210702-D01";

	static Path root;

	static Path input;

	static Path output;

	static Path data;

	private static boolean aggregated;

	@Autowired
	AggregateLauncher launcher;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		if (root == null) {
			root = Files.createTempDirectory("console-tests");
			input = root.resolve("input");
			output = root.resolve("output");
			data = root.resolve("data");
			TestFiles.copyTree(DEMO, input);
			Path jobs = Files.createDirectories(root.resolve("jobs"));
			Files.writeString(jobs.resolve("reaggregate.yml"), """
					name: reaggregate
					job: aggregate
					parameters:
					  input: %s
					  output: %s
					""".formatted(input, output));
			Files.writeString(jobs.resolve("nightly.yml"), """
					name: nightly
					job: aggregate
					cron: "0 0 2 * * *"
					parameters:
					  years:
					    latest: 2
					  input: %s
					  output: %s
					""".formatted(input, output));
		}
		registry.add("ogi.jobs-dir", () -> root.resolve("jobs").toString());
		registry.add("ogi.data-dir", data::toString);
	}

	@BeforeAll
	void aggregateOnce() throws Exception {
		synchronized (ConsoleTestSupport.class) {
			if (aggregated) {
				return;
			}
			for (int year = 2019; year <= YEAR; year++) {
				AggregateLauncher.YearResult result = this.launcher.run(input, output, year, "", "测试准备");
				assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
			}
			aggregated = true;
		}
	}

	/** The rows of an output CSV of the year, by its header, a byte order mark or not. */
	static List<Map<String, String>> outputRows(String name) throws IOException {
		List<Map<String, String>> rows = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(output.resolve(String.valueOf(YEAR)).resolve(name),
				StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				rows.add(new LinkedHashMap<>(row.toMap()));
			}
		}
		return rows;
	}

	/** Every file under a folder, relative, with its bytes' checksum: what a refused request must leave as it was. */
	static Map<String, String> tree(Path folder) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		if (!Files.exists(folder)) {
			return files;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted().toList()) {
				if (Files.isRegularFile(path)) {
					files.put(folder.relativize(path).toString(),
							org.ogirollup.submission.FileStamp.checksum(Files.readAllBytes(path)));
				}
			}
		}
		return files;
	}


}
