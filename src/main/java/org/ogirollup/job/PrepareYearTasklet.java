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
import java.util.stream.Collectors;

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
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.ContributionStore;
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

	private final ChangeStore changes;

	private final ContributionStore contributions;

	PrepareYearTasklet(SubmissionStore store, ChangeStore changes, ContributionStore contributions, Path input, int year,
			RunScope scope) {
		this.store = store;
		this.changes = changes;
		this.contributions = contributions;
		this.input = input;
		this.year = year;
		this.scope = scope;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		InputFolder folder = InputFolder.of(this.input);
		keepChangedFilesOnly(folder);
		Set<String> before = Set.copyOf(this.store.inputFindingSources(this.year));
		List<Finding> notRead = foldersNotRead(folder);
		this.store.replaceInputFindings(this.year, notRead);
		Set<String> now = notRead.stream().map(Finding::source).collect(Collectors.toSet());
		if (!now.equals(before)) {
			this.changes.markFiles(this.year, before);
			this.changes.markFiles(this.year, now);
		}
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

	/**
	 * Forgets every stored file that changed or is gone, whatever the scope (a scope never hides a
	 * change), and marks its units and it changed, so that the steps after the ingest take their
	 * contributions out of the totals and put the new ones in.
	 */
	private void keepChangedFilesOnly(InputFolder folder) throws IOException {
		String key = ingestKey();
		Optional<String> storedKey = this.store.ingestKey(this.year);
		if (!storedKey.map(key::equals).orElse(false)) {
			this.store.deleteYear(this.year);
			this.changes.clear(this.year);
			this.store.setIngestKey(this.year, key);
			this.changes.setWholeYear(this.year, true);
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
		Map<String, FileStamp> stored = this.store.storedFiles(this.year);
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, FileStamp> file : stored.entrySet()) {
			if (!unchanged(files, current.get(file.getKey()), file.getKey(), file.getValue())) {
				changed.add(file.getKey());
			}
		}
		// a file that could not be read has no stamp: it is read again, and its units may change
		changed.addAll(this.store.unstampedFiles(this.year));
		List<String> added = current.keySet().stream().filter((source) -> !stored.containsKey(source)).sorted().toList();
		Map<String, Set<String>> units = this.store.unitsByFile(this.year, changed);
		// the units the findings of a changed file were on change too, if only their lists of findings
		Map<String, Set<String>> findingUnits = this.store.findingUnitsByFile(this.year, changed);
		for (String source : changed) {
			this.changes.markUnits(this.year, units.getOrDefault(source, Set.of()));
			this.changes.markUnits(this.year, findingUnits.getOrDefault(source, Set.of()));
			this.contributions.keepOldContributions(this.year, source);
			this.store.forgetFile(this.year, source);
		}
		this.changes.markFiles(this.year, changed);
		this.changes.markFiles(this.year, added);
		sayOutsideTheScope(changed, added, units, current);
		logger.info(this.year + ": " + (stored.size() - changed.size()) + " files unchanged since the last run, "
				+ (current.size() - stored.size() + changed.size()) + " to read");
	}

	/** A scope is a hint, never a filter on truth: changes outside it are read all the same, and said. */
	private void sayOutsideTheScope(List<String> changed, List<String> added, Map<String, Set<String>> units,
			Map<String, Path> current) {
		if (this.scope.isWhole()) {
			return;
		}
		List<String> outside = new ArrayList<>();
		for (String source : changed) {
			if (!this.scope.includesUnits(units.getOrDefault(source, Set.of()))) {
				outside.add(source);
			}
		}
		for (String source : added) {
			if (!this.scope.includesFile(current.get(source))) {
				outside.add(source);
			}
		}
		if (!outside.isEmpty()) {
			logger.info(this.year + ": " + outside.size() + " changed files lie outside the scope and are read as well: "
					+ String.join(", ", outside.subList(0, Math.min(10, outside.size())))
					+ ((outside.size() > 10) ? ", ..." : ""));
		}
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
