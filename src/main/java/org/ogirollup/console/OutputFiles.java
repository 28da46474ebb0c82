package org.ogirollup.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output files of a year that the console offers for download: every file the run wrote
 * under {@code <output>/<year>/} and its {@code tables/} folder, nothing outside it (no {@code ..},
 * no link that leads out), and CSV files with a UTF-8 byte order mark, added when the file lacks
 * one, so that Excel and WPS open them without garbled Chinese.
 */
final class OutputFiles {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	/** What a clerk calls each file the run writes. */
	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("totals.csv", "合计（各级政府、各项）"),
			Map.entry("validation.csv", "问题清单（每条问题的文件、行、规则和两边的数）"),
			Map.entry("coverage.csv", "报送情况（应报、已采用、被退回、未报送）"), Map.entry("missing.csv", "未报送的单位"),
			Map.entry("yoy.csv", "与上年比较（各级政府）"), Map.entry("yoy-units.csv", "与上年比较（各单位）"),
			Map.entry("reconciliation.csv", "汇总报告与计算合计的核对"), Map.entry("reconciliation-members.csv", "可解释核对差异的单位"));

	/** A relative name of the year's outputs: folders and names of letters, digits, '.', '_' and '-'. */
	private static final Pattern NAME = Pattern.compile("([\\p{L}\\p{N}_\\-]+/)?[\\p{L}\\p{N}_\\-]+(\\.[\\p{L}\\p{N}_\\-]+)*");

	/** One file on offer. */
	record OutputFile(String name, String words, long size, LocalDateTime modified) {
	}

	private OutputFiles() {
	}

	/** The year's files, the machine tables first, then the tables of each node; none when nothing was written. */
	static List<OutputFile> list(Path yearFolder) {
		List<OutputFile> files = new ArrayList<>();
		if (!Files.isDirectory(yearFolder, LinkOption.NOFOLLOW_LINKS)) {
			return files;
		}
		try (Stream<Path> entries = Files.walk(yearFolder, 2)) {
			for (Path file : entries.filter((path) -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
				String name = yearFolder.relativize(file).toString().replace('\\', '/');
				if (name.endsWith(".tmp") || name.startsWith(".") || !NAME.matcher(name).matches()) {
					continue;
				}
				files.add(new OutputFile(name, words(name), Files.size(file), LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法列出 " + yearFolder, ex);
		}
		files.sort((a, b) -> Boolean.compare(a.name().contains("/"), b.name().contains("/")));
		return files;
	}

	private static String words(String name) {
		String known = WORDS.get(name);
		if (known != null) {
			return known;
		}
		if (name.startsWith("tables/")) {
			return "官方格式统计表：" + name.substring("tables/".length(), name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length());
		}
		return "";
	}

	/**
	 * A file of the year's outputs by its relative name.
	 * @return empty when the name is not one of a file inside the year's folder
	 */
	static Optional<Path> resolve(Path yearFolder, String name) {
		if (name == null || name.contains("..") || name.contains("\\") || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		Path file = yearFolder.resolve(name).normalize();
		if (!file.startsWith(yearFolder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			if (!file.toRealPath().startsWith(yearFolder.toRealPath())) {
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		return Optional.of(file);
	}

	static boolean isCsv(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
	}

	/** Whether a CSV file as served needs a byte order mark before its own bytes. */
	static boolean needsBom(Path file) throws IOException {
		if (!isCsv(file)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return !(head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2]);
		}
	}

	/** The length of the file as served. */
	static long servedLength(Path file) throws IOException {
		return Files.size(file) + (needsBom(file) ? BOM.length : 0);
	}

	/** Writes the file as served: a byte order mark first for a CSV file that lacks one. */
	static void copy(Path file, OutputStream out) throws IOException {
		if (needsBom(file)) {
			out.write(BOM);
		}
		Files.copy(file, out);
	}

}
