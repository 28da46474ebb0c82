package org.ogirollup.store;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeTotal;

/** Keeps the totals of every government node per year, for export and later comparison. */
public class TotalStore {

	private final JdbcTemplate jdbc;

	public TotalStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces a year's totals with new ones. */
	public void replace(int year, List<NodeTotal> totals) {
		this.jdbc.update("delete from node_total where report_year = ?", year);
		this.jdbc.batchUpdate("insert into node_total (report_year, node_code, format, cell_values) values (?, ?, ?, ?)",
				totals.stream()
					.map((total) -> new Object[] { year, total.node().code(), total.catalog().format().name(),
							CellValues.encode(total.values()) })
					.toList());
	}

	/** Replaces the totals of some nodes of a year, leaving the others as they are. */
	public void replaceNodes(int year, List<NodeTotal> totals) {
		this.jdbc.batchUpdate("delete from node_total where report_year = ? and node_code = ?",
				totals.stream().map((total) -> new Object[] { year, total.node().code() }).toList());
		this.jdbc.batchUpdate("insert into node_total (report_year, node_code, format, cell_values) values (?, ?, ?, ?)",
				totals.stream()
					.map((total) -> new Object[] { year, total.node().code(), total.catalog().format().name(),
							CellValues.encode(total.values()) })
					.toList());
	}

	/** The stored totals of a year for the given nodes, by node code; nodes without one are left out. */
	public Map<String, NodeTotal> loadByNode(int year, List<Unit> nodes) {
		return load(year, nodes).stream().collect(Collectors.toMap((total) -> total.node().code(), (total) -> total));
	}

	/**
	 * The stored totals of a year for the given nodes, in their order; a node without a stored row
	 * is left out.
	 */
	public List<NodeTotal> load(int year, List<Unit> nodes) {
		record Row(String format, String values) {
		}
		Map<String, Row> rows = this.jdbc
			.query("select node_code, format, cell_values from node_total where report_year = ?",
					(rs, row) -> Map.entry(rs.getString(1), new Row(rs.getString(2), rs.getString(3))), year)
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return nodes.stream().filter((node) -> rows.containsKey(node.code())).map((node) -> {
			Row row = rows.get(node.code());
			Catalog catalog = Catalog.of(ReportFormat.valueOf(row.format()));
			return new NodeTotal(node, catalog, List.of(CellValues.decode(row.values(), catalog.size())));
		}).toList();
	}

}
