package org.ogirollup.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run of the aggregate job: a report year, the folders, the node whose
 * subtree is read again (empty for the whole input), a fingerprint of
 * the input so that a changed input starts afresh instead of resuming, and a run number that
 * tells apart repeated runs on the same input.
 */
record AggregateParameters(int year, Path input, Path output, String scope, String fingerprint, long run) {

	static final String YEAR = "year";

	static final String INPUT = "input";

	static final String OUTPUT = "output";

	static final String SCOPE = "scope";

	static final String FINGERPRINT = "fingerprint";

	static final String RUN = "run";

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addLong(YEAR, (long) this.year)
			.addString(INPUT, this.input.toString())
			.addString(OUTPUT, this.output.toString())
			.addString(SCOPE, this.scope)
			.addString(FINGERPRINT, this.fingerprint)
			.addLong(RUN, this.run)
			.toJobParameters();
	}

	/** Whether a job run was for the same year, folders and input as this one. */
	boolean sameWorkAs(JobParameters parameters) {
		Long year = parameters.getLong(YEAR);
		return year != null && year == this.year && this.input.toString().equals(parameters.getString(INPUT))
				&& this.output.toString().equals(parameters.getString(OUTPUT))
				&& this.scope.equals(parameters.getString(SCOPE, ""))
				&& this.fingerprint.equals(parameters.getString(FINGERPRINT));
	}

}
