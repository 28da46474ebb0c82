package org.ogirollup.job;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.store.ComparisonBasis;

/**
 * Decides whether a run of year Y leaves year Y+1's outputs stale, so that Y+1 is run again
 * after it: when Y+1 has a completed run in this database for the same input and output, and
 * the data Y+1's comparison reads of Y (its totals and accepted own submissions) is not what it
 * was before Y's run. A cascade stops at the first year whose data did not change. The service
 * and the command line both decide through this, so a year never compares with a stale year.
 */
final class NextYearCheck {

	/** What a run of a year is checked against once it has finished; no digest when there is nothing to watch. */
	record Watch(int year, String digestBefore) {

		boolean watching() {
			return this.digestBefore != null;
		}

	}

	private final ComparisonBasis basis;

	private final JdbcTemplate jdbc;

	NextYearCheck(ComparisonBasis basis, JdbcTemplate jdbc) {
		this.basis = basis;
		this.jdbc = jdbc;
	}

	/** Before a run of a year: the digest of its comparison data, if the next year has outputs to keep true. */
	Watch before(int year, Path input, Path output) {
		return new Watch(year, nextYearCompleted(year + 1, input, output) ? this.basis.digest(year) : null);
	}

	/** After the run: the next year's follow-up, when the run completed and changed the data. */
	Optional<FollowUp> after(Watch watch, JobExecution execution) {
		if (!watch.watching() || execution.getStatus() != BatchStatus.COMPLETED
				|| this.basis.digest(watch.year()).equals(watch.digestBefore())) {
			return Optional.empty();
		}
		return Optional.of(FollowUp.after(watch.year(), execution.getId()));
	}

	/** One query of the job repository's tables, instead of loading instances and their executions one by one. */
	private boolean nextYearCompleted(int year, Path input, Path output) {
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
