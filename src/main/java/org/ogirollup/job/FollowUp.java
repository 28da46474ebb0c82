package org.ogirollup.job;

/**
 * A run of the next year that a finished run calls for: the year it ran changed what the next
 * year's comparison reads, and the next year had already been aggregated into the same output.
 *
 * @param year the year to run again
 * @param reason why, for the log, the console and the run's origin
 */
public record FollowUp(int year, String reason) {

	static FollowUp after(int year, long executionId) {
		return new FollowUp(year + 1,
				String.format("%d 的运行 %d 改变了数据，%d 随后重新运行", year, executionId, year + 1));
	}

}
