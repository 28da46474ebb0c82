package org.ogirollup.store;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.validate.CheckedSubmission;
import org.ogirollup.validate.IngestedFile;

/** Keeps the submissions of each year with their verdicts, values and findings. */
public class SubmissionStore {

	/** Duplicate findings come after a file's own findings in the file's order. */
	private static final int DUPLICATE_SEQ = 1_000_000;

	/**
	 * Restricts a query over table alias {@code t} to the units a run changed of a year. An
	 * {@code in} over a subquery of the year's changed units, not a correlated {@code exists}: the
	 * database then looks the few changed units up in the index of {@code (report_year, unit_code)}
	 * instead of reading, values and all, every submission of the year (2 s nationally, per query).
	 */
	public static String changedUnits(int year) {
		return changedUnits("t", year);
	}

	/** The same over another table alias. */
	static String changedUnits(String alias, int year) {
		return " and " + alias + ".unit_code in (select d.unit_code from dirty_unit d where d.report_year = " + year + ")";
	}

	/** Cross-year findings come after a file's own findings and its duplicate findings. */
	private static final int CROSS_YEAR_SEQ = 2_000_000;

	/** Findings about the input folder itself, such as a folder that is not a year, come last. */
	private static final int INPUT_SEQ = 3_000_000;

	private final JdbcTemplate jdbc;

	public SubmissionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Forgets everything read for a year, before the year is read again from scratch. */
	public void deleteYear(int year) {
		this.jdbc.update("delete from old_contribution where report_year = ?", year);
		this.jdbc.update("delete from submission where report_year = ?", year);
		this.jdbc.update("delete from finding where report_year = ?", year);
		this.jdbc.update("delete from node_total where report_year = ?", year);
		this.jdbc.update("delete from source_file where report_year = ?", year);
	}

	/** Forgets one file of a year with its submissions and findings, so that it is read again. */
	public void forgetFile(int year, String sourceFile) {
		this.jdbc.update("delete from submission where report_year = ? and source_file = ?", year, sourceFile);
		this.jdbc.update("delete from finding where report_year = ? and source_file = ?", year, sourceFile);
		this.jdbc.update("delete from source_file where report_year = ? and source_file = ?", year, sourceFile);
	}

	/**
	 * The files of a year stored without a stamp (they could not be read), which are read again:
	 * their findings and submissions are to be forgotten first.
	 */
	public List<String> unstampedFiles(int year) {
		return this.jdbc.queryForList("select distinct t.source_file from (select source_file from submission"
				+ " where report_year = ? union select source_file from finding where report_year = ? and seq < ?) t"
				+ " where not exists (select 1 from source_file f where f.report_year = ? and f.source_file = t.source_file)"
				+ " order by t.source_file", String.class, year, year, DUPLICATE_SEQ, year);
	}

	/** The files the findings about the input folder itself (folders not read) are filed under. */
	public List<String> inputFindingSources(int year) {
		return this.jdbc.queryForList("select distinct source_file from finding where report_year = ? and seq >= ?",
				String.class, year, INPUT_SEQ);
	}

	/** The files of a year stored so far, with what they looked like when read. */
	public Map<String, FileStamp> storedFiles(int year) {
		Map<String, FileStamp> files = new HashMap<>();
		this.jdbc.query("select source_file, size_bytes, modified_millis, checksum from source_file where report_year = ?",
				(rs) -> {
					files.put(rs.getString(1), new FileStamp(rs.getLong(2), rs.getLong(3), rs.getString(4)));
				}, year);
		return files;
	}

	/** The units whose submissions each stored file of a year held. */
	public Map<String, Set<String>> unitsByFile(int year) {
		Map<String, Set<String>> units = new HashMap<>();
		this.jdbc.query("select distinct source_file, unit_code from submission where report_year = ?",
				(rs) -> {
					units.computeIfAbsent(rs.getString(1), (file) -> new HashSet<>()).add(rs.getString(2));
				}, year);
		return units;
	}

	/**
	 * The units whose submissions some stored files of a year held, by file: after a correction
	 * the few changed files of the year, not the whole year's 100,000.
	 */
	public Map<String, Set<String>> unitsByFile(int year, Collection<String> files) {
		return unitsOf("select distinct source_file, unit_code from submission where report_year = ? and source_file in ",
				year, files);
	}

	/**
	 * The units some files' findings are on, by file: a file that could not be read has findings on
	 * the unit its name says, and no submission.
	 */
	public Map<String, Set<String>> findingUnitsByFile(int year, Collection<String> files) {
		return unitsOf("select distinct source_file, unit_code from finding where report_year = ? and unit_code <> ''"
				+ " and source_file in ", year, files);
	}

	private Map<String, Set<String>> unitsOf(String query, int year, Collection<String> files) {
		Map<String, Set<String>> units = new HashMap<>();
		InLists.forEachPart(files, (list, part) -> this.jdbc.query(query + list, (rs) -> {
			units.computeIfAbsent(rs.getString(1), (file) -> new HashSet<>()).add(rs.getString(2));
		}, InLists.arguments(part, year)));
		return units;
	}

	/** Records a new modification time for a file whose content did not change. */
	public void touchFile(int year, String sourceFile, long modifiedMillis) {
		this.jdbc.update("update source_file set modified_millis = ? where report_year = ? and source_file = ?",
				modifiedMillis, year, sourceFile);
	}

	/** The key under which a year's stored files were read, if any. */
	public Optional<String> ingestKey(int year) {
		return this.jdbc.queryForList("select ingest_key from year_state where report_year = ?", String.class, year)
			.stream()
			.findFirst();
	}

	public void setIngestKey(int year, String key) {
		this.jdbc.update("delete from year_state where report_year = ?", year);
		this.jdbc.update("insert into year_state (report_year, ingest_key) values (?, ?)", year, key);
	}

	/** Stores the files of one chunk, submissions and findings together. */
	public void save(List<? extends IngestedFile> files) {
		List<Object[]> submissions = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		List<Object[]> sources = new ArrayList<>();
		for (IngestedFile file : files) {
			if (file.stamp() != null) {
				sources.add(new Object[] { file.reportYear(), file.source(), file.stamp().size(),
						file.stamp().modifiedMillis(), file.stamp().checksum() });
			}
			int seq = 0;
			for (Finding finding : file.fileFindings()) {
				findings.add(findingRow(file.reportYear(), file.source(), seq++, finding));
			}
			for (CheckedSubmission checked : file.submissions()) {
				Submission submission = checked.submission();
				submissions.add(new Object[] { file.reportYear(), submission.unitCode(), submission.scope().label(),
						submission.format().name(), file.source(), submission.line(), checked.accepted(),
						checked.accepted(), CellValues.encode(submission.values()),
						(checked.otherYear() != 0) ? checked.otherYear() : null });
				for (Finding finding : checked.findings()) {
					findings.add(findingRow(file.reportYear(), file.source(), seq++, finding));
				}
			}
		}
		this.jdbc.batchUpdate("insert into submission (report_year, unit_code, scope, format, source_file, line, accepted,"
				+ " valid, cell_values, other_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", submissions);
		insertFindings(findings);
		this.jdbc.batchUpdate("insert into source_file (report_year, source_file, size_bytes, modified_millis, checksum)"
				+ " values (?, ?, ?, ?, ?)", sources);
	}

	private void insertFindings(List<Object[]> findings) {
		this.jdbc.batchUpdate("insert into finding (report_year, source_file, seq, source, unit_code, rule_id, severity,"
				+ " items, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", findings);
	}

	private static Object[] findingRow(int year, String sourceFile, int seq, Finding finding) {
		return new Object[] { year, sourceFile, seq, finding.source(), finding.unitCode(), finding.ruleId(),
				finding.severity().label(), finding.itemColumn(), finding.message() };
	}

	/**
	 * Rejects every copy of a submission that was sent more than once for the same unit, year and
	 * scope, with a finding on each copy naming the others.
	 * @return the number of copies rejected
	 */
	public int rejectDuplicates(int year, boolean changedUnitsOnly) {
		record Copy(long id, String unit, String scope, String sourceFile, int line) {
		}
		String changed = changedUnitsOnly ? changedUnits(year) : "";
		// the verdicts of the units looked at are made again: a copy that is alone now counts again
		this.jdbc.update("update submission t set accepted = valid where t.report_year = ?" + changed, year);
		this.jdbc.update("delete from finding t where t.report_year = ? and t.seq >= ? and t.seq < ?" + changed, year,
				DUPLICATE_SEQ, CROSS_YEAR_SEQ);
		List<Copy> copies = this.jdbc.query("""
				select s.id, s.unit_code, s.scope, s.source_file, s.line from submission s
				join (select t.unit_code, t.scope from submission t where t.report_year = ? and t.other_year is null"""
				+ changed + """
				      group by t.unit_code, t.scope having count(*) > 1) d
				  on d.unit_code = s.unit_code and d.scope = s.scope
				where s.report_year = ? and s.other_year is null"""
				+ (changedUnitsOnly ? changedUnits("s", year) : "") + " order by s.unit_code, s.scope, s.source_file, s.line",
				(rs, row) -> new Copy(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
				year, year);
		Map<String, List<Copy>> groups = new HashMap<>();
		copies.forEach((copy) -> groups.computeIfAbsent(copy.unit() + "\u0000" + copy.scope(), (key) -> new ArrayList<>())
			.add(copy));
		List<Object[]> findings = new ArrayList<>();
		for (Copy copy : copies) {
			List<String> others = groups.get(copy.unit() + "\u0000" + copy.scope())
				.stream()
				.filter((other) -> other != copy)
				.map((other) -> other.sourceFile() + ":" + other.line())
				.toList();
			Finding finding = new Finding(copy.sourceFile() + ":" + copy.line(), copy.unit(), year,
					RuleIds.DUPLICATE_SUBMISSION, Severity.ERROR, List.of(),
					"单位 " + copy.unit() + " 的 " + year + " 年度报送（" + copy.scope() + "）重复，另见 " + String.join("、", others)
							+ "；所有副本均不计入合计");
			// one seq for all: in a file, the copies of several units come by unit, as FindingStore orders them
			findings.add(findingRow(year, copy.sourceFile(), DUPLICATE_SEQ, finding));
		}
		this.jdbc.batchUpdate("update submission set accepted = false where id = ?",
				copies.stream().map((copy) -> new Object[] { copy.id() }).toList());
		insertFindings(findings);
		return copies.size();
	}

	/** Receives accepted submissions one at a time. */
	@FunctionalInterface
	public interface AcceptedSubmissionHandler {

		void handle(String unitCode, ReportFormat format, BigDecimal[] values);

	}

	/** Streams the accepted submissions of a year and scope, without holding them in memory. */
	public void forEachAccepted(int year, Scope scope, AcceptedSubmissionHandler handler) {
		this.jdbc.query("select unit_code, format, cell_values from submission where report_year = ? and scope = ?"
				+ " and accepted = true order by id", (rs) -> {
					ReportFormat format = ReportFormat.valueOf(rs.getString(2));
					handler.handle(rs.getString(1), format, CellValues.decode(rs.getString(3), Catalog.of(format).size()));
				}, year, scope.label());
	}

	/** The same, for some units of the year only. */
	public void forEachAccepted(int year, Scope scope, Collection<String> units, AcceptedSubmissionHandler handler) {
		InLists.forEachPart(units, (list, part) -> this.jdbc.query("select unit_code, format, cell_values from submission"
				+ " where report_year = ? and scope = ? and accepted = true and unit_code in " + list + " order by id",
				(rs) -> {
					ReportFormat format = ReportFormat.valueOf(rs.getString(2));
					handler.handle(rs.getString(1), format, CellValues.decode(rs.getString(3), Catalog.of(format).size()));
				}, InLists.arguments(part, year, scope.label())));
	}

	/** Receives a unit's accepted own submissions of two consecutive years. */
	@FunctionalInterface
	public interface YearPairHandler {

		void handle(String unitCode, String source, ReportFormat previousFormat, BigDecimal[] previous,
				ReportFormat currentFormat, BigDecimal[] current);

	}

	/**
	 * Streams, by unit, every accepted own submission of a year whose unit also has an accepted own
	 * submission the year before.
	 */
	public void forEachWithPreviousYear(int year, boolean changedUnitsOnly, YearPairHandler handler) {
		this.jdbc.query("""
				select t.unit_code, t.source_file, t.line, p.format, p.cell_values, t.format, t.cell_values
				from submission t join submission p
				  on p.report_year = t.report_year - 1 and p.unit_code = t.unit_code and p.scope = t.scope
				  and p.accepted = true
				where t.report_year = ? and t.scope = ? and t.accepted = true"""
				+ (changedUnitsOnly ? changedUnits(year) : "") + " order by t.unit_code", (rs) -> {
					ReportFormat previous = ReportFormat.valueOf(rs.getString(4));
					ReportFormat current = ReportFormat.valueOf(rs.getString(6));
					handler.handle(rs.getString(1), rs.getString(2) + ":" + rs.getInt(3), previous,
							CellValues.decode(rs.getString(5), Catalog.of(previous).size()), current,
							CellValues.decode(rs.getString(7), Catalog.of(current).size()));
				}, year, Scope.OWN.label());
	}

	/** Receives a stored submission, whatever its verdict. */
	@FunctionalInterface
	public interface StoredSubmissionHandler {

		void handle(String unitCode, Scope scope, String sourceFile, int line, ReportFormat format, BigDecimal[] values,
				boolean accepted);

	}

	/**
	 * Streams every submission of a year that has a finding on it (one of its unit in its file),
	 * accepted or not, ordered by unit, file and line: the submissions the workbooks show to the
	 * clerks who sent them.
	 */
	public void forEachWithFindings(int year, StoredSubmissionHandler handler) {
		this.jdbc.query("""
				select s.unit_code, s.scope, s.source_file, s.line, s.format, s.cell_values, s.accepted
				from submission s
				where s.report_year = ? and exists (select 1 from finding f where f.report_year = s.report_year
				  and f.source_file = s.source_file and f.unit_code = s.unit_code)
				order by s.unit_code, s.source_file, s.line""", (rs) -> {
					ReportFormat format = ReportFormat.valueOf(rs.getString(5));
					handler.handle(rs.getString(1), Scope.fromLabel(rs.getString(2)).orElse(Scope.OWN), rs.getString(3), rs.getInt(4), format,
							CellValues.decode(rs.getString(6), Catalog.of(format).size()), rs.getBoolean(7));
				}, year);
	}

	/**
	 * Replaces a year's findings about the input folder itself (folders that are not read), filed
	 * under the folder they are about.
	 */
	public void replaceInputFindings(int year, List<Finding> findings) {
		this.jdbc.update("delete from finding where report_year = ? and seq >= ?", year, INPUT_SEQ);
		int seq = INPUT_SEQ;
		List<Object[]> rows = new ArrayList<>();
		for (Finding finding : findings) {
			rows.add(findingRow(year, finding.source(), seq++, finding));
		}
		insertFindings(rows);
	}

	/**
	 * Replaces a year's cross-year findings, of every unit or of its changed units, each filed under
	 * the file of the submission it is on; a unit's findings are numbered in their order, and come
	 * after the file's own and its duplicates.
	 */
	public void replaceCrossYearFindings(int year, List<Finding> findings, boolean changedUnitsOnly) {
		this.jdbc.update("delete from finding t where t.report_year = ? and t.seq >= ? and t.seq < ?"
				+ (changedUnitsOnly ? changedUnits(year) : ""), year, CROSS_YEAR_SEQ, INPUT_SEQ);
		Map<String, Integer> ofUnit = new HashMap<>();
		List<Object[]> rows = new ArrayList<>();
		for (Finding finding : findings) {
			String source = finding.source();
			int colon = source.lastIndexOf(':');
			int seq = CROSS_YEAR_SEQ + ofUnit.merge(finding.unitCode(), 1, Integer::sum);
			rows.add(findingRow(year, (colon > 0) ? source.substring(0, colon) : source, seq, finding));
		}
		insertFindings(rows);
	}

	/** A region-wide report as read, whatever its verdict. */
	public record Consolidated(String unitCode, ReportFormat format, BigDecimal[] values) {

		/** Whether anything was read: the stand-in of an unreadable file has no value to compare. */
		public boolean hasValues() {
			return java.util.Arrays.stream(this.values).anyMatch(java.util.Objects::nonNull);
		}

	}

	/** The region-wide reports of a year that could be read, by unit code. */
	public List<Consolidated> consolidated(int year) {
		return this.jdbc.query("select unit_code, format, cell_values from submission where report_year = ?"
				+ " and scope = ? order by unit_code, source_file", (rs, row) -> {
					ReportFormat format = ReportFormat.valueOf(rs.getString(2));
					return new Consolidated(rs.getString(1), format,
							CellValues.decode(rs.getString(3), Catalog.of(format).size()));
				}, year, Scope.CONSOLIDATED.label());
	}

	/** What became of each unit's own submission in a year. */
	public Map<String, UnitOutcome> ownOutcomes(int year) {
		Map<String, UnitOutcome> outcomes = new HashMap<>();
		this.jdbc.query("select unit_code, max(case when accepted then 1 else 0 end) from submission"
				+ " where report_year = ? and scope = ? group by unit_code", (rs) -> {
					outcomes.put(rs.getString(1), (rs.getInt(2) == 1) ? UnitOutcome.ACCEPTED : UnitOutcome.REJECTED);
				}, year, Scope.OWN.label());
		return outcomes;
	}

	/** A unit's submission as stored: where it came from, its verdict and its values in its format's order. */
	public record StoredSubmission(String unitCode, Scope scope, ReportFormat format, String sourceFile, int line,
			boolean accepted, boolean valid, BigDecimal[] values) {

		/** Whether anything was read: the stand-in of an unreadable file has no value. */
		public boolean hasValues() {
			return java.util.Arrays.stream(this.values).anyMatch(java.util.Objects::nonNull);
		}

	}

	/** Every stored submission of a unit in a year, own before region-wide, then by file and line. */
	public List<StoredSubmission> ofUnit(int year, String unitCode) {
		return this.jdbc.query("select scope, format, source_file, line, accepted, valid, cell_values from submission"
				+ " where report_year = ? and unit_code = ? order by scope desc, source_file, line", (rs, row) -> {
					ReportFormat format = ReportFormat.valueOf(rs.getString(2));
					return new StoredSubmission(unitCode, Scope.fromLabel(rs.getString(1)).orElse(Scope.OWN), format,
							rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getBoolean(6),
							CellValues.decode(rs.getString(7), Catalog.of(format).size()));
				}, year, unitCode);
	}

	/**
	 * The accepted own submissions of the given units in a year, by unit: what each adds to the
	 * totals now.
	 */
	public Map<String, StoredSubmission> acceptedOwn(int year, Collection<String> unitCodes) {
		Map<String, StoredSubmission> accepted = new HashMap<>();
		for (String unit : unitCodes) {
			for (StoredSubmission submission : ofUnit(year, unit)) {
				if (submission.accepted() && submission.scope() == Scope.OWN) {
					accepted.putIfAbsent(unit, submission);
				}
			}
		}
		return accepted;
	}

	/** A stored file as it was when read, and when that was ({@code null} for files read before it was kept). */
	public record StoredFile(String sourceFile, long size, long modifiedMillis, String checksum,
			LocalDateTime readAt) {
	}

	/** The stored files of a year that hold a submission of a unit, by name. */
	public List<StoredFile> filesOfUnit(int year, String unitCode) {
		return this.jdbc.query("select f.source_file, f.size_bytes, f.modified_millis, f.checksum, f.read_at"
				+ " from source_file f where f.report_year = ? and f.source_file in (select s.source_file from submission s"
				+ " where s.report_year = ? and s.unit_code = ?) order by f.source_file", (rs, row) -> {
					Timestamp readAt = rs.getTimestamp(5);
					return new StoredFile(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
							(readAt != null) ? readAt.toLocalDateTime() : null);
				}, year, year, unitCode);
	}

	/** How many submissions of a year were read, accepted and rejected. */
	public record Counts(int read, int accepted, int rejected) {
	}

	public Counts counts(int year) {
		return this.jdbc.queryForObject("select count(*), coalesce(sum(case when accepted then 1 else 0 end), 0)"
				+ " from submission where report_year = ?", (rs, row) -> {
					int read = rs.getInt(1);
					int accepted = rs.getInt(2);
					return new Counts(read, accepted, read - accepted);
				}, year);
	}

}
