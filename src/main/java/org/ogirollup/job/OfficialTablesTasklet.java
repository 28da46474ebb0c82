package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.OfficialTables;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the three tables in the official layout for the province, every city and every county
 * ({@code tables/<node_code>.csv}): this year, last year and the change; when the year's tables
 * are written, only those of the nodes above the units the run changed.
 */
class OfficialTablesTasklet implements Tasklet {

	private final TotalStore totals;

	private final ChangeStore changes;

	private final YearOutputs outputs;

	OfficialTablesTasklet(TotalStore totals, ChangeStore changes, YearOutputs outputs) {
		this.totals = totals;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		List<Unit> nodes = YearChanges.ofOutputs(this.changes, this.outputs).governments(this.outputs.registry());
		Map<String, NodeTotal> previous = this.totals.loadByNode(this.outputs.year() - 1, nodes);
		Path tables = this.outputs.folder().resolve(OfficialTables.FOLDER);
		for (NodeTotal current : this.totals.load(this.outputs.year(), nodes)) {
			NodeTotal last = previous.get(current.node().code());
			OfficialTables.write(tables, current.node(), this.outputs.year(), current.catalog(), current.valueArray(),
					(last != null) ? last.catalog() : null, (last != null) ? last.valueArray() : null);
			contribution.incrementWriteCount(1);
		}
		return RepeatStatus.FINISHED;
	}

}
