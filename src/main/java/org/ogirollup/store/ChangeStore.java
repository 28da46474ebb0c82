package org.ogirollup.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a run of a year has changed so far: the units and files whose submissions changed, and
 * whether the whole year is being read again. The steps after the ingest work on these alone; the
 * run clears them once its outputs are written, so a run cut short leaves them for the next one.
 */
public class ChangeStore {

	private final JdbcTemplate jdbc;

	public ChangeStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks units as changed in a year; marking one twice is harmless. */
	public void markUnits(int year, Collection<String> units) {
		this.jdbc.batchUpdate("insert into dirty_unit (report_year, unit_code) values (?, ?)",
				units.stream().distinct().map((unit) -> new Object[] { year, unit }).toList());
	}

	/** Marks files as changed, added or removed in a year. */
	public void markFiles(int year, Collection<String> files) {
		this.jdbc.batchUpdate("insert into dirty_file (report_year, source_file) values (?, ?)",
				files.stream().distinct().map((file) -> new Object[] { year, file }).toList());
	}

	/**
	 * Marks as changed the units of the submissions the run read from its changed and added files:
	 * a new file may hold units no stored file held.
	 */
	public void markUnitsOfChangedFiles(int year) {
		this.jdbc.update("insert into dirty_unit (report_year, unit_code) select distinct s.report_year, s.unit_code"
				+ " from submission s where s.report_year = ? and s.source_file in (select f.source_file from dirty_file f"
				+ " where f.report_year = ?)", year, year);
	}

	/** The changed units of a year, in code order. */
	public Set<String> units(int year) {
		return new TreeSet<>(this.jdbc.queryForList("select distinct unit_code from dirty_unit where report_year = ?",
				String.class, year));
	}

	/** Whether a year's outputs wait to be brought up to date: it has changed units or is to be done whole. */
	public boolean pending(int year) {
		Integer units = this.jdbc.queryForObject("select count(*) from dirty_unit where report_year = ?", Integer.class,
				year);
		return hasYear(year) && (wholeYear(year) || (units != null && units > 0));
	}

	/**
	 * The files whose findings may have changed: the changed ones, and every file holding a
	 * submission of a changed unit (duplicates and cross-year checks span files).
	 */
	public Set<String> files(int year) {
		List<String> files = new ArrayList<>(this.jdbc.queryForList(
				"select distinct source_file from dirty_file where report_year = ?", String.class, year));
		files.addAll(this.jdbc.queryForList("select distinct t.source_file from submission t where t.report_year = ?"
				+ SubmissionStore.changedUnits(year), String.class, year));
		return new LinkedHashSet<>(files.stream().sorted().toList());
	}

	/** Whether the whole year is being read again, so every step works on all of it. */
	public boolean wholeYear(int year) {
		return this.jdbc.queryForList("select full_pending from year_state where report_year = ?", Boolean.class, year)
			.stream()
			.findFirst()
			.orElse(true);
	}

	/**
	 * Whether the year's outputs were last written in full to this folder: only then can a run
	 * rewrite only what it changed there.
	 */
	public boolean writtenTo(int year, String output) {
		return this.jdbc.queryForList("select written_to from year_state where report_year = ?", String.class, year)
			.stream()
			.anyMatch(output::equals);
	}

	public void setWholeYear(int year, boolean whole) {
		this.jdbc.update("update year_state set full_pending = ? where report_year = ?", whole, year);
	}

	/** Whether a year has anything stored: a year never run has nothing for another to compare with. */
	public boolean hasYear(int year) {
		Integer count = this.jdbc.queryForObject("select count(*) from year_state where report_year = ?", Integer.class,
				year);
		return count != null && count > 0;
	}

	/** Forgets what a run changed, once everything it changed is written to the output folder. */
	public void clear(int year, String output) {
		clear(year);
		this.jdbc.update("update year_state set written_to = ? where report_year = ?", output, year);
	}

	/** Forgets what a run changed, when the year is read anew. */
	public void clear(int year) {
		this.jdbc.update("delete from dirty_unit where report_year = ?", year);
		this.jdbc.update("delete from dirty_file where report_year = ?", year);
		setWholeYear(year, false);
	}

}
