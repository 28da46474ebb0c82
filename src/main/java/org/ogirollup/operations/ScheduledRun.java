package org.ogirollup.operations;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What the scheduler runs when a definition's cron fires: one run per year of the definition.
 * A year whose run is still under way is skipped, and the log says so.
 */
public record ScheduledRun(JobDefinition definition, Runs runs) implements Runnable {

	private static final Log logger = LogFactory.getLog(ScheduledRun.class);

	@Override
	public void run() {
		String origin = "definition " + this.definition.name() + " (cron)";
		List<Integer> years;
		try {
			years = this.definition.years().resolve(this.definition.input());
		}
		catch (RuntimeException ex) {
			logger.error("Run for " + origin + " not started: " + ex.getMessage());
			return;
		}
		if (this.definition.scope().isPresent()) {
			logger.warn("Run for " + origin + ": scope " + this.definition.scope().get()
					+ " ignored, scoped re-aggregation is not available yet; the whole year is aggregated");
		}
		for (int year : years) {
			try {
				long id = this.runs.start(year, this.definition.input(), this.definition.output(),
						this.definition.scope().orElse(""), origin);
				logger.info("Run for " + origin + ", " + year + " started as run " + id);
			}
			catch (YearBusyException ex) {
				logger.warn("Run for " + origin + ", " + year + " skipped: " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				logger.error("Run for " + origin + ", " + year + " not started: " + ex.getMessage());
			}
		}
	}

	@Override
	public String toString() {
		return "definition " + this.definition.name();
	}

}
