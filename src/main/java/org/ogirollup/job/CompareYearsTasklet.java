package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.comparison.NodeDeltas;
import org.ogirollup.comparison.YearOverYear;
import org.ogirollup.export.Blocks;
import org.ogirollup.export.ComparisonTables;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the year-over-year deltas of every government node ({@code yoy.csv}) and of every unit
 * with accepted submissions in both years ({@code yoy-units.csv}), streaming the units; when the
 * year's outputs are written, only the rows of the nodes and units the run changed. Without a
 * previous year in the database, both files hold only their header and the log says why.
 */
class CompareYearsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(CompareYearsTasklet.class);

	private final SubmissionStore submissions;

	private final TotalStore totals;

	private final ChangeStore changes;

	private final YearOutputs outputs;

	CompareYearsTasklet(SubmissionStore submissions, TotalStore totals, ChangeStore changes, YearOutputs outputs) {
		this.submissions = submissions;
		this.totals = totals;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		int year = this.outputs.year();
		Map<String, NodeTotal> previous = this.totals.loadByNode(year - 1, this.outputs.registry().governments());
		if (previous.isEmpty()) {
			logger.info(year + ": no totals of " + (year - 1)
					+ " in the database, so yoy.csv and yoy-units.csv hold no deltas");
		}
		YearChanges changed = YearChanges.ofOutputs(this.changes, this.outputs);
		Path nodesFile = this.outputs.folder().resolve(ComparisonTables.YOY);
		if (!ComparisonTables.writeYearOverYear(nodesFile, year, nodeDeltas(previous, changed),
				changed.nodeBlocks())) {
			ComparisonTables.writeYearOverYear(nodesFile, year, nodeDeltas(previous, YearChanges.WHOLE), Blocks.all());
		}
		Path unitsFile = this.outputs.folder().resolve(ComparisonTables.YOY_UNITS);
		if (!ComparisonTables.writeYearOverYear(unitsFile, year, unitDeltas(!changed.wholeYear()),
				changed.unitBlocks())) {
			ComparisonTables.writeYearOverYear(unitsFile, year, unitDeltas(false), Blocks.all());
		}
		return RepeatStatus.FINISHED;
	}

	private List<NodeDeltas> nodeDeltas(Map<String, NodeTotal> previous, YearChanges changed) {
		return this.totals.load(this.outputs.year(), changed.governments(this.outputs.registry()))
			.stream()
			.filter((current) -> previous.containsKey(current.node().code()))
			.map((current) -> deltas(previous.get(current.node().code()), current))
			.toList();
	}

	/** Feeds the deltas of every unit with both years, or of the changed units alone. */
	private Consumer<Consumer<NodeDeltas>> unitDeltas(boolean changedUnitsOnly) {
		return (consumer) -> this.submissions.forEachWithPreviousYear(this.outputs.year(), changedUnitsOnly,
				(unit, source, previousFormat, previousValues, currentFormat, currentValues) -> consumer
					.accept(new NodeDeltas(this.outputs.registry().unit(unit).orElseThrow(), YearOverYear
						.compare(Catalog.of(previousFormat), previousValues, Catalog.of(currentFormat), currentValues))));
	}

	private static NodeDeltas deltas(NodeTotal previous, NodeTotal current) {
		return new NodeDeltas(current.node(), YearOverYear.compare(previous.catalog(), previous.valueArray(),
				current.catalog(), current.valueArray()));
	}

}
