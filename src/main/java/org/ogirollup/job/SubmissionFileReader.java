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
 * Hands out the submission files of a year folder one by one, in a stable order, so that a
 * restart can resume after the last file whose chunk was committed.
 */
class SubmissionFileReader extends AbstractItemCountingItemStreamItemReader<Path> {

	private static final Log logger = LogFactory.getLog(SubmissionFileReader.class);

	private final Path yearFolder;

	private List<Path> files;

	SubmissionFileReader(Path yearFolder) {
		this.yearFolder = yearFolder;
		setName("submissionFileReader");
	}

	@Override
	protected void doOpen() {
		try {
			this.files = SubmissionFiles.list(this.yearFolder);
			logger.info("Reading " + this.files.size() + " submission files in " + this.yearFolder);
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
