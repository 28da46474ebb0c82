package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
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
import org.ogirollup.export.Blocks;
import org.ogirollup.export.ComparisonTables;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeReconciliation;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.Reconciliation;
import org.ogirollup.rollup.RegionMembers;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.store.ChangeStore;
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

	private final ChangeStore changes;

	private final YearOutputs outputs;

	ReconcileTasklet(SubmissionStore submissions, TotalStore totals, ChangeStore changes, YearOutputs outputs) {
		this.submissions = submissions;
		this.totals = totals;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		YearChanges changed = YearChanges.ofOutputs(this.changes, this.outputs);
		Path reconciliation = this.outputs.folder().resolve(ComparisonTables.RECONCILIATION);
		Path members = this.outputs.folder().resolve(ComparisonTables.RECONCILIATION_MEMBERS);
		List<NodeReconciliation> reconciled = reconcile(changed);
		if (!ComparisonTables.writeReconciliation(reconciliation, this.outputs.year(), reconciled, changed.nodeBlocks())
				|| !ComparisonTables.writeReconciliationMembers(members, this.outputs.year(), reconciled,
						changed.nodeBlocks())) {
			reconciled = reconcile(YearChanges.WHOLE);
			ComparisonTables.writeReconciliation(reconciliation, this.outputs.year(), reconciled, Blocks.all());
			ComparisonTables.writeReconciliationMembers(members, this.outputs.year(), reconciled, Blocks.all());
		}
		return RepeatStatus.FINISHED;
	}

	/**
	 * Reconciles the region-wide reports of the regions the blocks cover (a region's rows change
	 * only when a unit within it changed, itself included), in region code order.
	 */
	private List<NodeReconciliation> reconcile(YearChanges changed) {
		Registry registry = this.outputs.registry();
		int year = this.outputs.year();
		List<Consolidated> reports = this.submissions.consolidated(year)
			.stream()
			.filter(Consolidated::hasValues)
			.filter((report) -> registry.unit(report.unitCode()).map((unit) -> unit.level().isGovernment()).orElse(false))
			.filter((report) -> changed.nodeBlocks().covers(report.unitCode()))
			.toList();
		Set<String> regions = reports.stream().map(Consolidated::unitCode).collect(Collectors.toSet());
		List<Unit> regionUnits = registry.governments().stream().filter((unit) -> regions.contains(unit.code())).toList();
		Map<String, NodeTotal> computed = this.totals.loadByNode(year, regionUnits);
		RegionMembers members = new RegionMembers(registry, Catalog.forReportYear(year), regions);
		if (!regions.isEmpty()) {
			List<String> within = changed.wholeYear() ? List.of()
					: registry.units()
						.stream()
						.map(Unit::code)
						.filter((unit) -> registry.governmentChain(unit).stream().anyMatch(regions::contains))
						.toList();
			if (changed.wholeYear() || within.size() * 2 > registry.size()) {
				this.submissions.forEachAccepted(year, Scope.OWN, members::add);
			}
			else {
				this.submissions.forEachAccepted(year, Scope.OWN, within, members::add);
			}
		}
		Map<String, UnitOutcome> outcomes = this.submissions.ownOutcomes(year);
		List<NodeReconciliation> reconciled = new ArrayList<>();
		for (Consolidated report : reports) {
			reconciled.add(Reconciliation.of(computed.get(report.unitCode()), Catalog.of(report.format()),
					report.values(), registry, outcomes, members.totals(report.unitCode())));
		}
		return reconciled;
	}

}
