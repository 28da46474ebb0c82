package org.ogirollup.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.ogirollup.input.InputFolder;
import org.ogirollup.operations.RunHistory;
import org.ogirollup.operations.RunTrigger;
import org.ogirollup.operations.RunTrigger.Triggered;
import org.ogirollup.operations.RunView;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.FileStamp;

/**
 * Takes in a unit's corrected file: the upload waits in a folder of its own until its dry run
 * is committed or discarded; committing moves the files it replaces into the history folder
 * (never overwriting anything in place), moves the new file into the year folder and queues the
 * re-aggregation of the unit's city. Uploads waiting when the service stops are dropped.
 */
class Corrections {

	private static final Log logger = LogFactory.getLog(Corrections.class);

	/** The name of the note each commit leaves beside the files it replaced. */
	static final String NOTE = "更正记录.txt";

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** One uploaded file and what its dry run found. */
	record Correction(String id, int year, String unitCode, String fileName, long size, String checksum, String user,
			LocalDateTime uploadedAt, DryRun.Result result) {
	}

	/** What a commit did: the files put aside, and the run it queued. */
	record Committed(Correction correction, List<String> replaced, Path historyFolder, String scope, Triggered run) {
	}

	private final Workspace workspace;

	private final DryRun dryRun;

	private final RunTrigger trigger;

	private final RunHistory history;

	private final ConsoleProperties properties;

	private final Clock clock;

	private final Map<String, Correction> waiting = new ConcurrentHashMap<>();

	Corrections(Workspace workspace, DryRun dryRun, RunTrigger trigger, RunHistory history, ConsoleProperties properties,
			Clock clock) {
		this.workspace = workspace;
		this.dryRun = dryRun;
		this.trigger = trigger;
		this.history = history;
		this.properties = properties;
		this.clock = clock;
	}

	/** Drops the uploads a stopped service left waiting. */
	void clearUploads() {
		deleteTree(this.properties.uploadsDir());
	}

	/**
	 * Checks and keeps an upload, and runs its dry run.
	 * @param declaredSize the size the upload says it has
	 * @throws IllegalArgumentException for a bad name, an empty or too large file, an unknown unit
	 * or year: nothing is written then
	 */
	Correction take(int year, String unitCode, String name, long declaredSize, InputStream content, String user)
			throws IOException {
		Registry registry = this.workspace.registry();
		Unit unit = registry.unit(unitCode)
			.orElseThrow(() -> new IllegalArgumentException("单位名录中没有代码为 " + unitCode + " 的单位"));
		if (!this.workspace.years().contains(year)) {
			throw new IllegalArgumentException("输入文件夹中没有 " + year + " 年度的文件夹");
		}
		String fileName = UploadName.check(name, unit.code(), registry::contains);
		long limit = this.properties.uploadLimit().toBytes();
		if (declaredSize > limit) {
			throw new IllegalArgumentException(tooLarge(declaredSize));
		}
		String id = UUID.randomUUID().toString();
		Path staging = this.properties.uploadsDir().resolve(id);
		Path file = staging.resolve(String.valueOf(year)).resolve(fileName);
		Files.createDirectories(file.getParent());
		long written;
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
			written = copy(content, out, limit + 1);
		}
		catch (IOException | RuntimeException ex) {
			deleteTree(staging);
			throw ex;
		}
		if (written > limit || written == 0) {
			deleteTree(staging);
			throw new IllegalArgumentException((written == 0) ? "上传的文件是空的" : tooLarge(written));
		}
		byte[] bytes = Files.readAllBytes(file);
		DryRun.Result result = this.dryRun.check(registry, this.workspace.inputFolder(), InputFolder.of(staging), year,
				unit.code(), fileName);
		Correction correction = new Correction(id, year, unit.code(), fileName, written, FileStamp.checksum(bytes), user,
				LocalDateTime.now(this.clock), result);
		this.waiting.put(id, correction);
		logger.info("Correction " + id + " of " + unit.code() + ", " + year + " by " + user + ": " + fileName + ", "
				+ result.totals().size() + " totals would change");
		return correction;
	}

	Optional<Correction> find(String id) {
		return Optional.ofNullable(this.waiting.get(id));
	}

	/** The corrections waiting for a unit, newest first. */
	List<Correction> waitingFor(int year, String unitCode) {
		return this.waiting.values()
			.stream()
			.filter((c) -> c.year() == year && c.unitCode().equals(unitCode))
			.sorted(Comparator.comparing(Correction::uploadedAt).reversed())
			.toList();
	}

	/** Drops an upload and its dry run; nothing in the input changes. */
	boolean discard(String id) {
		Correction correction = this.waiting.remove(id);
		if (correction != null) {
			deleteTree(this.properties.uploadsDir().resolve(id));
		}
		return correction != null;
	}

	/**
	 * Takes the corrected file in and queues the re-aggregation of the unit's city.
	 * @throws IllegalStateException when the year is being aggregated now, or the year folder
	 * changed since the dry run (which is then run again, to be looked at once more)
	 */
	synchronized Committed commit(String id, String user) throws IOException {
		Correction correction = find(id).orElseThrow(() -> new NoSuchCorrectionException(id));
		if (!correction.result().canCommit()) {
			throw new IllegalStateException(correction.result().refusal());
		}
		for (RunView run : this.history.ofYear(correction.year(), 10)) {
			if ("STARTED".equals(run.status()) || "STARTING".equals(run.status()) || "STOPPING".equals(run.status())) {
				throw new IllegalStateException(correction.year() + " 年度正在汇总（运行 " + run.id()
						+ "）；请在它完成后再提交，以免它读到一半的文件夹");
			}
		}
		Registry registry = this.workspace.registry();
		InputFolder input = this.workspace.inputFolder();
		Path staging = this.properties.uploadsDir().resolve(id);
		DryRun.Result again = this.dryRun.check(registry, input, InputFolder.of(staging), correction.year(),
				correction.unitCode(), correction.fileName());
		if (!again.replacedFiles().equals(correction.result().replacedFiles())) {
			this.waiting.put(id, new Correction(id, correction.year(), correction.unitCode(), correction.fileName(),
					correction.size(), correction.checksum(), correction.user(), correction.uploadedAt(), again));
			throw new IllegalStateException("试算之后年度文件夹有变动，已重新试算；请再看一遍结果后提交");
		}
		Path yearFolder = input.yearFolder(correction.year());
		Path historyFolder = this.properties.historyDir()
			.resolve(String.valueOf(correction.year()))
			.resolve(LocalDateTime.now(this.clock).format(FOLDER_TIME) + "-" + correction.unitCode() + "-"
					+ id.substring(0, 8));
		Files.createDirectories(historyFolder);
		List<String> replaced = new ArrayList<>();
		for (String source : correction.result().replacedFiles()) {
			Path old = input.root().resolve(source).normalize();
			if (!old.getParent().equals(yearFolder) || !Files.exists(old)) {
				continue;
			}
			// the same file system or not: the old file is copied whole before it leaves the year folder
			Files.copy(old, historyFolder.resolve(old.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			Files.delete(old);
			replaced.add(source);
		}
		Path target = yearFolder.resolve(correction.fileName());
		if (Files.exists(target)) {
			throw new IllegalStateException("年度文件夹中已有 " + correction.fileName() + "，未能替换");
		}
		// written beside the year folders (the input's root holds no report) and moved into place at once
		Path part = input.root().resolve("." + id + ".part");
		Files.copy(staging.resolve(String.valueOf(correction.year())).resolve(correction.fileName()), part,
				StandardCopyOption.REPLACE_EXISTING);
		Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
		Files.writeString(historyFolder.resolve(NOTE), note(correction, user, replaced), StandardCharsets.UTF_8);
		this.waiting.remove(id);
		deleteTree(staging);
		String scope = cityOf(registry, correction.unitCode());
		Triggered run = this.trigger.start(this.workspace.definitionName(), correction.year(), scope,
				"用户 " + user + "（控制台：更正 " + correction.unitCode() + "，作业定义 " + this.workspace.definitionName() + "）");
		logger.info("Correction " + id + " of " + correction.unitCode() + ", " + correction.year() + " committed by "
				+ user + ": " + replaced + " kept in " + historyFolder + "; run " + run.runId() + " ticket "
				+ run.ticket());
		return new Committed(correction, replaced, historyFolder, scope, run);
	}

	/** The city whose subtree is read again: the unit's own city, or the top government above a unit of no city. */
	static String cityOf(Registry registry, String unitCode) {
		List<String> chain = registry.governmentChain(unitCode);
		for (String code : chain) {
			if (registry.unit(code).map((unit) -> unit.level() == Level.CITY).orElse(false)) {
				return code;
			}
		}
		return chain.isEmpty() ? "" : chain.get(chain.size() - 1);
	}

	private String note(Correction correction, String user, List<String> replaced) {
		return String.join("\n", "单位：" + correction.unitCode(), "年度：" + correction.year(),
				"新文件：" + correction.fileName() + "（" + correction.size() + " 字节，SHA-256 " + correction.checksum() + "）",
				"上传：" + correction.user() + "，" + correction.uploadedAt(),
				"提交：" + user + "，" + LocalDateTime.now(this.clock),
				"被替换的文件：" + (replaced.isEmpty() ? "无" : String.join("、", replaced))) + "\n";
	}

	private String tooLarge(long size) {
		return "文件过大（" + size + " 字节），最多 " + this.properties.uploadLimit().toMegabytes() + " MB";
	}

	private static long copy(InputStream in, OutputStream out, long most) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while ((read = in.read(buffer)) >= 0) {
			total += read;
			if (total > most) {
				return total;
			}
			out.write(buffer, 0, read);
		}
		return total;
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + root, ex);
		}
	}

	/** An id that names no waiting correction (discarded, committed, or from before a restart). */
	static class NoSuchCorrectionException extends RuntimeException {

		NoSuchCorrectionException(String id) {
			super("没有这个待提交的更正（可能已提交、已放弃，或服务已重启）");
		}

	}

}
