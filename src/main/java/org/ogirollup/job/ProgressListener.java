package org.ogirollup.job;

import java.time.Duration;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Logs how far a long step has got, at most every few seconds, so an operator sees it moving. */
class ProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Log logger = LogFactory.getLog(ProgressListener.class);

	private static final Duration INTERVAL = Duration.ofSeconds(5);

	private StepExecution stepExecution;

	private Instant lastReport = Instant.now();

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.stepExecution = stepExecution;
		this.lastReport = Instant.now();
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		Instant now = Instant.now();
		if (this.stepExecution != null && Duration.between(this.lastReport, now).compareTo(INTERVAL) >= 0) {
			this.lastReport = now;
			logger.info(this.stepExecution.getStepName() + ": " + this.stepExecution.getReadCount() + " files read");
		}
	}

}
