package org.ogirollup.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.ogirollup.input.InputFolder;

/**
 * Which report years a job definition runs: a fixed list, the latest {@code n} year folders
 * found in the input, or none (the years are given when the run is triggered).
 */
public record YearSelection(List<Integer> years, int latest) {

	public YearSelection {
		years = List.copyOf(years);
	}

	public static YearSelection of(List<Integer> years) {
		return new YearSelection(years, 0);
	}

	public static YearSelection latest(int count) {
		return new YearSelection(List.of(), count);
	}

	public static YearSelection givenAtTrigger() {
		return new YearSelection(List.of(), 0);
	}

	/** Whether the years are left to whoever triggers the run. */
	public boolean givenAtTriggerTime() {
		return this.years.isEmpty() && this.latest == 0;
	}

	/** The years to run, ascending, looking at the year folders of the input when needed. */
	public List<Integer> resolve(Path input) {
		if (this.latest == 0) {
			return this.years.stream().distinct().sorted().toList();
		}
		try {
			List<Integer> found = InputFolder.of(input).years();
			return found.subList(Math.max(0, found.size() - this.latest), found.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list the year folders of " + input, ex);
		}
	}

	@Override
	public String toString() {
		if (this.latest > 0) {
			return "latest " + this.latest;
		}
		return givenAtTriggerTime() ? "given at trigger time" : this.years.toString();
	}

}
