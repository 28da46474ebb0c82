package org.ogirollup.operations;

import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;

/**
 * What a run in the queue is to do: run a year over an input into an output (optionally only a
 * subtree's changed files), or restart a failed run; and who or what asked for it.
 *
 * @param restartOf the failed or stopped run to restart, or null for a run of the year
 */
record RunOrder(int year, Path input, Path output, String scope, String origin, JobExecution restartOf) {

	static RunOrder start(int year, Path input, Path output, String scope, String origin) {
		return new RunOrder(year, input, output, scope, origin, null);
	}

	boolean isRestart() {
		return this.restartOf != null;
	}

	/** Whether both read the same year and input into the same output: the year's data and outputs they change. */
	boolean sameYearAndFolders(RunOrder other) {
		return this.year == other.year && this.input.equals(other.input) && this.output.equals(other.output);
	}

	/**
	 * Whether another order waiting in the queue does this one's work, so that the two are one
	 * run: runs of the same year and folders, or restarts of the same run.
	 */
	boolean sameWorkAs(RunOrder other) {
		if (isRestart() || other.isRestart()) {
			return isRestart() && other.isRestart() && this.restartOf.getId() == other.restartOf.getId();
		}
		return sameYearAndFolders(other);
	}

	/** One order doing the work of both: the whole year when their scopes differ, which covers each. */
	RunOrder mergedWith(RunOrder other) {
		return this.scope.equals(other.scope) ? this
				: new RunOrder(this.year, this.input, this.output, "", this.origin, this.restartOf);
	}

}
