package org.ogirollup.job;

import java.nio.file.Path;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryReader;

/** Where a run's inputs and outputs are, from its {@code input}, {@code output} and {@code year} parameters. */
final class RunFolders {

	private RunFolders() {
	}

	/**
	 * The registry of the input folder. Each step reads it afresh: it is small, and steps keep no
	 * state between them but what the database holds.
	 */
	static Registry registry(String input) {
		return RegistryReader.read(Path.of(input).resolve("units.csv"));
	}

	/** The subtree a run reads again: the {@code scope} parameter, empty for the whole input. */
	static RunScope scope(String input, String scope) {
		return new RunScope(registry(input), (scope != null) ? scope : "");
	}

	/** The folder a year's submissions are read from. */
	static Path yearInput(String input, long year) {
		return Path.of(input).resolve(String.valueOf(year));
	}

	/** The folder a year's outputs are written to. */
	static Path yearOutput(String output, long year) {
		return Path.of(output).resolve(String.valueOf(year));
	}

}
