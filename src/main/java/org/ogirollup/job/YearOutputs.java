package org.ogirollup.job;

import java.nio.file.Path;

import org.ogirollup.registry.Registry;

/**
 * What every output step of a year's run works with: the unit tree, the year's output folder and
 * the year.
 */
record YearOutputs(Registry registry, Path folder, int year) {

	static YearOutputs of(Registry registry, String output, long year) {
		return new YearOutputs(registry, RunFolders.yearOutput(output, year), (int) year);
	}

}
