package org.ogirollup.job;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs how far one ingest worker has got through its range of files, at most once per interval,
 * so an operator sees a long run moving. One instance per worker (step scope): the workers run at
 * the same time, each with its own step execution and reader.
 */
class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(ProgressListener.class);

	private final SubmissionFileReader reader;

	private final Duration interval;

	private String stepName = "";

	private Instant lastReport = Instant.now();

	/**
	 * @param reader the worker's reader, which knows its position in the range
	 * @param interval the least time between two reports
	 */
	ProgressListener(SubmissionFileReader reader, Duration interval) {
		this.reader = reader;
		this.interval = interval;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepName = stepExecution.getStepName();
		this.lastReport = Instant.now();
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		Instant now = Instant.now();
		if (Duration.between(this.lastReport, now).compareTo(this.interval) >= 0) {
			this.lastReport = now;
			int done = this.reader.filesDone();
			int inRange = this.reader.filesInRange();
			logger.info(this.stepName + ": " + done + " of " + inRange + " files done ("
					+ ((inRange == 0) ? 100 : 100L * done / inRange) + " %)");
		}
	}

}
