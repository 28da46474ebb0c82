package org.ogirollup.job;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.registry.Registry;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.Rollup;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.ContributionStore;
import org.ogirollup.store.ContributionStore.Change;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;
import org.ogirollup.submission.Scope;

/**
 * Brings the year's totals up to date. The whole year is added up afresh; otherwise each changed
 * unit's old contribution is taken out of the totals of the governments above it and its new one
 * put in, which costs the path to the root rather than the year. The next year, which compares
 * with this one, learns which of its units to look at again. All in the step's one transaction.
 */
class RollupTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(RollupTasklet.class);

	private final SubmissionStore submissions;

	private final TotalStore totals;

	private final ChangeStore changes;

	private final ContributionStore contributions;

	private final Registry registry;

	private final int year;

	RollupTasklet(SubmissionStore submissions, TotalStore totals, ChangeStore changes, ContributionStore contributions,
			Registry registry, int year) {
		this.submissions = submissions;
		this.totals = totals;
		this.changes = changes;
		this.contributions = contributions;
		this.registry = registry;
		this.year = year;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Catalog catalog = Catalog.forReportYear(this.year);
		boolean nextYearStored = this.changes.hasYear(this.year + 1);
		if (this.changes.wholeYear(this.year)) {
			Rollup rollup = new Rollup(this.registry, catalog);
			this.submissions.forEachAccepted(this.year, Scope.OWN, rollup::add);
			this.totals.replace(this.year, rollup.totals());
			this.contributions.settle(this.year, true);
			if (nextYearStored) {
				this.changes.setWholeYear(this.year + 1, true);
			}
			return RepeatStatus.FINISHED;
		}
		List<Change> changed = this.contributions.changes(this.year);
		Set<String> nodes = new TreeSet<>();
		changed.forEach((change) -> nodes.addAll(this.registry.governmentChain(change.unitCode())));
		Map<String, BigDecimal[]> stored = new HashMap<>();
		this.totals.load(this.year, YearChanges.governmentsOf(this.registry, nodes))
			.forEach((total) -> stored.put(total.node().code(), total.valueArray()));
		Rollup rollup = Rollup.changing(this.registry, catalog, stored, nodes);
		for (Change change : changed) {
			if (change.oldValues() != null) {
				rollup.subtract(change.unitCode(), change.oldFormat(), change.oldValues());
			}
			if (change.newValues() != null) {
				rollup.add(change.unitCode(), change.newFormat(), change.newValues());
			}
		}
		List<NodeTotal> totals = rollup.totals();
		this.totals.replaceNodes(this.year, totals);
		this.contributions.settle(this.year, false);
		if (nextYearStored) {
			this.changes.markUnits(this.year + 1, changed.stream().map(Change::unitCode).toList());
		}
		logger.info(this.year + ": " + changed.size() + " units changed what they add, " + totals.size()
				+ " totals brought up to date");
		contribution.incrementWriteCount(totals.size());
		return RepeatStatus.FINISHED;
	}

}
