package org.ogirollup.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.ogirollup.Application;
import org.ogirollup.job.RegistryCache;
import org.ogirollup.operations.JobDefinition;
import org.ogirollup.operations.JobDefinitionException;
import org.ogirollup.operations.JobDefinitions;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryException;
import org.ogirollup.text.Excerpt;

/**
 * {@code serve}: runs as a service: schedules the job definitions of {@code jobs/} that have a
 * cron and offers the analysts' console (pages) and HTTP API on one port, until the process is
 * stopped.
 */
public final class ServeCommand implements Command {

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String summary() {
		return "run as a service: scheduled job definitions, the analysts' console and HTTP API";
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar ogi-rollup.jar serve [--jobs=DIR] [--data=DIR] [--server.port=8080]
				                                      [--server.address=127.0.0.1]

				Schedules every job definition of the jobs folder that has a cron, and serves on one port:

				The analysts' console, in a browser: http://127.0.0.1:8080/ (sign-in page, session cookie)
				  the year at a glance, each unit's tables and findings, corrections with a dry run,
				  runs followed live, downloads, charts. Roles per user (ogi.users[N].role):
				  viewer reads everything; analyst also uploads corrections and starts runs (the
				  default); admin also sees the job definitions and the users' roles.
				  Demo users: analyst / demo-analyst-2026, viewer / demo-viewer-2026,
				  admin / demo-admin-2026 (change them before anyone else can reach the service).

				The HTTP API, for scripts (HTTP Basic, the same users; POST needs the role analyst):
				  POST /api/runs                 {"year": 2021, "scope": "210900", "definition": "reaggregate"}
				  GET  /api/queue/{ticket}       a queued run; 303 to the run once it has started
				  GET  /api/runs?page=0&size=50  queued runs, then runs with status, times, counts, origin
				  GET  /api/runs/{id}            one run
				  GET  /api/runs/{id}/findings   findings by rule and severity for the run's year
				  POST /api/runs/{id}/restart    restart a failed run

				Runs go through one queue, one at a time, in year order, so that each year compares
				with the finished year before it.
				  GET  /actuator/health, /actuator/metrics

				Options:
				  --jobs=DIR              job definitions folder (default: jobs)
				  --data=DIR              folder of the embedded H2 database (default: data)
				  --server.port=N         port (default: 8080)
				  --server.address=ADDR   address to listen on (default: 127.0.0.1, this machine only)
				  --ogi.users[0].name=... --ogi.users[0].password={bcrypt}... --ogi.users[0].role=viewer|analyst|admin
				  --ogi.console.definition=NAME  the definition whose folders the console shows (default: reaggregate)
				  --ogi.console.upload-limit=16MB  the largest corrected file taken in
				  --server.servlet.session.timeout=30m  a console session ends after this long unused

				Stops on Ctrl-C or SIGTERM; a run cut short is resumed by the next start of its year.

				Example:
				  java -jar target/ogi-rollup.jar serve --server.port=8081
				  curl -u analyst:demo-analyst-2026 -X POST -H 'Content-Type: application/json' \\
				       -d '{"year": 2021}' http://127.0.0.1:8081/api/runs
				""";
	}

	/**
	 * Refuses a definition whose scope names no government of its input's registry, as the command
	 * line and the API refuse such a scope: its every run would otherwise be refused when triggered.
	 */
	private static void checkScope(JobDefinition definition) {
		if (definition.scope().isEmpty()) {
			return;
		}
		String scope = definition.scope().get();
		Path units = definition.input().resolve("units.csv");
		Registry registry;
		try {
			registry = new RegistryCache().of(definition.input().toString());
		}
		catch (RegistryException ex) {
			throw new JobDefinitionException(definition.source(), "parameters.scope",
					"无法核对：单位名录 " + units + " 有误：" + ex.getMessage());
		}
		if (!registry.unit(scope).map((unit) -> unit.level().isGovernment()).orElse(false)) {
			throw new JobDefinitionException(definition.source(), "parameters.scope",
					"应为 " + units + " 中一级政府（省、市或县）的代码，而不是 '" + Excerpt.of(scope) + "'");
		}
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		Path jobs = folder(args, args.containsOption("jobs") ? "jobs" : "ogi.jobs-dir", "jobs");
		// a broken definition stops the command before Spring starts, naming the file and the key
		JobDefinitions.readFolder(jobs).values().forEach(ServeCommand::checkScope);
		List<String> springArgs = new ArrayList<>(List.of(args.getSourceArgs()));
		springArgs.add("--ogi.data-dir=" + folder(args, "data", "data"));
		springArgs.add("--ogi.jobs-dir=" + jobs);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.SERVLET)
			.profiles("serve")
			.run(springArgs.toArray(String[]::new));
		CountDownLatch closed = new CountDownLatch(1);
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent) {
				closed.countDown();
			}
		});
		if (context.isActive()) {
			closed.await();
		}
		return 0;
	}

	private static Path folder(ApplicationArguments args, String option, String fallback) {
		List<String> values = args.getOptionValues(option);
		String value = (values == null || values.isEmpty()) ? fallback : values.get(values.size() - 1);
		if (value.isBlank()) {
			throw new IllegalArgumentException("--" + option + " 应给出一个文件夹");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}

}
