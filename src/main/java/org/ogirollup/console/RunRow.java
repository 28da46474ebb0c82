package org.ogirollup.console;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.operations.RunView;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;

/**
 * One run as the console lists it: who started it (a user, the schedule, the service resuming
 * it, or a follow-up of the year before), with which definition, over which scope, its status,
 * times and the counts it left.
 */
record RunRow(Long id, Long ticket, Integer year, String status, String statusWords, String who, String definition,
		String scope, String scopeName, LocalDateTime start, Double durationSeconds, Long read, Long accepted,
		Long rejected, String problem, boolean running) {

	private static final Pattern DEFINITION = Pattern.compile("(?:作业定义|计划任务) ([A-Za-z0-9][A-Za-z0-9_-]*)");

	private static final Pattern USER = Pattern.compile("用户 ([^（]+)（");

	static RunRow of(RunView run, Registry registry) {
		String origin = (run.origin() != null) ? run.origin() : "";
		String scopeName = (run.scope() != null) ? registry.unit(run.scope()).map(Unit::name).orElse(run.scope()) : null;
		boolean running = "STARTED".equals(run.status()) || "STARTING".equals(run.status())
				|| "QUEUED".equals(run.status()) || "STOPPING".equals(run.status());
		return new RunRow(run.id(), run.ticket(), run.year(), run.status(), RunProgress.statusWords(run.status()),
				who(origin), definition(origin), run.scope(), scopeName, run.startTime(), run.durationSeconds(),
				run.read(), run.accepted(), run.rejected(), run.exitDescription(), running);
	}

	static String who(String origin) {
		Matcher user = USER.matcher(origin);
		if (origin.startsWith("用户 ") && user.lookingAt()) {
			return user.group(1).strip();
		}
		if (origin.startsWith("计划任务")) {
			return "计划任务";
		}
		if (origin.startsWith("恢复中断的运行")) {
			return "服务重启后自动恢复";
		}
		if (origin.isEmpty()) {
			return "命令行";
		}
		// a follow-up (the year before changed what it compares with), or a caller's own words
		return origin;
	}

	static String definition(String origin) {
		Matcher matcher = DEFINITION.matcher(origin);
		return matcher.find() ? matcher.group(1) : "—";
	}

	/** Seconds as a clerk reads a duration: 8.2 秒, 3 分 5 秒. */
	public String duration() {
		if (this.durationSeconds == null) {
			return "";
		}
		long seconds = Math.round(this.durationSeconds);
		return (seconds < 60) ? String.format("%.1f 秒", this.durationSeconds)
				: (seconds / 60) + " 分 " + (seconds % 60) + " 秒";
	}

}
