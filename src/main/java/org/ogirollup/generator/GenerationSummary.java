package org.ogirollup.generator;

/**
 * What one run of the {@link Generator} wrote, for the command's summary line and for tests.
 *
 * @param units units in the registry
 * @param submissions submissions written, every copy and planted extra included
 * @param files files written under the year folders
 * @param bytes bytes of every file written, registry and manifest included
 * @param defects defects planted and listed in {@code defects.csv}
 */
public record GenerationSummary(int units, long submissions, long files, long bytes, int defects) {

	/** One line for the command line. */
	public String line() {
		return String.format(java.util.Locale.ROOT, "%d units, %d submissions in %d files, %d bytes, %d defects",
				this.units, this.submissions, this.files, this.bytes, this.defects);
	}

}
