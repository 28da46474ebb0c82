package org.ogirollup.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.input.InputFolder;
import org.ogirollup.input.SubmissionFiles;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.submission.FileStamp;

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
		InputFolder folder = InputFolder.of(this.input);
		keepChangedFilesOnly(folder);
		this.store.replaceInputFindings(this.year, foldersNotRead(folder));
		return RepeatStatus.FINISHED;
	}

	/** A folder of the input that is not read is said in every year's findings, where a clerk looks. */
	private List<Finding> foldersNotRead(InputFolder folder) throws IOException {
		List<Finding> findings = new ArrayList<>();
		for (InputFolder.NotRead notRead : folder.notRead()) {
			logger.warn(notRead.reason());
			findings.add(new Finding(notRead.name() + "/", "", this.year, RuleIds.NOT_A_YEAR_FOLDER, Severity.WARNING,
					List.of(), notRead.reason()));
		}
		return findings;
	}

	private void keepChangedFilesOnly(InputFolder folder) throws IOException {
		String key = ingestKey();
		Optional<String> storedKey = this.store.ingestKey(this.year);
		if (!storedKey.map(key::equals).orElse(false)) {
			this.store.deleteYear(this.year);
			this.store.setIngestKey(this.year, key);
			logger.info(this.year + (storedKey.isPresent()
					? ": the registry or the application changed since the last run; reading every file"
					: ": first run of the year; reading every file"));
			return;
		}
		SubmissionFiles files = new SubmissionFiles(folder, this.year, (code) -> false);
		Map<String, Path> current = new HashMap<>();
		for (Path file : InputFolder.entries(folder.yearFolder(this.year))) {
			current.put(folder.source(file), file);
		}
		int kept = 0;
		Map<String, Set<String>> units = this.scope.isWhole() ? Map.of() : this.store.unitsByFile(this.year);
		for (Map.Entry<String, FileStamp> stored : this.store.storedFiles(this.year).entrySet()) {
			boolean outOfScope = !this.scope.includesUnits(units.getOrDefault(stored.getKey(), Set.of()));
			if (outOfScope || unchanged(files, current.get(stored.getKey()), stored.getKey(), stored.getValue())) {
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
	}

	private boolean unchanged(SubmissionFiles files, Path file, String source, FileStamp stored) throws IOException {
		FileStamp now = (file != null) ? files.look(file) : null;
		if (now == null || now.size() != stored.size()) {
			return false;
		}
		long modified = now.modifiedMillis();
		if (modified == stored.modifiedMillis()) {
			return true;
		}
		if (files.isReadForItsBytes(file) && FileStamp.checksum(Files.readAllBytes(file)).equals(stored.checksum())) {
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
