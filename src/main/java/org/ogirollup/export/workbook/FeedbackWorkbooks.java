package org.ogirollup.export.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;

import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.UnitOutcome;

/**
 * The files an analyst sends back, in {@code <year>/问题清单/}: one per unit with findings,
 * {@code <unit_code>-<name>.xlsx}, with its list of findings and suggested fixes and its own tables
 * with the failing cells coloured and commented; and one per city with findings among its units,
 * {@code <city_code>-<name>-全市问题清单.xlsx}, with the city's units and all their findings. A file of
 * an earlier run that this one did not write (its unit has no findings now) is removed.
 */
public final class FeedbackWorkbooks {

	/** The folder under the year's output. */
	public static final String FOLDER = "问题清单";

	/** What a city's file adds to its name. */
	static final String CITY_SUFFIX = "-全市问题清单";

	private final Registry registry;

	private final int year;

	private final YearFindings findings;

	private final Map<String, UnitOutcome> outcomes;

	/** Each unit's findings, by unit code in order; findings on no unit (a file's) have no file. */
	private final Map<String, List<FindingRow>> byUnit = new TreeMap<>();

	private final Set<String> names = new HashSet<>();

	private final Map<String, String> fileNames = new TreeMap<>();

	/**
	 * @param outcomes what became of each unit's own submission this year
	 */
	public FeedbackWorkbooks(Registry registry, int year, YearFindings findings, Map<String, UnitOutcome> outcomes) {
		this.registry = registry;
		this.year = year;
		this.findings = findings;
		this.outcomes = outcomes;
		for (FindingRow row : findings.rows()) {
			if (!row.finding().unitCode().isEmpty()) {
				this.byUnit.computeIfAbsent(row.finding().unitCode(), (code) -> new ArrayList<>()).add(row);
			}
		}
	}

	/**
	 * Writes every unit's and every city's file.
	 * @param submissions the stored submissions that have findings, each unit's together
	 * @return the files written
	 */
	public List<Path> write(Path yearFolder, SubmittedValues.Source submissions) throws IOException {
		return write(yearFolder, submissions, (unit) -> true, (city) -> true);
	}

	/**
	 * Writes the files of the units that changed and of their cities, and those that are missing;
	 * the other files are kept as they are, and the files of units and cities that have no
	 * findings any more are removed.
	 * @param submissions the stored submissions that have findings, each unit's together
	 * @param changed the units whose findings or submissions may have changed
	 * @return the files written
	 */
	public List<Path> write(Path yearFolder, SubmittedValues.Source submissions, Set<String> changed)
			throws IOException {
		Set<String> cities = new HashSet<>();
		for (String unit : changed) {
			this.registry.governmentAt(unit, Level.CITY).ifPresent((city) -> cities.add(city.code()));
		}
		return write(yearFolder, submissions, changed::contains, cities::contains);
	}

	private List<Path> write(Path yearFolder, SubmittedValues.Source submissions, Predicate<String> unitChanged,
			Predicate<String> cityChanged) throws IOException {
		Path folder = yearFolder.resolve(FOLDER);
		Files.createDirectories(folder);
		// names in code order, whichever files are written, so that a file keeps its name from run to run
		Set<String> redo = new HashSet<>();
		List<Path> kept = new ArrayList<>();
		for (String unit : this.byUnit.keySet()) {
			Path file = folder.resolve(fileName(unit, unit(unit).name()));
			if (unitChanged.test(unit) || !Files.isRegularFile(file)) {
				redo.add(unit);
			}
			else {
				kept.add(file);
			}
		}
		List<Path> written = new ArrayList<>();
		Set<String> done = new HashSet<>();
		List<SubmittedValues> unitSubmissions = new ArrayList<>();
		try {
			submissions.forEach((submission) -> {
				if (!unitSubmissions.isEmpty() && !unitSubmissions.get(0).unitCode().equals(submission.unitCode())) {
					writeUnit(folder, unitSubmissions, done, written);
					unitSubmissions.clear();
				}
				if (redo.contains(submission.unitCode())) {
					unitSubmissions.add(submission);
				}
			});
			writeUnit(folder, unitSubmissions, done, written);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		for (String unit : this.byUnit.keySet()) {
			if (redo.contains(unit) && done.add(unit)) {
				// a unit with findings but no stored submission: its list alone
				written.add(writeUnit(folder, unit, List.of()));
			}
		}
		for (Map.Entry<String, Set<String>> city : cities().entrySet()) {
			Unit unit = this.registry.unit(city.getKey()).orElseThrow();
			Path file = cityFile(folder, unit);
			if (cityChanged.test(unit.code()) || city.getValue().stream().anyMatch(redo::contains)
					|| !Files.isRegularFile(file)) {
				written.add(writeCity(folder, unit, city.getValue()));
			}
			else {
				kept.add(file);
			}
		}
		kept.addAll(written);
		removeStale(folder, kept);
		return written;
	}

	private void writeUnit(Path folder, List<SubmittedValues> submissions, Set<String> done, List<Path> written) {
		if (submissions.isEmpty()) {
			return;
		}
		String unit = submissions.get(0).unitCode();
		if (done.add(unit)) {
			try {
				written.add(writeUnit(folder, unit, submissions));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private Path writeUnit(Path folder, String code, List<SubmittedValues> submissions) throws IOException {
		Unit unit = unit(code);
		List<FindingRow> rows = this.byUnit.get(code);
		Path file = folder.resolve(fileName(code, unit.name()));
		WorkbookFile.write(file, (workbook) -> {
			Styles styles = new Styles(workbook);
			SheetNames sheets = new SheetNames();
			FindingsSheet.write(new Cells(workbook.createSheet(sheets.next(FindingsSheet.NAME)), styles), rows);
			List<GuideSheet.Entry> guide = new ArrayList<>();
			guide.add(new GuideSheet.Entry(FindingsSheet.NAME, "本单位 " + this.year + " 年报表的问题 " + rows.size()
					+ " 条，及改动最少单元格的建议改法"));
			for (SubmittedValues submission : submissions) {
				String name = sheets.next(FeedbackSheet.name(submission));
				List<FindingRow> own = rows.stream()
					.filter((row) -> row.sourceFile().equals(submission.sourceFile()))
					.toList();
				FeedbackSheet.write(new Cells(workbook.createSheet(name), styles), unit, this.year, submission, own);
				guide.add(new GuideSheet.Entry(name, submission.sourceFile() + " 中的三张统计表，问题单元格着色并附批注"));
			}
			guide.add(0, new GuideSheet.Entry(GuideSheet.NAME, "本表"));
			GuideSheet.write(new Cells(workbook.createSheet(sheets.next(GuideSheet.NAME)), styles),
					unit.name() + "（" + code + "）" + this.year + " 年报表问题清单", this.year, guide, false);
		});
		return file;
	}

	/** The cities with findings among their units, each with those units' codes in order. */
	private Map<String, Set<String>> cities() {
		Map<String, Set<String>> cities = new TreeMap<>();
		for (String unit : this.byUnit.keySet()) {
			this.registry.governmentAt(unit, Level.CITY)
				.ifPresent((city) -> cities.computeIfAbsent(city.code(), (key) -> new LinkedHashSet<>()).add(unit));
		}
		return cities;
	}

	private static Path cityFile(Path folder, Unit city) {
		return folder.resolve(FileNames.safe(city.code() + "-" + city.name() + CITY_SUFFIX, WorkbookFile.EXTENSION));
	}

	private Path writeCity(Path folder, Unit city, Set<String> units) throws IOException {
		Path file = cityFile(folder, city);
		List<FindingRow> rows = this.findings.rows(units::contains);
		WorkbookFile.write(file, (workbook) -> {
			Styles styles = new Styles(workbook);
			SheetNames sheets = new SheetNames();
			memberList(new Cells(workbook.createSheet(sheets.next("单位一览")), styles), units);
			FindingsSheet.write(new Cells(workbook.createSheet(sheets.next(FindingsSheet.NAME)), styles), rows);
			GuideSheet.write(new Cells(workbook.createSheet(sheets.next(GuideSheet.NAME)), styles),
					city.name() + "（" + city.code() + "）" + this.year + " 年全市报表问题清单", this.year,
					List.of(new GuideSheet.Entry("单位一览", "全市有问题的单位 " + units.size() + " 个，各附其反馈文件"),
							new GuideSheet.Entry(FindingsSheet.NAME, "这些单位的全部问题 " + rows.size() + " 条"),
							new GuideSheet.Entry(GuideSheet.NAME, "本表")),
					false);
		});
		return file;
	}

	private static final List<ListSheet.Column> MEMBER_COLUMNS = List.of(new ListSheet.Column("单位代码", 13, ""),
			new ListSheet.Column("单位名称", 24, ""), new ListSheet.Column("级别", 8, ""),
			new ListSheet.Column("所属县", 12, ""), new ListSheet.Column("状态", 10, ""),
			new ListSheet.Column("错误数", 8, ""), new ListSheet.Column("警告数", 8, ""),
			new ListSheet.Column("反馈文件", 40, ""));

	/** One row per unit with findings: its verdict, its counts and a link to its own file. */
	private void memberList(Cells cells, Set<String> units) {
		ListSheet list = new ListSheet(cells, MEMBER_COLUMNS);
		for (String code : units) {
			Unit unit = unit(code);
			List<FindingRow> rows = this.byUnit.get(code);
			int errors = (int) rows.stream().filter((row) -> row.finding().isError()).count();
			Row row = list.row();
			list.text(row, 0, code);
			list.text(row, 1, unit.name());
			list.text(row, 2, CoverageSheet.level(unit.level()));
			list.text(row, 3, this.registry.governmentAt(code, Level.COUNTY).map(Unit::name).orElse(""));
			list.text(row, 4, CoverageSheet.status(this.outcomes.get(code)));
			cells.number(row, 5, errors, Styles.Role.LIST_NUMBER);
			cells.number(row, 6, rows.size() - errors, Styles.Role.LIST_NUMBER);
			String fileName = this.fileNames.get(code);
			Cell link = list.text(row, 7, fileName);
			Hyperlink hyperlink = cells.sheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
			// the unit's file lies beside the city's: a relative link survives moving the folder
			hyperlink.setAddress(fileName.replace(" ", "%20"));
			link.setHyperlink(hyperlink);
		}
		list.finish();
	}

	/** The unit, or a stand-in for a code the registry does not know. */
	private Unit unit(String code) {
		return this.registry.unit(code).orElseGet(() -> new Unit(code, "名录中无此单位", Level.DEPARTMENT, ""));
	}

	/**
	 * A unit's file name, once per unit: two codes that become the same safe name (a/b and a_b)
	 * get a number, and Windows does not tell upper from lower case.
	 */
	private String fileName(String code, String name) {
		return this.fileNames.computeIfAbsent(code, (key) -> {
			String wanted = FileNames.safe(code + "-" + name, "");
			String candidate = wanted;
			for (int copy = 2; !this.names.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
				candidate = wanted + "（" + copy + "）";
			}
			return candidate + WorkbookFile.EXTENSION;
		});
	}

	private static void removeStale(Path folder, List<Path> written) throws IOException {
		Set<Path> keep = new HashSet<>(written);
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if ((name.endsWith(WorkbookFile.EXTENSION) || name.endsWith(".tmp")) && !keep.contains(file)) {
					Files.delete(file);
				}
			}
		}
	}

}
