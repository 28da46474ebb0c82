package org.ogirollup.submission.document;

import java.util.List;

/**
 * A report as a reader made it: its rows in reading order, from the title to the last table.
 * What the tables hold is decided by the shared step, not here.
 */
public record ReportDocument(List<Row> rows) {

	public ReportDocument {
		rows = List.copyOf(rows);
	}

}
