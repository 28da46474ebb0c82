package org.ogirollup.job;

import java.util.Map;
import java.util.Optional;

/**
 * How many submissions of its year a run left read, accepted and rejected, as kept in the run's
 * execution context when it ended: the counts of that run, not the year's counts of today.
 */
public record RunCounts(long read, long accepted, long rejected) {

	static final String READ = "ogi.counts.read";

	static final String ACCEPTED = "ogi.counts.accepted";

	static final String REJECTED = "ogi.counts.rejected";

	/** The counts of a run's execution context; empty while it runs, or for a run stored before they were kept. */
	public static Optional<RunCounts> of(Map<String, Object> context) {
		if (!(context.get(READ) instanceof Number read) || !(context.get(ACCEPTED) instanceof Number accepted)
				|| !(context.get(REJECTED) instanceof Number rejected)) {
			return Optional.empty();
		}
		return Optional.of(new RunCounts(read.longValue(), accepted.longValue(), rejected.longValue()));
	}

}
