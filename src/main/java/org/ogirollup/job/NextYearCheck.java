package org.ogirollup.job;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.store.ChangeStore;

/**
 * Decides whether a run of year Y leaves year Y+1's outputs stale, so that Y+1 is run again
 * after it: when Y+1 has a completed run in this database for the same input and output, and Y's
 * roll-up left Y+1 units to look at again (those whose contribution to Y changed, see
 * {@link RollupTasklet}). A cascade stops at the first year whose data did not change. The
 * service and the command line both decide through this, so a year never compares with a stale
 * year.
 */
final class NextYearCheck {

	private final ChangeStore changes;

	private final JdbcTemplate jdbc;

	NextYearCheck(ChangeStore changes, JdbcTemplate jdbc) {
		this.changes = changes;
		this.jdbc = jdbc;
	}

	/** After a run of a year: the next year's follow-up, when the run completed and changed what it reads. */
	Optional<FollowUp> after(int year, Path input, Path output, JobExecution execution) {
		if (execution.getStatus() != BatchStatus.COMPLETED || !this.changes.pending(year + 1)
				|| !completed(year + 1, input, output)) {
			return Optional.empty();
		}
		return Optional.of(FollowUp.after(year, execution.getId()));
	}

	/**
	 * Whether a year has a completed run in this database for the same input and output: one query of
	 * the job repository's tables, instead of loading instances and their executions one by one.
	 */
	boolean completed(int year, Path input, Path output) {
		Integer found = this.jdbc.queryForObject("""
				select count(*) from BATCH_JOB_EXECUTION e
				join BATCH_JOB_INSTANCE i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				where i.JOB_NAME = ? and e.STATUS = ?
				and exists (select 1 from BATCH_JOB_EXECUTION_PARAMS p where p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				  and p.PARAMETER_NAME = ? and p.PARAMETER_VALUE = ?)
				and exists (select 1 from BATCH_JOB_EXECUTION_PARAMS p where p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				  and p.PARAMETER_NAME = ? and p.PARAMETER_VALUE = ?)
				and exists (select 1 from BATCH_JOB_EXECUTION_PARAMS p where p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
				  and p.PARAMETER_NAME = ? and p.PARAMETER_VALUE = ?)""", Integer.class,
				AggregateJobConfiguration.JOB_NAME, BatchStatus.COMPLETED.name(), AggregateParameters.YEAR,
				String.valueOf(year), AggregateParameters.INPUT, input.toString(), AggregateParameters.OUTPUT,
				output.toString());
		return found != null && found > 0;
	}

}
