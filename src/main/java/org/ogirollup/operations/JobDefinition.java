package org.ogirollup.operations;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One file of {@code jobs/}: a named, parameterised way of running a job, with an optional cron
 * schedule. Paths are absolute (resolved against the working folder when read).
 */
public record JobDefinition(String name, String job, Optional<String> cron, YearSelection years, Optional<String> scope,
		Path input, Path output, Path source) {

	/** The only job a definition can run so far. */
	public static final String AGGREGATE = "aggregate";

	public boolean scheduled() {
		return this.cron.isPresent();
	}

}
