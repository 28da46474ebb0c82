package org.ogirollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import org.ogirollup.submission.SubmissionFiles;

/**
 * Hands out one range of the submission files of a year folder, one by one in a stable order,
 * so that a restart can resume after the last file whose chunk was committed.
 */
class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private static final Log logger = LogFactory.getLog(SubmissionFileReader.class);

	private final Path yearFolder;

	private final int from;

	private final int to;

	private List<Path> files;

	/**
	 * @param yearFolder the folder of the report year
	 * @param from the index of the first file of the range, in the folder's stable order
	 * @param to the index after the last file of the range
	 */
	SubmissionFileReader(Path yearFolder, int from, int to) {
		this.yearFolder = yearFolder;
		this.from = from;
		this.to = to;
		setName("submissionFileReader");
	}

	@Override
	protected void doOpen() {
		try {
			List<Path> all = SubmissionFiles.list(this.yearFolder);
			this.files = all.subList(Math.min(this.from, all.size()), Math.min(this.to, all.size()));
			logger.debug("Reading files " + this.from + " to " + this.to + " of " + this.yearFolder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.yearFolder, ex);
		}
	}

	@Override
	protected Path doRead() {
		int index = getCurrentItemCount() - 1;
		return (index < this.files.size()) ? this.files.get(index) : null;
	}

	@Override
	protected void jumpToItem(int itemIndex) {
		// doRead indexes by the item count, which the base class has already restored
	}

	@Override
	protected void doClose() {
		this.files = null;
	}

}
