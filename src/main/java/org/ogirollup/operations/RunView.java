package org.ogirollup.operations;

import java.time.Duration;
import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;

import org.ogirollup.store.SubmissionStore.Counts;

/**
 * One run of the aggregate job as the HTTP API shows it. The submission counts are the year's
 * counts in the store, so they are given for the latest run of each year only (null otherwise).
 */
public record RunView(long id, Integer year, String status, String exitCode, String exitDescription,
		LocalDateTime startTime, LocalDateTime endTime, Double durationSeconds, Long read, Long accepted,
		Long rejected, String input, String output) {

	static RunView of(JobExecution execution, Counts counts) {
		Long year = execution.getJobParameters().getLong("year");
		Double seconds = null;
		if (execution.getStartTime() != null) {
			LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
			seconds = Duration.between(execution.getStartTime(), end).toMillis() / 1000.0;
		}
		String description = execution.getExitStatus().getExitDescription();
		return new RunView(execution.getId(), (year != null) ? year.intValue() : null, execution.getStatus().name(),
				execution.getExitStatus().getExitCode(),
				(description == null || description.isEmpty()) ? null : firstLine(description),
				execution.getStartTime(), execution.getEndTime(), seconds,
				(counts != null) ? (long) counts.read() : null, (counts != null) ? (long) counts.accepted() : null,
				(counts != null) ? (long) counts.rejected() : null, execution.getJobParameters().getString("input"),
				execution.getJobParameters().getString("output"));
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return (end < 0) ? text : text.substring(0, end);
	}

}
