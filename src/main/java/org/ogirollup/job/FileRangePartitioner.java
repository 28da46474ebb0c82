package org.ogirollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ogirollup.input.InputFolder;

/**
 * Splits the year folder's files, in their stable order, into contiguous ranges of about equal
 * size, one per worker. Only the bounds go into each partition's context; a worker lists the
 * folder again and takes its slice, which the input fingerprint keeps stable across a restart.
 */
class FileRangePartitioner implements Partitioner {

	private static final Log logger = LogFactory.getLog(FileRangePartitioner.class);

	static final String FROM = "from";

	static final String TO = "to";

	private final Path yearFolder;

	FileRangePartitioner(Path yearFolder) {
		this.yearFolder = yearFolder;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int files = fileCount();
		int partitions = Math.max(1, Math.min(gridSize, files));
		logger.info("Reading " + files + " submission files in " + this.yearFolder + " with " + partitions
				+ " workers");
		Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
		for (int i = 0; i < partitions; i++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FROM, (int) ((long) files * i / partitions));
			context.putInt(TO, (int) ((long) files * (i + 1) / partitions));
			contexts.put("files" + i, context);
		}
		return contexts;
	}

	private int fileCount() {
		try {
			return InputFolder.entries(this.yearFolder).size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + this.yearFolder, ex);
		}
	}

}
