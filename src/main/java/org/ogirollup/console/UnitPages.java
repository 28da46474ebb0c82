package org.ogirollup.console;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.input.InputFolder;
import org.ogirollup.operations.RunHistory;
import org.ogirollup.operations.RunView;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.StoredFile;
import org.ogirollup.store.SubmissionStore.StoredSubmission;
import org.ogirollup.store.TotalStore;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.ReportFileName;
import org.ogirollup.submission.Scope;

/**
 * A unit's page: its report in the three official tables with the cells that break a rule
 * marked, its findings, every file received for it (in the year folder, stored, or replaced by a
 * correction) and which run read each, and for a government its region's totals, the members
 * that explain a region-wide report's gap, and its figures over the years and its members ranked.
 */
final class UnitPages {

	/** One cell as drawn: a label, or a value with how it is marked and why. */
	record CellView(String text, int rowspan, int colspan, boolean value, String mark, String title, String code) {
	}

	record GridView(String caption, List<List<CellView>> head, List<List<CellView>> body) {
	}

	record TableView(String heading, List<GridView> grids) {
	}

	record FindingRow(String ruleId, String ruleWords, boolean error, String source, String message, String items) {
	}

	record FileRow(String name, String place, long size, LocalDateTime modified, String checksum, LocalDateTime readAt,
			Long readByRun) {
	}

	record GapItem(String item, String label, String reported, String computed, String difference) {
	}

	record GapMember(String code, String name, String reason, String item, String value) {
	}

	/** What the tables show: the unit's own report, its region-wide report, or its region's totals. */
	enum Shown {

		OWN("本单位报送"), CONSOLIDATED("辖区汇总报告"), TOTALS("辖区合计（计算）");

		private final String words;

		Shown(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A series of figures over the years, and a ranking of members, for the charts. */
	record Charts(List<Integer> years, Map<String, List<BigDecimal>> series, String rankedBy, String rankedKey,
			List<String> memberNames, List<BigDecimal> memberValues, String membersWord) {
	}

	record UnitView(Unit unit, List<Unit> chain, int year, List<Integer> years, boolean government, Shown shown,
			List<Shown> choices, StoredSubmission submission, List<StoredSubmission> submissions, String verdict,
			List<TableView> tables, List<FindingRow> findings, long errors, List<FileRow> files, List<GapItem> gapItems,
			List<GapMember> gapMembers, Charts charts, boolean hasTotalsFile) {
	}

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private final Workspace workspace;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	private final RunHistory history;

	private final Path historyDir;

	UnitPages(Workspace workspace, SubmissionStore submissions, FindingStore findings, TotalStore totals,
			RunHistory history, Path historyDir) {
		this.workspace = workspace;
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.history = history;
		this.historyDir = historyDir;
	}

	Optional<UnitView> unit(int year, String code, String show, String rankKey) {
		Registry registry = this.workspace.registry();
		Optional<Unit> found = registry.unit(code);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Unit unit = found.get();
		List<Unit> chain = new ArrayList<>();
		for (Unit at = unit; at != null; at = at.isRoot() ? null : registry.unit(at.parentCode()).orElse(null)) {
			chain.add(0, at);
		}
		boolean government = unit.level().isGovernment();
		List<StoredSubmission> stored = this.submissions.ofUnit(year, code);
		List<Shown> choices = new ArrayList<>();
		if (stored.stream().anyMatch((s) -> s.scope() == Scope.OWN) || !government) {
			choices.add(Shown.OWN);
		}
		if (stored.stream().anyMatch((s) -> s.scope() == Scope.CONSOLIDATED)) {
			choices.add(Shown.CONSOLIDATED);
		}
		NodeTotal total = government ? this.totals.loadByNode(year, List.of(unit)).get(code) : null;
		if (total != null) {
			choices.add(Shown.TOTALS);
		}
		Shown shown = choices.stream().filter((c) -> c.key().equals(show)).findFirst()
			.orElse(choices.isEmpty() ? Shown.OWN : choices.get(0));
		List<Finding> unitFindings = this.findings.ofUnit(year, code);
		StoredSubmission submission = null;
		List<TableView> tables = List.of();
		String verdict = "未报送";
		if (shown == Shown.TOTALS && total != null) {
			tables = tables(total.catalog(), total.valueArray(), Map.of());
			verdict = "辖区内已采用的本单位报送之和";
		}
		else {
			Scope scope = (shown == Shown.CONSOLIDATED) ? Scope.CONSOLIDATED : Scope.OWN;
			submission = stored.stream().filter((s) -> s.scope() == scope).findFirst().orElse(null);
			if (submission != null) {
				String file = submission.sourceFile();
				List<Finding> onIt = unitFindings.stream()
					.filter((f) -> f.source().equals(file) || f.source().startsWith(file + ":"))
					.toList();
				tables = submission.hasValues() ? tables(Catalog.of(submission.format()), submission.values(), marks(onIt))
						: List.of();
				verdict = submission.accepted() ? "已采用" : submission.valid() ? "被退回（重复报送）" : "被退回";
			}
		}
		List<FindingRow> rows = unitFindings.stream()
			.map((f) -> new FindingRow(f.ruleId(), RuleWords.of(f.ruleId()), f.isError(), f.source(), f.message(),
					labels(year, f.items())))
			.toList();
		long errors = rows.stream().filter(FindingRow::error).count();
		List<GapItem> gapItems = government ? gapItems(year, code) : List.of();
		List<GapMember> gapMembers = government ? gapMembers(year, code) : List.of();
		boolean hasTables = government
				&& OutputFiles.resolve(this.workspace.yearOutput(year), "tables/" + code + ".csv").isPresent();
		return Optional.of(new UnitView(unit, chain, year, this.workspace.years(), government, shown, choices, submission,
				stored, verdict, tables, rows, errors, files(registry, year, code), gapItems, gapMembers,
				charts(registry, year, unit, rankKey), hasTables));
	}

	/** The cells a finding names, marked: an error's as broken, a warning's as doubtful, a suggested fix's as suspect. */
	private static Map<String, Mark> marks(List<Finding> findings) {
		Map<String, Mark> marks = new LinkedHashMap<>();
		for (Finding finding : findings) {
			String kind = finding.ruleId().equals(RuleIds.SUGGESTED_FIX) ? "suspect" : finding.isError() ? "broken" : "warned";
			for (String item : finding.items()) {
				marks.merge(item, new Mark(kind, finding.ruleId() + "：" + finding.message()), Mark::with);
			}
		}
		return marks;
	}

	private record Mark(String kind, String title) {

		Mark with(Mark other) {
			String strongest = (this.kind.equals("broken") || other.kind.equals("broken")) ? "broken"
					: (this.kind.equals("suspect") || other.kind.equals("suspect")) ? "suspect" : "warned";
			return new Mark(strongest, this.title + "\n" + other.title);
		}

	}

	/** The three tables of values in a catalog's order, with the marks of their cells. */
	static List<TableView> tables(Catalog catalog, BigDecimal[] values, Map<String, Mark> marks) {
		List<TableView> tables = new ArrayList<>();
		for (OfficialLayout.Table table : OfficialLayout.of(catalog)) {
			List<GridView> grids = new ArrayList<>();
			for (OfficialLayout.Grid grid : table.grids()) {
				grids.add(new GridView(grid.caption(), cells(grid.head(), values, marks), cells(grid.body(), values, marks)));
			}
			tables.add(new TableView(table.section().heading(), grids));
		}
		return tables;
	}

	private static List<List<CellView>> cells(List<List<OfficialLayout.GridCell>> lines, BigDecimal[] values,
			Map<String, Mark> marks) {
		List<List<CellView>> shown = new ArrayList<>();
		for (List<OfficialLayout.GridCell> line : lines) {
			List<CellView> cells = new ArrayList<>();
			for (OfficialLayout.GridCell cell : line) {
				if (!cell.isValue()) {
					cells.add(new CellView(cell.label(), cell.rowspan(), cell.colspan(), false, null, null, null));
					continue;
				}
				Item item = cell.item();
				BigDecimal value = values[item.index()];
				Mark mark = marks.get(item.code().value());
				String title = item.label() + "（" + item.code() + "）" + ((mark != null) ? "\n" + mark.title() : "");
				cells.add(new CellView((value != null) ? plain(value) : "", 1, 1, true, (mark != null) ? mark.kind() : null,
						title, item.code().value()));
			}
			shown.add(cells);
		}
		return shown;
	}

	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

	private static String labels(int year, List<String> items) {
		Catalog catalog = Catalog.forReportYear(year);
		List<String> labels = new ArrayList<>();
		for (String code : items.subList(0, Math.min(items.size(), 6))) {
			labels.add(catalog.item(code).map(Item::label).orElse(code));
		}
		return String.join("、", labels) + ((items.size() > 6) ? " 等 " + items.size() + " 项" : "");
	}

	/** Every file received for the unit in the year: stored, waiting to be read, or replaced by a correction. */
	private List<FileRow> files(Registry registry, int year, String code) {
		List<RunView> runs = this.history.ofYear(year, 500);
		List<FileRow> files = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		InputFolder input = this.workspace.inputFolder();
		for (StoredFile file : this.submissions.filesOfUnit(year, code)) {
			Path onDisk = input.root().resolve(file.sourceFile());
			listed.add(file.sourceFile());
			files.add(new FileRow(file.sourceFile(), Files.exists(onDisk) ? "年度文件夹，已读入" : "已不在年度文件夹（下次运行时去掉）",
					file.size(), time(file.modifiedMillis()), file.checksum(), file.readAt(), readBy(runs, file.readAt())));
		}
		try {
			for (Path entry : InputFolder.entries(input.yearFolder(year))) {
				String source = input.source(entry);
				if (!listed.contains(source) && Files.isRegularFile(entry)
						&& ReportFileName.parse(entry.getFileName().toString(), registry::contains).unitCode().equals(code)) {
					files.add(new FileRow(source, "年度文件夹，尚未读入（下次运行读取）", Files.size(entry),
							time(Files.getLastModifiedTime(entry).toMillis()), checksum(entry), null, null));
				}
			}
			Path yearHistory = this.historyDir.resolve(String.valueOf(year));
			if (Files.isDirectory(yearHistory)) {
				Pattern folder = Pattern.compile("(\\d{8}-\\d{6})-" + Pattern.quote(code) + "-[0-9a-f]{8}");
				try (Stream<Path> commits = Files.list(yearHistory)) {
					for (Path commit : commits.sorted(Comparator.reverseOrder()).toList()) {
						Matcher matcher = folder.matcher(commit.getFileName().toString());
						if (!matcher.matches()) {
							continue;
						}
						try (Stream<Path> kept = Files.list(commit)) {
							for (Path file : kept.sorted().toList()) {
								if (file.getFileName().toString().equals(Corrections.NOTE)) {
									continue;
								}
								files.add(new FileRow(file.getFileName().toString(), "已被更正替换，留存于历史文件夹 " + matcher.group(1),
										Files.size(file), time(Files.getLastModifiedTime(file).toMillis()), checksum(file), null,
										null));
							}
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return files;
	}

	/** The run of the year that was under way when a file was read. */
	private static Long readBy(List<RunView> runs, LocalDateTime readAt) {
		if (readAt == null) {
			return null;
		}
		for (RunView run : runs) {
			if (run.id() != null && run.startTime() != null && !readAt.isBefore(run.startTime().minusSeconds(1))
					&& (run.endTime() == null || !readAt.isAfter(run.endTime().plusSeconds(1)))) {
				return run.id();
			}
		}
		return null;
	}

	private static LocalDateTime time(long millis) {
		return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneId.systemDefault());
	}

	private static String checksum(Path file) throws IOException {
		return (Files.size(file) <= 64L * 1024 * 1024) ? FileStamp.checksum(Files.readAllBytes(file)) : "";
	}

	private List<GapItem> gapItems(int year, String code) {
		Catalog catalog = Catalog.forReportYear(year);
		List<GapItem> items = new ArrayList<>();
		for (CSVRecord row : rows(year, "reconciliation.csv")) {
			if (code.equals(get(row, "node_code")) && !isZero(get(row, "difference"))) {
				String item = get(row, "item");
				items.add(new GapItem(item, catalog.item(item).map(Item::label).orElse(item), get(row, "reported"),
						get(row, "computed"), get(row, "difference")));
			}
		}
		return items;
	}

	private List<GapMember> gapMembers(int year, String code) {
		Catalog catalog = Catalog.forReportYear(year);
		List<GapMember> members = new ArrayList<>();
		for (CSVRecord row : rows(year, "reconciliation-members.csv")) {
			if (code.equals(get(row, "node_code"))) {
				String item = get(row, "item");
				String reason = switch (get(row, "reason")) {
					case "missing" -> "未报送";
					case "rejected" -> "报送被退回，未计入合计";
					case "largest_contributor" -> "该项贡献最大";
					default -> get(row, "reason");
				};
				members.add(new GapMember(get(row, "member_code"), get(row, "member_name"), reason,
						item.isEmpty() ? "" : catalog.item(item).map(Item::label).orElse(item), get(row, "value")));
			}
		}
		return members;
	}

	/** The rows of an output file of the year, read by its header's names; none when it is not there. */
	private List<CSVRecord> rows(int year, String name) {
		Optional<Path> file = OutputFiles.resolve(this.workspace.yearOutput(year), name);
		if (file.isEmpty()) {
			return List.of();
		}
		try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
			reader.mark(1);
			if (reader.read() != '\uFEFF') {
				reader.reset();
			}
			return CSV.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取 " + file.get(), ex);
		}
	}

	private static String get(CSVRecord row, String column) {
		return row.isMapped(column) ? row.get(column) : "";
	}

	private static boolean isZero(String number) {
		try {
			return new BigDecimal(number).signum() == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The unit's headline figures over the years, and its members ranked by one of them this year. */
	private Charts charts(Registry registry, int year, Unit unit, String rankKey) {
		List<Integer> years = new ArrayList<>(this.workspace.years());
		years.sort(Integer::compare);
		Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
		for (HeadlineItem item : HeadlineItem.values()) {
			series.put(item.words(), new ArrayList<>());
		}
		for (int y : years) {
			Map<String, Figures> figures = figures(y, List.of(unit));
			for (HeadlineItem item : HeadlineItem.values()) {
				Figures of = figures.get(unit.code());
				series.get(item.words()).add((of != null) ? of.of(item) : null);
			}
		}
		HeadlineItem rankedBy = HeadlineItem.ofKey(rankKey).orElse(HeadlineItem.NEW_APPLICATIONS);
		List<Unit> members = registry.units().stream().filter((u) -> u.parentCode().equals(unit.code())).toList();
		List<Unit> governments = members.stream().filter((u) -> u.level().isGovernment()).toList();
		List<Unit> ranked = governments.isEmpty() ? members : governments;
		record Ranked(String name, BigDecimal value) {
		}
		Map<String, Figures> figures = figures(year, ranked);
		List<Ranked> values = new ArrayList<>();
		for (Unit member : ranked) {
			Figures of = figures.get(member.code());
			BigDecimal value = (of != null) ? of.of(rankedBy) : null;
			if (value != null) {
				values.add(new Ranked(member.name(), value));
			}
		}
		values.sort(Comparator.comparing(Ranked::value).reversed());
		return new Charts(years, series, rankedBy.words(), rankedBy.key(), values.stream().map(Ranked::name).toList(),
				values.stream().map(Ranked::value).toList(), governments.isEmpty() ? "所属部门（本单位报送）" : "下级政府（辖区合计）");
	}

	/** Values of one unit in a year in their format's order. */
	private record Figures(Catalog catalog, BigDecimal[] values) {

		BigDecimal of(HeadlineItem item) {
			return item.of(this.catalog, this.values).orElse(null);
		}

	}

	/**
	 * The values the figures of units in a year come from: a government's region total, a
	 * department's accepted own report; units with neither are left out.
	 */
	private Map<String, Figures> figures(int year, List<Unit> units) {
		Map<String, Figures> figures = new LinkedHashMap<>();
		List<Unit> governments = units.stream().filter((u) -> u.level().isGovernment()).toList();
		if (!governments.isEmpty()) {
			this.totals.loadByNode(year, governments)
				.forEach((code, total) -> figures.put(code, new Figures(total.catalog(), total.valueArray())));
		}
		List<String> departments = units.stream().filter((u) -> !u.level().isGovernment()).map(Unit::code).toList();
		if (!departments.isEmpty()) {
			this.submissions.acceptedOwn(year, departments)
				.forEach((code, own) -> figures.put(code, new Figures(Catalog.of(own.format()), own.values())));
		}
		return figures;
	}

}
