package org.ogirollup.operations;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Tells the run of the queue that is starting the id of the job execution it got: the launcher
 * runs the job synchronously on the queue's worker thread, and the id exists only once the job
 * has started. Added to the aggregate job as a listener, so that the job's own configuration
 * stays as it is. The queue runs one run at a time, so there is one run to tell at most.
 */
class RunStartSignal implements BeanPostProcessor, JobExecutionListener {

	private final AtomicReference<CompletableFuture<Long>> starting = new AtomicReference<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job && Runs.JOB_NAME.equals(job.getName())) {
			job.registerJobExecutionListener(this);
		}
		return bean;
	}

	/** The run whose job starts next on this process. */
	void expect(CompletableFuture<Long> started) {
		this.starting.set(started);
	}

	void clear() {
		this.starting.set(null);
	}

	@Override
	public void beforeJob(JobExecution execution) {
		CompletableFuture<Long> started = this.starting.get();
		if (started != null) {
			started.complete(execution.getId());
		}
	}

}
