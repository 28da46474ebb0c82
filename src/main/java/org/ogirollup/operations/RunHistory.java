package org.ogirollup.operations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.job.AggregateParameters;
import org.ogirollup.job.RunCounts;

/**
 * Reads the runs of the aggregate job back from the Spring Batch job repository: a page of runs
 * in one query over its tables (executions, their parameters and contexts), on H2 and PostgreSQL
 * alike, instead of loading each instance and then each one's executions.
 */
public class RunHistory {

	/** One page of the list: runs newest first, after the runs still waiting in the queue. */
	public record RunPage(int page, int size, long total, List<RunView> runs) {
	}

	private static final String PAGE = """
			select e.JOB_EXECUTION_ID, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, e.START_TIME, e.END_TIME, e.TOTAL,
			  p.PARAMETER_NAME, p.PARAMETER_VALUE, c.SHORT_CONTEXT, c.SERIALIZED_CONTEXT
			from (select e.JOB_EXECUTION_ID, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, e.START_TIME, e.END_TIME,
			    count(*) over () as TOTAL
			  from BATCH_JOB_EXECUTION e join BATCH_JOB_INSTANCE i on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
			  where i.JOB_NAME = ? %s
			  order by e.JOB_EXECUTION_ID desc offset ? rows fetch next ? rows only) e
			left join BATCH_JOB_EXECUTION_PARAMS p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
			  and p.PARAMETER_NAME in (?, ?, ?, ?, ?)
			left join BATCH_JOB_EXECUTION_CONTEXT c on c.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
			order by e.JOB_EXECUTION_ID desc""";

	private final JobRepository jobRepository;

	private final JdbcTemplate jdbc;

	private final ExecutionContextSerializer serializer;

	private final Supplier<List<QueuedRun>> waiting;

	/**
	 * @param serializer the job repository's, to read the counts each run left in its context
	 * @param waiting the runs of the queue that have no job execution yet, in turn
	 */
	RunHistory(JobRepository jobRepository, JdbcTemplate jdbc, ExecutionContextSerializer serializer,
			Supplier<List<QueuedRun>> waiting) {
		this.jobRepository = jobRepository;
		this.jdbc = jdbc;
		this.serializer = serializer;
		this.waiting = waiting;
	}

	/** A page of the runs: those waiting in the queue first, in turn, then the job's runs, newest first. */
	public RunPage list(int page, int size) {
		List<QueuedRun> waiting = this.waiting.get();
		long offset = (long) page * size;
		List<RunView> views = new ArrayList<>();
		for (long i = offset; i < waiting.size() && views.size() < size; i++) {
			views.add(RunView.ofQueued(waiting.get((int) i)));
		}
		long executionOffset = Math.max(0, offset - waiting.size());
		Page executions = executions(null, executionOffset, size - views.size());
		views.addAll(executions.runs());
		long total = executions.total().orElseGet(() -> countExecutions());
		return new RunPage(page, size, waiting.size() + total, views);
	}

	public Optional<RunView> find(long id) {
		return executions(id, 0, 1).runs().stream().findFirst();
	}

	/**
	 * The runs of one year, newest first, at most {@code limit}: those waiting in the queue first,
	 * then the job's runs of the year.
	 */
	public List<RunView> ofYear(int year, int limit) {
		List<RunView> views = new ArrayList<>();
		for (QueuedRun run : this.waiting.get()) {
			if (run.order().year() == year && views.size() < limit) {
				views.add(RunView.ofQueued(run));
			}
		}
		views.addAll(executions(null, year, 0, limit - views.size()).runs());
		return views;
	}

	public Optional<JobExecution> execution(long id) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return Optional.empty();
		}
		if (execution == null || !Runs.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(execution);
	}

	private record Page(List<RunView> runs, Optional<Long> total) {
	}

	/**
	 * Runs of one query, all or the one of an id, with the total count of the job's runs when the
	 * page is not past the end.
	 */
	private Page executions(Long id, long offset, int limit) {
		return executions(id, null, offset, limit);
	}

	private Page executions(Long id, Integer year, long offset, int limit) {
		if (limit <= 0) {
			return new Page(List.of(), Optional.empty());
		}
		List<Object> arguments = new ArrayList<>(List.of(Runs.JOB_NAME));
		String filter = "";
		if (id != null) {
			filter = "and e.JOB_EXECUTION_ID = ?";
			arguments.add(id);
		}
		else if (year != null) {
			filter = "and exists (select 1 from BATCH_JOB_EXECUTION_PARAMS y where y.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
					+ " and y.PARAMETER_NAME = ? and y.PARAMETER_VALUE = ?)";
			arguments.add(AggregateParameters.YEAR);
			arguments.add(String.valueOf(year));
		}
		arguments.addAll(List.of(offset, limit, AggregateParameters.YEAR, AggregateParameters.INPUT,
				AggregateParameters.OUTPUT, AggregateParameters.SCOPE, AggregateParameters.ORIGIN));
		Map<Long, Row> rows = new LinkedHashMap<>();
		long[] total = { -1 };
		this.jdbc.query(PAGE.formatted(filter), (rs) -> {
			long execution = rs.getLong(1);
			Row row = rows.get(execution);
			if (row == null) {
				row = new Row(execution, rs.getString(2), rs.getString(3), rs.getString(4), time(rs, 5), time(rs, 6),
						context(rs));
				rows.put(execution, row);
				total[0] = rs.getLong(7);
			}
			if (rs.getString(8) != null) {
				row.parameters.put(rs.getString(8), rs.getString(9));
			}
		}, arguments.toArray());
		return new Page(rows.values().stream().map(Row::view).toList(),
				(total[0] >= 0) ? Optional.of(total[0]) : Optional.empty());
	}

	/** Only for a page past the end, which holds no row to carry the count. */
	private long countExecutions() {
		Long count = this.jdbc.queryForObject("select count(*) from BATCH_JOB_EXECUTION e join BATCH_JOB_INSTANCE i"
				+ " on i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID where i.JOB_NAME = ?", Long.class, Runs.JOB_NAME);
		return (count != null) ? count : 0;
	}

	private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
		Timestamp time = rs.getTimestamp(column);
		return (time != null) ? time.toLocalDateTime() : null;
	}

	/** The execution context as the repository stored it: the short form unless it was too long for it. */
	private Map<String, Object> context(ResultSet rs) throws SQLException {
		String serialized = rs.getString(11);
		if (serialized == null) {
			serialized = rs.getString(10);
		}
		if (serialized == null || serialized.isEmpty()) {
			return Map.of();
		}
		try {
			return this.serializer.deserialize(new ByteArrayInputStream(serialized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException | RuntimeException ex) {
			// a context this version cannot read shows as a run without counts, not as a broken list
			return Map.of();
		}
	}

	private static final class Row {

		private final long id;

		private final String status;

		private final String exitCode;

		private final String exitMessage;

		private final LocalDateTime start;

		private final LocalDateTime end;

		private final Map<String, Object> context;

		private final Map<String, String> parameters = new HashMap<>();

		Row(long id, String status, String exitCode, String exitMessage, LocalDateTime start, LocalDateTime end,
				Map<String, Object> context) {
			this.id = id;
			this.status = status;
			this.exitCode = exitCode;
			this.exitMessage = exitMessage;
			this.start = start;
			this.end = end;
			this.context = context;
		}

		RunView view() {
			String year = this.parameters.get(AggregateParameters.YEAR);
			boolean running = this.status != null && BatchStatus.valueOf(this.status).isRunning();
			return RunView.ofExecution(this.id, (year != null) ? Integer.valueOf(year) : null, this.status,
					this.exitCode, this.exitMessage, this.start, this.end,
					running ? null : RunCounts.of(this.context).orElse(null),
					this.parameters.get(AggregateParameters.SCOPE), this.parameters.get(AggregateParameters.ORIGIN),
					this.parameters.get(AggregateParameters.INPUT), this.parameters.get(AggregateParameters.OUTPUT));
		}

	}

}
