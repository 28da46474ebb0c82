package org.ogirollup.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import org.springframework.scheduling.support.CronExpression;

/**
 * Reads and checks the job definitions of a {@code jobs/} folder: every {@code *.yml} or
 * {@code *.yaml} file is one definition. Any problem stops the reading with a message naming
 * the file and the key, so a broken definition is never half-scheduled.
 */
public final class JobDefinitions {

	private static final Set<String> TOP_KEYS = Set.of("name", "job", "cron", "parameters");

	private static final Set<String> PARAMETER_KEYS = Set.of("years", "scope", "input", "output");

	private JobDefinitions() {
	}

	/** Every definition of the folder, by name; names must be unique. */
	public static Map<String, JobDefinition> readFolder(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("job definitions folder not found: " + folder);
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter((file) -> file.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("cannot list " + folder + ": " + ex.getMessage(), ex);
		}
		Map<String, JobDefinition> definitions = new LinkedHashMap<>();
		for (Path file : files) {
			JobDefinition definition = read(file);
			JobDefinition previous = definitions.putIfAbsent(definition.name(), definition);
			if (previous != null) {
				throw new JobDefinitionException(file, "name",
						"'" + definition.name() + "' is already defined in " + previous.source());
			}
		}
		return definitions;
	}

	/** One definition file. */
	public static JobDefinition read(Path file) {
		Object document;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (IOException ex) {
			throw new JobDefinitionException(file, "cannot be read: " + ex.getMessage(), ex);
		}
		catch (YAMLException ex) {
			throw new JobDefinitionException(file, "is not valid YAML: " + ex.getMessage(), ex);
		}
		if (!(document instanceof Map<?, ?> top)) {
			throw new JobDefinitionException(file, null, "must be a mapping with name, job, cron and parameters");
		}
		checkKeys(file, top, TOP_KEYS, "");
		String name = requiredText(file, top, "name");
		if (!name.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
			throw new JobDefinitionException(file, "name", "must be letters, digits, '-' or '_', not '" + name + "'");
		}
		String job = requiredText(file, top, "job");
		if (!job.equals(JobDefinition.AGGREGATE)) {
			throw new JobDefinitionException(file, "job", "must be '" + JobDefinition.AGGREGATE + "', not '" + job + "'");
		}
		Optional<String> cron = optionalText(file, top, "cron", "cron");
		if (cron.isPresent() && !CronExpression.isValidExpression(cron.get())) {
			throw new JobDefinitionException(file, "cron", "is not a Spring cron expression (six fields: second minute"
					+ " hour day-of-month month day-of-week, such as '0 0 2 * * *'): '" + cron.get() + "'");
		}
		if (!(top.get("parameters") instanceof Map<?, ?> parameters)) {
			throw new JobDefinitionException(file, "parameters", "is required: a mapping with years, scope, input, output");
		}
		checkKeys(file, parameters, PARAMETER_KEYS, "parameters.");
		YearSelection years = years(file, parameters.get("years"));
		if (cron.isPresent() && years.givenAtTriggerTime()) {
			throw new JobDefinitionException(file, "parameters.years",
					"is required when there is a cron: a list of years or 'latest: N'");
		}
		Optional<String> scope = optionalText(file, parameters, "scope", "parameters.scope");
		if (scope.isPresent() && !scope.get().matches("\\d{6}")) {
			throw new JobDefinitionException(file, "parameters.scope", "must be a unit code such as 210900, not '"
					+ scope.get() + "'");
		}
		Path input = folder(file, parameters, "input");
		Path output = folder(file, parameters, "output");
		return new JobDefinition(name, job, cron, years, scope, input, output, file);
	}

	private static YearSelection years(Path file, Object value) {
		String key = "parameters.years";
		if (value == null) {
			return YearSelection.givenAtTrigger();
		}
		if (value instanceof List<?> list) {
			if (list.isEmpty()) {
				throw new JobDefinitionException(file, key, "is an empty list; leave it out to give the years when triggering");
			}
			List<Integer> years = new ArrayList<>();
			for (Object year : list) {
				years.add(year(file, key, year));
			}
			return YearSelection.of(years);
		}
		if (value instanceof Map<?, ?> map && map.size() == 1 && map.containsKey("latest")) {
			if (!(map.get("latest") instanceof Integer count) || count < 1) {
				throw new JobDefinitionException(file, key + ".latest", "must be a positive whole number, not '"
						+ map.get("latest") + "'");
			}
			return YearSelection.latest(count);
		}
		throw new JobDefinitionException(file, key, "must be a list of years such as [2020, 2021] or 'latest: N', not '"
				+ value + "'");
	}

	private static int year(Path file, String key, Object value) {
		if (value instanceof Integer year && year >= 1000 && year <= 9999) {
			return year;
		}
		throw new JobDefinitionException(file, key, "must hold four-digit report years, not '" + value + "'");
	}

	private static Path folder(Path file, Map<?, ?> parameters, String key) {
		String value = requiredText(file, parameters, key, "parameters." + key);
		return Path.of(value).toAbsolutePath().normalize();
	}

	private static void checkKeys(Path file, Map<?, ?> map, Set<String> known, String prefix) {
		for (Object key : map.keySet()) {
			if (!known.contains(String.valueOf(key))) {
				throw new JobDefinitionException(file, prefix + key, "is not a known key; expected one of "
						+ known.stream().sorted().map((name) -> prefix + name).toList());
			}
		}
	}

	private static String requiredText(Path file, Map<?, ?> map, String key) {
		return requiredText(file, map, key, key);
	}

	private static String requiredText(Path file, Map<?, ?> map, String key, String shownKey) {
		Object value = map.get(key);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new JobDefinitionException(file, shownKey, "is required");
		}
		if (value instanceof Map || value instanceof List) {
			throw new JobDefinitionException(file, shownKey, "must be a single value");
		}
		return String.valueOf(value).strip();
	}

	private static Optional<String> optionalText(Path file, Map<?, ?> map, String key, String shownKey) {
		return (map.get(key) != null) ? Optional.of(requiredText(file, map, key, shownKey)) : Optional.empty();
	}

}
