package org.ogirollup.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Scope;

/**
 * Which submissions' values a year's totals hold, and how a run changed that: a submission that
 * contributed is marked so, and when its file changes its values are kept aside until the roll-up
 * has taken them out again. Set against the changed units' accepted own submissions now, this
 * says whose contribution changed, without keeping a second copy of every submission.
 */
public class ContributionStore {

	private final JdbcTemplate jdbc;

	public ContributionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A contribution as stored: a format and values packed as the submissions' are. */
	private record Packed(ReportFormat format, String values) {
	}

	/**
	 * A changed unit whose contribution changed: what it added before and what it adds now, each
	 * {@code null} when it added nothing.
	 */
	public record Change(String unitCode, ReportFormat oldFormat, BigDecimal[] oldValues, ReportFormat newFormat,
			BigDecimal[] newValues) {
	}

	/**
	 * Keeps aside the values of the contributing submissions of a file about to be forgotten, so
	 * that the roll-up can take them out of the totals.
	 */
	public void keepOldContributions(int year, String sourceFile) {
		this.jdbc.update("insert into old_contribution (report_year, unit_code, format, cell_values) select report_year,"
				+ " unit_code, format, cell_values from submission where report_year = ? and source_file = ?"
				+ " and contributed = true", year, sourceFile);
	}

	/** The changed units whose contribution differs from what the totals hold, in code order. */
	public List<Change> changes(int year) {
		Map<String, Packed> before = new HashMap<>();
		this.jdbc.query("select t.unit_code, t.format, t.cell_values from submission t where t.report_year = ?"
				+ " and t.contributed = true" + SubmissionStore.changedUnits(year)
				+ " union all select t.unit_code, t.format, t.cell_values from old_contribution t where t.report_year = ?"
				+ SubmissionStore.changedUnits(year), (rs) -> {
					before.put(rs.getString(1), new Packed(ReportFormat.valueOf(rs.getString(2)), rs.getString(3)));
				}, year, year);
		Map<String, Packed> now = new HashMap<>();
		this.jdbc.query("select t.unit_code, t.format, t.cell_values from submission t where t.report_year = ?"
				+ " and t.scope = ? and t.accepted = true" + SubmissionStore.changedUnits(year), (rs) -> {
					now.put(rs.getString(1), new Packed(ReportFormat.valueOf(rs.getString(2)), rs.getString(3)));
				}, year, Scope.OWN.label());
		TreeSet<String> units = new TreeSet<>(now.keySet());
		units.addAll(before.keySet());
		List<Change> changes = new ArrayList<>();
		for (String unit : units) {
			Packed old = before.get(unit);
			Packed current = now.get(unit);
			if (!Objects.equals(old, current)) {
				changes.add(new Change(unit, (old != null) ? old.format() : null, decode(old),
						(current != null) ? current.format() : null, decode(current)));
			}
		}
		return changes;
	}

	private static BigDecimal[] decode(Packed packed) {
		return (packed != null) ? CellValues.decode(packed.values(), Catalog.of(packed.format()).size()) : null;
	}

	/**
	 * Records that the totals now hold the accepted own submissions, of every unit of the year or of
	 * its changed units, and forgets the values kept aside.
	 */
	public void settle(int year, boolean wholeYear) {
		this.jdbc.update("update submission t set contributed = (t.accepted and t.scope = ?) where t.report_year = ?"
				+ (wholeYear ? "" : SubmissionStore.changedUnits(year)), Scope.OWN.label(), year);
		this.jdbc.update("delete from old_contribution where report_year = ?", year);
	}

}
