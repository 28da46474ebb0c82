package org.ogirollup.command;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.DefaultApplicationArguments;

import org.ogirollup.text.Excerpt;

/**
 * Picks the command named by the first argument and runs it, turning every failure into a
 * message and an exit code instead of a stack trace.
 */
public final class CommandLine {

	/** Exit code when the command could not run: bad options, missing input, broken registry. */
	public static final int CANNOT_RUN = 2;

	private final Map<String, Command> commands = new LinkedHashMap<>();

	private final PrintStream out;

	private final PrintStream err;

	public CommandLine(List<Command> commands, PrintStream out, PrintStream err) {
		commands.forEach((command) -> this.commands.put(command.name(), command));
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			this.out.print(overview());
			return (args.length == 0) ? CANNOT_RUN : 0;
		}
		Command command = this.commands.get(args[0]);
		if (command == null) {
			this.err.println("ogi-rollup：没有命令 '" + Excerpt.of(args[0]) + "'");
			this.err.print(overview());
			return CANNOT_RUN;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
			this.out.print(command.usage());
			return 0;
		}
		try {
			KnownOptions.of(command).check(rest);
			return command.run(new DefaultApplicationArguments(rest));
		}
		catch (Exception ex) {
			this.err.println("ogi-rollup " + command.name() + ": " + messageOf(ex));
			this.err.println("用法见：java -jar ogi-rollup.jar " + command.name() + " --help");
			return CANNOT_RUN;
		}
	}

	private String overview() {
		StringBuilder text = new StringBuilder("Usage: java -jar ogi-rollup.jar COMMAND [OPTIONS]\n\nCommands:\n");
		this.commands.values()
			.forEach((command) -> text.append(String.format("  %-10s %s%n", command.name(), command.summary())));
		text.append("\nRun a command with --help for its options.\n");
		return text.toString();
	}

	private static String messageOf(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.toString();
	}

}
