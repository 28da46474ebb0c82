package org.ogirollup.operations;

import java.time.Duration;
import java.time.LocalDateTime;

import org.ogirollup.job.RunCounts;

/**
 * One run as the HTTP API shows it: a run of the aggregate job (with its id), or a run still
 * waiting in the queue (with its ticket, status {@code QUEUED} or {@code STARTING}). The counts
 * are those the run left when it ended, null while it runs or waits.
 */
public record RunView(Long id, Long ticket, Integer year, String status, String exitCode, String exitDescription,
		LocalDateTime startTime, LocalDateTime endTime, Double durationSeconds, Long read, Long accepted,
		Long rejected, String scope, String origin, String input, String output) {

	/** A run of the job repository. */
	static RunView ofExecution(long id, Integer year, String status, String exitCode, String exitDescription,
			LocalDateTime startTime, LocalDateTime endTime, RunCounts counts, String scope, String origin, String input,
			String output) {
		Double seconds = null;
		if (startTime != null) {
			LocalDateTime end = (endTime != null) ? endTime : LocalDateTime.now();
			seconds = Duration.between(startTime, end).toMillis() / 1000.0;
		}
		return new RunView(id, null, year, status, exitCode,
				(exitDescription == null || exitDescription.isEmpty()) ? null : firstLine(exitDescription), startTime,
				endTime, seconds, (counts != null) ? counts.read() : null, (counts != null) ? counts.accepted() : null,
				(counts != null) ? counts.rejected() : null, emptyAsNull(scope), emptyAsNull(origin), input, output);
	}

	/** A run of the queue that has no job execution yet. */
	static RunView ofQueued(QueuedRun run) {
		RunOrder order = run.order();
		String status = (run.state() == QueuedRun.State.QUEUED) ? "QUEUED" : run.state().name();
		return new RunView(null, run.ticket(), order.year(), status, null, run.problem(), null, null, null, null, null,
				null, emptyAsNull(order.scope()), order.origin(), order.input().toString(), order.output().toString());
	}

	private static String emptyAsNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
