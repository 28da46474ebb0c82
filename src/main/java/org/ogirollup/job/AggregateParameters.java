package org.ogirollup.job;

import java.nio.file.Path;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters of one run of the aggregate job: a report year, the folders, the node whose
 * subtree is read again (empty for the whole input), a fingerprint of the input so that a
 * changed input starts afresh instead of resuming, a run number that tells apart repeated runs
 * on the same input, and who or what started the run.
 * <p>
 * The origin is the one parameter that does not identify the job instance: a resumed or
 * restarted run is the same work started by someone else, and Spring Batch takes the
 * non-identifying parameters of the execution that resumes it, so each execution shows its
 * own origin.
 */
public record AggregateParameters(int year, Path input, Path output, String scope, String fingerprint, long run,
		String origin) {

	public static final String YEAR = "year";

	public static final String INPUT = "input";

	public static final String OUTPUT = "output";

	public static final String SCOPE = "scope";

	static final String FINGERPRINT = "fingerprint";

	static final String RUN = "run";

	public static final String ORIGIN = "origin";

	/** A run that no one in particular started, as the job's tests start it. */
	AggregateParameters(int year, Path input, Path output, String scope, String fingerprint, long run) {
		this(year, input, output, scope, fingerprint, run, "");
	}

	JobParameters toJobParameters() {
		return new JobParametersBuilder().addLong(YEAR, (long) this.year)
			.addString(INPUT, this.input.toString())
			.addString(OUTPUT, this.output.toString())
			.addString(SCOPE, this.scope)
			.addString(FINGERPRINT, this.fingerprint)
			.addLong(RUN, this.run)
			.addString(ORIGIN, this.origin, false)
			.toJobParameters();
	}

	/**
	 * The parameters of a run as stored; the origin is empty for runs stored before it was kept.
	 * @throws IllegalArgumentException when they are not an aggregate run's
	 */
	public static AggregateParameters from(JobParameters parameters) {
		Long year = parameters.getLong(YEAR);
		String input = parameters.getString(INPUT);
		String output = parameters.getString(OUTPUT);
		if (year == null || input == null || output == null) {
			throw new IllegalArgumentException("not the parameters of an aggregate run: " + parameters);
		}
		Long run = parameters.getLong(RUN);
		return new AggregateParameters(year.intValue(), Path.of(input), Path.of(output), parameters.getString(SCOPE, ""),
				parameters.getString(FINGERPRINT, ""), (run != null) ? run : 0, parameters.getString(ORIGIN, ""));
	}

	/** The same identifying parameters with another origin: what resumes a run for someone else. */
	static JobParameters withOrigin(JobParameters parameters, String origin) {
		return new JobParametersBuilder(parameters).addString(ORIGIN, origin, false).toJobParameters();
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
