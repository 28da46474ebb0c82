package org.ogirollup.job;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.comparison.NodeDeltas;
import org.ogirollup.comparison.YearOverYear;
import org.ogirollup.export.ComparisonTables;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the year-over-year deltas of every government node ({@code yoy.csv}) and of every unit
 * with accepted submissions in both years ({@code yoy-units.csv}), streaming the units. Without a
 * previous year in the database, both files hold only their header and the log says why.
 */
class CompareYearsTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(CompareYearsTasklet.class);

	private final SubmissionStore submissions;

	private final TotalStore totals;

	private final YearOutputs outputs;

	CompareYearsTasklet(SubmissionStore submissions, TotalStore totals, YearOutputs outputs) {
		this.submissions = submissions;
		this.totals = totals;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Map<String, NodeTotal> previous = this.totals.loadByNode(this.outputs.year() - 1, this.outputs.registry().governments());
		if (previous.isEmpty()) {
			logger.info(this.outputs.year() + ": no totals of " + (this.outputs.year() - 1)
					+ " in the database, so yoy.csv and yoy-units.csv hold no deltas");
		}
		List<NodeDeltas> nodes = this.totals.load(this.outputs.year(), this.outputs.registry().governments())
			.stream()
			.filter((current) -> previous.containsKey(current.node().code()))
			.map((current) -> deltas(previous.get(current.node().code()), current))
			.toList();
		ComparisonTables.writeYearOverYear(this.outputs.folder().resolve(ComparisonTables.YOY), this.outputs.year(), nodes);
		ComparisonTables.writeYearOverYear(this.outputs.folder().resolve(ComparisonTables.YOY_UNITS), this.outputs.year(),
				(consumer) -> this.submissions.forEachWithPreviousYear(this.outputs.year(),
						(unit, source, previousFormat, previousValues, currentFormat, currentValues) -> consumer
							.accept(new NodeDeltas(this.outputs.registry().unit(unit).orElseThrow(), YearOverYear.compare(
									Catalog.of(previousFormat), previousValues, Catalog.of(currentFormat), currentValues)))));
		return RepeatStatus.FINISHED;
	}

	private static NodeDeltas deltas(NodeTotal previous, NodeTotal current) {
		return new NodeDeltas(current.node(), YearOverYear.compare(previous.catalog(), previous.valueArray(),
				current.catalog(), current.valueArray()));
	}

}
