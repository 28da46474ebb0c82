package org.ogirollup.command;

import org.springframework.boot.ApplicationArguments;

/**
 * One verb of the command line ({@code aggregate}, {@code parse}, {@code generate}, ...).
 * Options come as {@code --name=value}; {@code --help} prints {@link #usage()}. A command takes
 * exactly the options its usage names (see {@link KnownOptions}).
 */
public interface Command {

	/** The verb typed on the command line. */
	String name();

	/** One line for the list of commands. */
	String summary();

	/** The full help text: synopsis, every option with its default, and an example. */
	String usage();

	/** Whether the command takes arguments besides its options (a file to read). */
	default boolean takesArguments() {
		return false;
	}

	/**
	 * Runs the command.
	 * @param args the arguments after the verb, options parsed
	 * @return the process exit code: 0 for success
	 * @throws Exception when the command cannot run; the message is shown to the user
	 */
	int run(ApplicationArguments args) throws Exception;

}
