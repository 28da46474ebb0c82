package org.ogirollup.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.ogirollup.catalog.ReportFormat;

/**
 * An input folder: the registry {@value #REGISTRY} and one folder per report year, named by the
 * year, holding the submission files. A folder that is not a readable report year is not read
 * and is said so, with why; a link that leads out of the input folder is never followed.
 */
public final class InputFolder {

	/** The registry's file name in the input folder. */
	public static final String REGISTRY = "units.csv";

	private final Path root;

	private final Path realRoot;

	private InputFolder(Path root, Path realRoot) {
		this.root = root;
		this.realRoot = realRoot;
	}

	/**
	 * The input folder at a path.
	 * @throws IOException when it does not exist or cannot be looked at
	 */
	public static InputFolder of(Path root) throws IOException {
		Path absolute = root.toAbsolutePath().normalize();
		return new InputFolder(absolute, absolute.toRealPath());
	}

	/** A folder of the input that is not read as a report year, and why, in Chinese. */
	public record NotRead(String name, String reason) {
	}

	public Path root() {
		return this.root;
	}

	public Path registry() {
		return this.root.resolve(REGISTRY);
	}

	public Path yearFolder(int year) {
		return this.root.resolve(String.valueOf(year));
	}

	/** The report years with a folder that can be read, ascending. */
	public List<Integer> years() throws IOException {
		List<Integer> years = new ArrayList<>();
		for (Path folder : folders()) {
			if (whyNotRead(folder) == null) {
				years.add(Integer.parseInt(folder.getFileName().toString()));
			}
		}
		return years;
	}

	/** The folders of the input that are not read, with why: shown on the console and in every year's findings. */
	public List<NotRead> notRead() throws IOException {
		List<NotRead> notRead = new ArrayList<>();
		for (Path folder : folders()) {
			String reason = whyNotRead(folder);
			if (reason != null) {
				notRead.add(new NotRead(folder.getFileName().toString(), reason));
			}
		}
		return notRead;
	}

	/**
	 * Why the folder of a report year cannot be read, in Chinese; {@code null} when it can.
	 */
	public String whyYearNotRead(int year) {
		Path folder = yearFolder(year);
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return "输入文件夹 " + this.root + " 中没有 " + year + " 年度的文件夹";
		}
		return whyNotRead(folder);
	}

	/** Whether a path, a link or what it leads to, lies outside the input folder. */
	public boolean leadsOutside(Path path) {
		try {
			return !path.toRealPath().startsWith(this.realRoot);
		}
		catch (IOException ex) {
			// a link that leads nowhere leads nowhere inside the input either
			return true;
		}
	}

	/** How findings name a file: relative to the input folder, with forward slashes. */
	public String source(Path file) {
		return source(this.root, file);
	}

	/** How findings name a file: relative to the input folder, with forward slashes. */
	public static String source(Path root, Path file) {
		return root.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * Every entry of a year folder, in a stable order (by name): files, folders and links alike,
	 * each to be read or reported.
	 */
	public static List<Path> entries(Path yearFolder) throws IOException {
		try (Stream<Path> entries = Files.list(yearFolder)) {
			return entries.sorted().toList();
		}
	}

	private List<Path> folders() throws IOException {
		try (Stream<Path> entries = Files.list(this.root)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
	}

	private String whyNotRead(Path folder) {
		String name = folder.getFileName().toString();
		if (!name.matches("\\d{4}")) {
			return name + " 不是年度文件夹（应以四位年份命名，如 2021），其中的文件未被读取";
		}
		if (!Files.isDirectory(folder)) {
			return name + " 不是文件夹";
		}
		if (Files.isSymbolicLink(folder) && leadsOutside(folder)) {
			return name + " 是指向输入文件夹之外的链接，未被读取（报送文件应放在输入文件夹之内）";
		}
		if (!ReportFormat.covers(Integer.parseInt(name))) {
			return name + " 年度没有适用的官方报告格式（两种格式均自 2019 年度起），其中的文件未被读取";
		}
		return null;
	}

}
