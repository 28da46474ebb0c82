package org.ogirollup.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.store.SubmissionStore;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.SubmissionFiles;

/**
 * Gets a year ready to be read: keeps the stored files that did not change since the last run
 * (same size and time, or the same checksum), forgets the rest, and undoes what was derived from
 * them. A scoped run forgets only changed files of its subtree and keeps every other file as it
 * was stored. When the registry or the application changed, every file is read again.
 */
class PrepareYearTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(PrepareYearTasklet.class);

	private final SubmissionStore store;

	private final Path input;

	private final int year;

	private final RunScope scope;

	PrepareYearTasklet(SubmissionStore store, Path input, int year, RunScope scope) {
		this.store = store;
		this.input = input;
		this.year = year;
		this.scope = scope;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		String key = ingestKey();
		Optional<String> storedKey = this.store.ingestKey(this.year);
		if (!storedKey.map(key::equals).orElse(false)) {
			this.store.deleteYear(this.year);
			this.store.setIngestKey(this.year, key);
			logger.info(this.year + (storedKey.isPresent()
					? ": the registry or the application changed since the last run; reading every file"
					: ": first run of the year; reading every file"));
			return RepeatStatus.FINISHED;
		}
		Map<String, Path> current = new HashMap<>();
		for (Path file : SubmissionFiles.list(this.input.resolve(String.valueOf(this.year)))) {
			current.put(SubmissionFiles.source(this.input, file), file);
		}
		int kept = 0;
		Map<String, Set<String>> units = this.scope.isWhole() ? Map.of() : this.store.unitsByFile(this.year);
		for (Map.Entry<String, FileStamp> stored : this.store.storedFiles(this.year).entrySet()) {
			boolean outOfScope = !this.scope.includesUnits(units.getOrDefault(stored.getKey(), Set.of()));
			if (outOfScope || unchanged(current.get(stored.getKey()), stored.getKey(), stored.getValue())) {
				kept++;
			}
			else {
				this.store.forgetFile(this.year, stored.getKey());
			}
		}
		this.store.forgetUnstampedFiles(this.year);
		this.store.resetDerived(this.year);
		logger.info(this.year + ": " + kept + " files unchanged since the last run, " + (current.size() - kept)
				+ " to read");
		return RepeatStatus.FINISHED;
	}

	private boolean unchanged(Path file, String source, FileStamp stored) throws IOException {
		if (file == null || Files.size(file) != stored.size()) {
			return false;
		}
		long modified = Files.getLastModifiedTime(file).toMillis();
		if (modified == stored.modifiedMillis()) {
			return true;
		}
		if (FileStamp.checksum(Files.readAllBytes(file)).equals(stored.checksum())) {
			this.store.touchFile(this.year, source, modified);
			return true;
		}
		return false;
	}

	/** Changes with the registry's content and with every build of the application. */
	private String ingestKey() throws IOException {
		byte[] registry = Files.readAllBytes(this.input.resolve("units.csv"));
		return FileStamp.checksum(registry).substring(0, 32) + ":" + buildInfo();
	}

	private static String buildInfo() throws IOException {
		try (InputStream in = PrepareYearTasklet.class.getClassLoader()
			.getResourceAsStream("META-INF/build-info.properties")) {
			if (in == null) {
				return "development";
			}
			return FileStamp.checksum(in.readAllBytes()).substring(0, 32);
		}
	}

}
