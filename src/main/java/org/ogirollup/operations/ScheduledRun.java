package org.ogirollup.operations;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What the scheduler runs when a definition's cron fires: the definition's years, queued
 * together in ascending order, so that each compares with the finished year before it. A year
 * already waiting in the queue for the same folders is not queued twice.
 */
record ScheduledRun(JobDefinition definition, Runs runs) implements Runnable {

	private static final Log logger = LogFactory.getLog(ScheduledRun.class);

	@Override
	public void run() {
		String origin = "计划任务 " + this.definition.name();
		try {
			List<Integer> years = this.definition.years().resolve(this.definition.input());
			for (QueuedRun queued : this.runs.enqueue(years, this.definition.input(), this.definition.output(),
					this.definition.scope().orElse(""), origin)) {
				logger.info("Run for " + origin + ", " + queued.order().year() + ": ticket " + queued.ticket());
			}
		}
		catch (RuntimeException ex) {
			logger.error("Run for " + origin + " not started: " + ex.getMessage());
		}
	}

	@Override
	public String toString() {
		return "definition " + this.definition.name();
	}

}
