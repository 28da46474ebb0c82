package org.ogirollup.console;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ogirollup.job.AggregateParameters;
import org.ogirollup.job.RunCounts;

/**
 * Where a run of the aggregate job stands, from what the job repository holds while it runs:
 * the step under way, how many of the year's files the ingest workers have got through (each
 * worker's reader keeps its position in its step's context at every commit), and how many
 * findings the year has so far.
 */
record RunProgress(long id, int year, String status, String statusWords, boolean running, String step,
		String stepWords, int stepsDone, int stepsTotal, Long filesDone, Long filesTotal, long findings,
		Double durationSeconds, Long read, Long accepted, Long rejected) {

	/** The job's steps in order, with what each does in a clerk's words. */
	static final Map<String, String> STEPS = Map.of("prepareYearStep", "找出有变动的文件", "ingestSubmissionsStep",
			"读取并检查报送文件", "rejectDuplicatesStep", "查找重复报送", "crossYearChecksStep", "与上年核对", "rollupStep", "逐级汇总",
			"exportStep", "写出合计、问题清单和报送情况", "compareYearsStep", "与上年比较", "reconcileStep", "核对汇总报告",
			"officialTablesStep", "写出官方格式统计表");

	private static final List<String> ORDER = List.of("prepareYearStep", "ingestSubmissionsStep", "rejectDuplicatesStep",
			"crossYearChecksStep", "rollupStep", "exportStep", "compareYearsStep", "reconcileStep", "officialTablesStep");

	/** The worker steps of the ingest, one per file range. */
	private static final String WORKER_STEP = "ingestFilesStep";

	private static final String POSITION = "submissionFileReader.position";

	/**
	 * @param findings how many findings the run's year has in the database now
	 */
	static RunProgress of(JobExecution execution, long findings) {
		int year = AggregateParameters.from(execution.getJobParameters()).year();
		BatchStatus status = execution.getStatus();
		List<StepExecution> steps = execution.getStepExecutions()
			.stream()
			.sorted(Comparator.comparing(StepExecution::getId))
			.toList();
		int done = (int) steps.stream()
			.filter((step) -> ORDER.contains(step.getStepName()) && step.getStatus() == BatchStatus.COMPLETED)
			.map(StepExecution::getStepName)
			.distinct()
			.count();
		Optional<StepExecution> current = steps.stream()
			.filter((step) -> ORDER.contains(step.getStepName()) && step.getStatus().isRunning())
			.reduce((first, second) -> second);
		long filesDone = 0;
		long filesTotal = 0;
		boolean anyWorker = false;
		for (StepExecution step : steps) {
			if (!step.getStepName().startsWith(WORKER_STEP)) {
				continue;
			}
			ExecutionContext context = step.getExecutionContext();
			if (context.containsKey("from") && context.containsKey("to")) {
				anyWorker = true;
				filesTotal += context.getInt("to") - context.getInt("from");
				filesDone += context.containsKey(POSITION) ? context.getInt(POSITION) : 0;
			}
		}
		String step = current.map(StepExecution::getStepName).orElse(null);
		Double seconds = null;
		if (execution.getStartTime() != null) {
			LocalDateTime end = (execution.getEndTime() != null) ? execution.getEndTime() : LocalDateTime.now();
			seconds = Duration.between(execution.getStartTime(), end).toMillis() / 1000.0;
		}
		RunCounts counts = status.isRunning() ? null : RunCounts.of(mapOf(execution.getExecutionContext())).orElse(null);
		return new RunProgress(execution.getId(), year, status.name(), statusWords(status.name()), status.isRunning(), step,
				(step != null) ? STEPS.get(step) : null, done, ORDER.size(), anyWorker ? filesDone : null,
				anyWorker ? filesTotal : null, findings, seconds, (counts != null) ? counts.read() : null,
				(counts != null) ? counts.accepted() : null, (counts != null) ? counts.rejected() : null);
	}

	private static Map<String, Object> mapOf(ExecutionContext context) {
		Map<String, Object> map = new HashMap<>();
		for (Map.Entry<String, Object> entry : context.entrySet()) {
			map.put(entry.getKey(), entry.getValue());
		}
		return map;
	}

	/** A run's status in a clerk's words. */
	static String statusWords(String status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case "QUEUED" -> "排队等候";
			case "STARTING" -> "即将开始";
			case "NOT_STARTED" -> "未能开始";
			case "STARTED", "STARTING_JOB" -> "正在运行";
			case "COMPLETED" -> "已完成";
			case "FAILED" -> "失败";
			case "STOPPING" -> "正在停止";
			case "STOPPED" -> "已停止";
			case "ABANDONED" -> "已放弃";
			default -> status;
		};
	}

}
