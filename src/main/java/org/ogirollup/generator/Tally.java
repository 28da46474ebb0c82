package org.ogirollup.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts what a run writes, for its {@link GenerationSummary}. */
final class Tally {

	long submissions;

	long files;

	long bytes;

	void submission() {
		this.submissions++;
	}

	void file(Path path) throws IOException {
		this.files++;
		this.bytes += Files.size(path);
	}

}
