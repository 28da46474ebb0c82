package org.ogirollup.job;

import java.nio.file.Path;

import org.ogirollup.registry.Registry;

/** Where a run's inputs and outputs are, from its {@code input}, {@code output} and {@code year} parameters. */
final class RunFolders {

	private RunFolders() {
	}

	/** The subtree a run reads again: the {@code scope} parameter, empty for the whole input. */
	static RunScope scope(Registry registry, String scope) {
		return new RunScope(registry, (scope != null) ? scope : "");
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
