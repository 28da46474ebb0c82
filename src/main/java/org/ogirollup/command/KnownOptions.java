package org.ogirollup.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import org.ogirollup.text.Excerpt;

/**
 * The options a command takes, and the refusal of any other: a misspelled {@code --yaer=2021}
 * would otherwise be dropped without a word and every year run. A command takes exactly the
 * options its help names, so the help is the one list of them and the two cannot drift apart.
 * Spring's own settings ({@code --spring.}, {@code --server.}, {@code --logging.},
 * {@code --management.}) pass through to Spring; the project's {@code --ogi.} settings are options
 * like any other and must be named in the help. picocli parses and suggests the option meant; an
 * edit distance catches the swapped letters its suggestions miss ({@code --yaer}).
 */
final class KnownOptions {

	/** An option as a help text names it: {@code --year}, {@code --ogi.ingest.workers}, {@code --ogi.users[0].role}. */
	private static final Pattern NAMED = Pattern.compile("--[a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*|\\[0])*");

	/** An index of a list setting, as in {@code --ogi.users[3].name}: any index is the same option. */
	private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

	private static final List<String> SPRING_PREFIXES = List.of("--spring.", "--server.", "--logging.",
			"--management.");

	private final Set<String> names;

	private final boolean takesArguments;

	private KnownOptions(Set<String> names, boolean takesArguments) {
		this.names = names;
		this.takesArguments = takesArguments;
	}

	/** The options the command's help names, and {@code --help}. */
	static KnownOptions of(Command command) {
		Set<String> names = new TreeSet<>(List.of("--help"));
		Matcher named = NAMED.matcher(command.usage());
		while (named.find()) {
			if (SPRING_PREFIXES.stream().noneMatch(named.group()::startsWith)) {
				names.add(named.group());
			}
		}
		return new KnownOptions(names, command.takesArguments());
	}

	/** The names of the options, {@code --help} included. */
	Set<String> names() {
		return this.names;
	}

	/**
	 * Checks the arguments after the command's name.
	 * @throws IllegalArgumentException naming the first argument the command does not take and, for a
	 * misspelled option, the option meant
	 */
	void check(String[] args) {
		List<String> options = new ArrayList<>();
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				if (!this.takesArguments) {
					throw new IllegalArgumentException("不接受参数 '" + Excerpt.of(arg)
							+ "'：选项写作 --名称=值，如 --year=2021");
				}
			}
			else if (SPRING_PREFIXES.stream().noneMatch(arg::startsWith)) {
				// the value stays out of picocli: "--year 2021" must not pass as "--year=2021" (Spring reads
				// only the latter), and a long value is no part of the question
				int equals = arg.indexOf('=');
				options.add(INDEX.matcher((equals < 0) ? arg : arg.substring(0, equals)).replaceAll("[0]"));
			}
		}
		CommandSpec spec = CommandSpec.create();
		this.names.forEach((name) -> spec.addOption(OptionSpec.builder(name).arity("0").build()));
		picocli.CommandLine parser = new picocli.CommandLine(spec).setOverwrittenOptionsAllowed(true);
		try {
			parser.parseArgs(options.toArray(String[]::new));
		}
		catch (UnmatchedArgumentException ex) {
			String option = ex.getUnmatched().get(0);
			List<String> nearest = nearest(option);
			throw refusal(option, nearest.isEmpty() ? ex.getSuggestions().stream().limit(1).toList() : nearest);
		}
		catch (ParameterException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/** The options at the smallest edit distance, of at most two: a swap of two letters is two. */
	private List<String> nearest(String option) {
		LevenshteinDistance distance = new LevenshteinDistance(2);
		int best = Integer.MAX_VALUE;
		List<String> nearest = new ArrayList<>();
		for (String name : this.names) {
			int d = distance.apply(option, name);
			if (d >= 0 && d < best) {
				best = d;
				nearest.clear();
			}
			if (d >= 0 && d == best) {
				nearest.add(name);
			}
		}
		return nearest;
	}

	private IllegalArgumentException refusal(String option, List<String> suggestions) {
		StringBuilder message = new StringBuilder("没有选项 ").append(Excerpt.of(option));
		if (!suggestions.isEmpty()) {
			message.append("，是否要写 ").append(String.join(" 或 ", suggestions)).append("？");
		}
		else {
			message.append("；可用的选项：").append(String.join(" ", this.names));
		}
		return new IllegalArgumentException(message.toString());
	}

}
