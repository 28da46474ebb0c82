package org.ogirollup.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Logs what a workbook step wrote, how long it took and the most heap it held, which the
 * benchmark reads: {@code workbooksStep: 32 files in 12.3 s (10.1 s CPU), heap peak ≤ 410 MB}. The peak is the
 * sum of each heap pool's own peak since the step began, so at most the true peak.
 */
class WorkbookStepLog implements StepExecutionListener {

	private static final Log logger = LogFactory.getLog(WorkbookStepLog.class);

	private long started;

	private long startedCpu;

	@Override
	public void beforeStep(StepExecution stepExecution) {
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
		this.started = System.nanoTime();
		this.startedCpu = cpu();
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		long peak = heapPools().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		// the step's own thread: on a machine shared with other builds its CPU time says more than the wall time
		logger.info(String.format(Locale.ROOT, "%s: %d files in %.1f s (%.1f s CPU), heap peak ≤ %d MB",
				stepExecution.getStepName(), stepExecution.getWriteCount(), (System.nanoTime() - this.started) / 1e9,
				(cpu() - this.startedCpu) / 1e9, peak >> 20));
		return stepExecution.getExitStatus();
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static Stream<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter((pool) -> pool.getType() == MemoryType.HEAP);
	}

}
