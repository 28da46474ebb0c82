package org.ogirollup.export.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import org.ogirollup.export.NodeTables;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.Coverage;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;

/**
 * The year's workbook, {@code <year>-汇总.xlsx}: the sheets 说明, 问题清单 and 覆盖情况, then a
 * sheet per government node in the official layout. A year whose registry has the nation (3,500
 * nodes would be 3,500 sheets, which no one can page through) gets the nation and a sheet per
 * province in it, and each province a file of its own, {@code <year>-汇总-<code>-<name>.xlsx},
 * with a sheet per city and county and the lists of its units. Written streaming, one workbook at
 * a time.
 */
public final class SummaryWorkbooks {

	private final Registry registry;

	private final int year;

	private final YearResults current;

	private final YearResults previous;

	private final YearFindings findings;

	private final Map<String, NodeCoverage> coverage;

	private final IncompleteTotals lacking;

	private final IncompleteTotals lackingBefore;

	private final Map<String, int[]> counts;

	public SummaryWorkbooks(Registry registry, int year, YearResults current, YearResults previous,
			YearFindings findings) {
		this.registry = registry;
		this.year = year;
		this.current = current;
		this.previous = previous;
		this.findings = findings;
		this.coverage = Coverage.compute(registry, current.outcomes())
			.stream()
			.collect(Collectors.toMap((node) -> node.node().code(), (node) -> node));
		this.lacking = new IncompleteTotals(registry, current);
		this.lackingBefore = new IncompleteTotals(registry, previous);
		this.counts = findings.countsByUnit();
	}

	/** The year's workbook in a year's output folder. */
	public static String fileName(int year) {
		return year + "-汇总" + WorkbookFile.EXTENSION;
	}

	/**
	 * Writes the year's workbook and, for a national registry, one per province; removes the
	 * province files of an earlier run that this one did not write.
	 * @return the files written
	 */
	public List<Path> write(Path yearFolder) throws IOException {
		return write(yearFolder, (node) -> true);
	}

	/**
	 * Writes again what changed: the year's workbook and, for a national registry, the files of the
	 * provinces that changed; a province's file that is there already and did not change is kept
	 * as it is, and in the files written the sheets of the governments that did not change are
	 * taken from the files they replace.
	 * @param changed whether a government's totals, coverage or members may have changed, by code
	 * @return the files written
	 */
	public List<Path> write(Path yearFolder, Predicate<String> changed) throws IOException {
		List<Path> written = new ArrayList<>();
		boolean national = this.registry.governments().stream().anyMatch((node) -> node.level() == Level.NATION);
		Path yearFile = yearFolder.resolve(fileName(this.year));
		if (!national) {
			write(yearFile, title(null), this.registry.governments(), (code) -> true, List.of(), changed);
			written.add(yearFile);
			removeStaleProvinceFiles(yearFolder, written);
			return written;
		}
		List<Unit> provinces = this.registry.governments()
			.stream()
			.filter((node) -> node.level() == Level.PROVINCE)
			.toList();
		List<GuideSheet.Entry> provinceFiles = new ArrayList<>();
		List<Path> kept = new ArrayList<>();
		for (Unit province : provinces) {
			Path file = yearFolder.resolve(provinceFileName(province));
			provinceFiles.add(new GuideSheet.Entry(province.name(), file.getFileName().toString()));
			if (!changed.test(province.code()) && Files.isRegularFile(file)) {
				kept.add(file);
				continue;
			}
			Predicate<String> within = (code) -> this.registry.governmentAt(code, Level.PROVINCE)
				.map((unit) -> unit.code().equals(province.code()))
				.orElse(false);
			write(file, title(province), this.registry.governments().stream().filter((node) -> within.test(node.code())).toList(),
					within, List.of(), changed);
			written.add(file);
		}
		List<Unit> top = this.registry.governments()
			.stream()
			.filter((node) -> node.level() == Level.NATION || node.level() == Level.PROVINCE)
			.toList();
		write(yearFile, title(null), top, (code) -> true, provinceFiles, changed);
		written.add(0, yearFile);
		kept.addAll(written);
		removeStaleProvinceFiles(yearFolder, kept);
		return written;
	}

	/** A province's own file: {@code 2021-汇总-210000-辽宁省.xlsx}. */
	String provinceFileName(Unit province) {
		return FileNames.safe(this.year + "-汇总-" + province.code() + "-" + province.name(), WorkbookFile.EXTENSION);
	}

	private String title(Unit province) {
		String scope = (province != null) ? province.name()
				: this.registry.governments().stream().filter(Unit::isRoot).map(Unit::name).findFirst().orElse("");
		return scope + " " + this.year + " 年政府信息公开工作年度报告汇总";
	}

	/**
	 * @param nodes the governments that get a sheet
	 * @param units which units the lists hold, by code
	 * @param elsewhere the files that hold the other governments' sheets, for the guide
	 * @param changed which governments' sheets are written again, not taken from the file replaced
	 */
	private void write(Path file, String title, List<Unit> nodes, Predicate<String> units,
			List<GuideSheet.Entry> elsewhere, Predicate<String> changed) throws IOException {
		List<FindingRow> rows = this.findings.rows(units);
		List<Unit> listed = this.registry.units().stream().filter((unit) -> units.test(unit.code())).toList();
		WorkbookFile.rewrite(file, (workbook, earlier) -> {
			Styles styles = new Styles(workbook);
			SheetNames names = new SheetNames();
			GuideSheet.write(new Cells(workbook.createSheet(names.next(GuideSheet.NAME)), styles), title, this.year,
					guide(rows.size(), listed.size(), elsewhere), true);
			FindingsSheet.write(new Cells(workbook.createSheet(names.next(FindingsSheet.NAME)), styles), rows);
			CoverageSheet.write(new Cells(workbook.createSheet(names.next(CoverageSheet.NAME)), styles), this.registry,
					listed, this.current.outcomes(), this.counts);
			for (Unit node : nodes) {
				NodeTotal total = this.current.totals().get(node.code());
				if (total == null) {
					continue;
				}
				Sheet sheet = workbook.createSheet(names.next(NodeSheet.name(node)));
				if (!changed.test(node.code()) && earlier.keep(sheet)) {
					continue;
				}
				NodeSheet.write(new Cells(sheet, styles), tables(node, total), this.coverage.get(node.code()),
						this.lacking, this.lackingBefore);
				// a node's rows are done: to disk now, so that a province's hundreds of sheets take no heap
				((SXSSFSheet) sheet).flushRows();
			}
			openAtFirstNode(workbook);
		});
	}

	private NodeTables tables(Unit node, NodeTotal total) {
		NodeTotal last = this.previous.totals().get(node.code());
		BigDecimal[] previousValues = (last != null) ? last.valueArray() : null;
		return NodeTables.of(node, this.year, total.catalog(), total.valueArray(),
				(last != null) ? last.catalog() : total.catalog(), previousValues);
	}

	private List<GuideSheet.Entry> guide(int findings, int units, List<GuideSheet.Entry> elsewhere) {
		List<GuideSheet.Entry> sheets = new ArrayList<>();
		sheets.add(new GuideSheet.Entry(GuideSheet.NAME, "本表"));
		sheets.add(new GuideSheet.Entry(FindingsSheet.NAME, "本年全部问题 " + findings + " 条，与 validation.csv 逐行对应；可按市、县、规则、严重程度筛选"));
		sheets.add(new GuideSheet.Entry(CoverageSheet.NAME, "单位名录中每个单位（" + units + " 个）的报送状态及问题条数"));
		sheets.add(new GuideSheet.Entry("代码 名称（如 210000 辽宁省）",
				"每个政府一张：本年、上年、增减三组统计表并排，数为本级及所辖全部已采用报表之和"));
		for (GuideSheet.Entry file : elsewhere) {
			sheets.add(new GuideSheet.Entry(file.sheet() + "的市、县", "见文件 " + file.content()));
		}
		return sheets;
	}

	/** The workbook opens at the first government's tables, not at the guide. */
	private static void openAtFirstNode(Workbook workbook) {
		int first = 3;
		if (workbook.getNumberOfSheets() > first) {
			workbook.getSheetAt(0).setSelected(false);
			workbook.setActiveSheet(first);
			workbook.getSheetAt(first).setSelected(true);
		}
	}

	private void removeStaleProvinceFiles(Path yearFolder, List<Path> written) throws IOException {
		Set<Path> keep = new HashSet<>(written);
		String prefix = this.year + "-汇总-";
		try (Stream<Path> files = Files.list(yearFolder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix) && name.endsWith(WorkbookFile.EXTENSION) && !keep.contains(file)) {
					Files.delete(file);
				}
			}
		}
	}

}
