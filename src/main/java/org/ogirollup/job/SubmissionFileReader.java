package org.ogirollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemStreamSupport;

import org.ogirollup.input.InputFolder;

/**
 * Hands out the files of one range of a year folder, in a stable order, that are not already
 * stored: files unchanged since an earlier run, and files stored by this run's committed chunks
 * before a restart, are passed over. Its position survives a restart in the step's context.
 */
class SubmissionFileReader extends ItemStreamSupport implements ItemStreamReader<Path> {

	private static final String POSITION = "position";

	private final Path inputRoot;

	private final Path yearFolder;

	private final int from;

	private final int to;

	private final Set<String> stored;

	private List<Path> files;

	private int position;

	/**
	 * @param inputRoot the input folder, to name files as the store does
	 * @param yearFolder the folder of the report year
	 * @param from the index of the first file of the range, in the folder's stable order
	 * @param to the index after the last file of the range
	 * @param stored the files already stored for the year, by source name
	 */
	SubmissionFileReader(Path inputRoot, Path yearFolder, int from, int to, Set<String> stored) {
		this.inputRoot = inputRoot;
		this.yearFolder = yearFolder;
		this.from = from;
		this.to = to;
		this.stored = stored;
		setName("submissionFileReader");
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			List<Path> all = InputFolder.entries(this.yearFolder);
			this.files = all.subList(Math.min(this.from, all.size()), Math.min(this.to, all.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.yearFolder, ex);
		}
		this.position = context.getInt(getExecutionContextKey(POSITION), 0);
	}

	@Override
	public Path read() {
		while (this.position < this.files.size()) {
			Path file = this.files.get(this.position++);
			if (!this.stored.contains(InputFolder.source(this.inputRoot, file))) {
				return file;
			}
		}
		return null;
	}

	/**
	 * How many files of the range have been handed out or passed over so far. Public, as are
	 * {@link #filesInRange()} and the reader's interface methods, because the progress listener
	 * calls it through the step-scoped proxy.
	 */
	public int filesDone() {
		return this.position;
	}

	/** How many files the range holds; known once the reader is open. */
	public int filesInRange() {
		return (this.files != null) ? this.files.size() : 0;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(getExecutionContextKey(POSITION), this.position);
	}

	@Override
	public void close() {
		this.files = null;
	}

}
