package org.ogirollup.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.export.ComparisonTables;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeReconciliation;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.Reconciliation;
import org.ogirollup.rollup.RegionMembers;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.Consolidated;
import org.ogirollup.store.TotalStore;
import org.ogirollup.submission.Scope;

/**
 * Sets every region-wide report of the year against the computed total of its region, item by
 * item, and names the members that explain a gap ({@code reconciliation.csv},
 * {@code reconciliation-members.csv}).
 */
class ReconcileTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final TotalStore totals;

	private final YearOutputs outputs;

	ReconcileTasklet(SubmissionStore submissions, TotalStore totals, YearOutputs outputs) {
		this.submissions = submissions;
		this.totals = totals;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		List<Consolidated> reports = this.submissions.consolidated(this.outputs.year())
			.stream()
			.filter(Consolidated::hasValues)
			.filter((report) -> this.outputs.registry().unit(report.unitCode()).map((unit) -> unit.level().isGovernment())
				.orElse(false))
			.toList();
		Set<String> regions = reports.stream().map(Consolidated::unitCode).collect(Collectors.toSet());
		List<Unit> regionUnits = this.outputs.registry().governments().stream().filter((unit) -> regions.contains(unit.code())).toList();
		Map<String, NodeTotal> computed = this.totals.loadByNode(this.outputs.year(), regionUnits);
		RegionMembers members = new RegionMembers(this.outputs.registry(), Catalog.forReportYear(this.outputs.year()), regions);
		if (!regions.isEmpty()) {
			this.submissions.forEachAccepted(this.outputs.year(), Scope.OWN, members::add);
		}
		Map<String, UnitOutcome> outcomes = this.submissions.ownOutcomes(this.outputs.year());
		List<NodeReconciliation> reconciled = new ArrayList<>();
		for (Consolidated report : reports) {
			reconciled.add(Reconciliation.of(computed.get(report.unitCode()), Catalog.of(report.format()),
					report.values(), this.outputs.registry(), outcomes, members.totals(report.unitCode())));
		}
		ComparisonTables.writeReconciliation(this.outputs.folder().resolve(ComparisonTables.RECONCILIATION), this.outputs.year(),
				reconciled);
		ComparisonTables.writeReconciliationMembers(this.outputs.folder().resolve(ComparisonTables.RECONCILIATION_MEMBERS),
				this.outputs.year(), reconciled);
		return RepeatStatus.FINISHED;
	}

}
