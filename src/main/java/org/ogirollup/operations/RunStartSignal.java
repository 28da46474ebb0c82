package org.ogirollup.operations;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Tells a waiting HTTP request the id of the job execution its run got: the launcher runs the
 * job synchronously on a worker thread, and the id exists only once the job has started. Added
 * to the aggregate job as a listener, so that the job's own configuration stays as it is.
 */
class RunStartSignal implements BeanPostProcessor, JobExecutionListener {

	private final ConcurrentMap<Integer, CompletableFuture<Long>> waiting = new ConcurrentHashMap<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof AbstractJob job && Runs.JOB_NAME.equals(job.getName())) {
			job.registerJobExecutionListener(this);
		}
		return bean;
	}

	/** Claims the year for one run; empty when a run of the year is already under way here. */
	CompletableFuture<Long> claim(int year) {
		CompletableFuture<Long> started = new CompletableFuture<>();
		return (this.waiting.putIfAbsent(year, started) == null) ? started : null;
	}

	void release(int year, CompletableFuture<Long> claim) {
		this.waiting.remove(year, claim);
	}

	boolean busy(int year) {
		return this.waiting.containsKey(year);
	}

	@Override
	public void beforeJob(JobExecution execution) {
		Long year = execution.getJobParameters().getLong("year");
		CompletableFuture<Long> started = (year != null) ? this.waiting.get(year.intValue()) : null;
		if (started != null) {
			started.complete(execution.getId());
		}
	}

}
