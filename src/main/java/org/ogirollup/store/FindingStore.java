package org.ogirollup.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;

/** Reads back the findings of a year, in the order a clerk works through them. */
public class FindingStore {

	private final JdbcTemplate jdbc;

	public FindingStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The order a clerk works through findings in: by file, the file's own in the order raised,
	 * then the duplicates and the cross-year findings of its units, unit by unit; the same whichever
	 * units a run looked at again.
	 */
	private static final String ORDER = " order by source_file, case when seq < 1000000 then seq else seq / 1000000"
			+ " * 1000000 end, unit_code, seq";

	/** Streams the findings of a year: by file, then in the order they were raised. */
	public void forEach(int year, Consumer<Finding> consumer) {
		forEach(year, null, consumer);
	}

	/**
	 * Streams the findings of some files of a year, or of all when {@code files} is {@code null},
	 * in the order of {@link #forEach(int, Consumer)}.
	 */
	public void forEach(int year, Collection<String> files, Consumer<Finding> consumer) {
		if (files != null) {
			InLists.forEachPart(files, (list, part) -> query(" and source_file in " + list, InLists.arguments(part, year),
					year, consumer));
			return;
		}
		query("", new Object[] { year }, year, consumer);
	}

	private void query(String files, Object[] arguments, int year, Consumer<Finding> consumer) {
		this.jdbc.query("select source, unit_code, rule_id, severity, items, message from finding"
				+ " where report_year = ?" + files + ORDER, (rs) -> {
					String items = rs.getString(5);
					consumer.accept(new Finding(rs.getString(1), rs.getString(2), year, rs.getString(3),
							Severity.fromLabel(rs.getString(4)), items.isEmpty() ? List.of() : Arrays.asList(items.split(" ")),
							rs.getString(6)));
				}, arguments);
	}

	/** The findings of one unit in a year, in the order {@link #forEach} gives them. */
	public List<Finding> ofUnit(int year, String unitCode) {
		return this.jdbc.query("select source, unit_code, rule_id, severity, items, message from finding"
				+ " where report_year = ? and unit_code = ? order by source_file, seq", (rs, row) -> finding(rs, year), year,
				unitCode);
	}

	/** The findings filed under one stored file of a year: its own, its duplicates', its cross-year ones. */
	public List<Finding> ofFile(int year, String sourceFile) {
		return this.jdbc.query("select source, unit_code, rule_id, severity, items, message from finding"
				+ " where report_year = ? and source_file = ? order by seq", (rs, row) -> finding(rs, year), year,
				sourceFile);
	}

	/** How many findings a year has in the database now, errors and warnings. */
	public long count(int year) {
		Long count = this.jdbc.queryForObject("select count(*) from finding where report_year = ?", Long.class, year);
		return (count != null) ? count : 0;
	}

	private static Finding finding(ResultSet rs, int year) throws SQLException {
		String items = rs.getString(5);
		return new Finding(rs.getString(1), rs.getString(2), year, rs.getString(3), Severity.fromLabel(rs.getString(4)),
				items.isEmpty() ? List.of() : Arrays.asList(items.split(" ")), rs.getString(6));
	}

	/** How often a rule was broken in a year, with its severity. */
	public record RuleCount(String ruleId, Severity severity, int count) {
	}

	/** The most frequent findings of a year, most frequent first. */
	public List<RuleCount> mostFrequent(int year, int limit) {
		return this.jdbc.query("select rule_id, severity, count(*) as n from finding where report_year = ?"
				+ " group by rule_id, severity order by n desc, rule_id", (rs, row) -> new RuleCount(rs.getString(1),
						Severity.fromLabel(rs.getString(2)), rs.getInt(3)), year)
			.stream()
			.limit(limit)
			.toList();
	}

}
