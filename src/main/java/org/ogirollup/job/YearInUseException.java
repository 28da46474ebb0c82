package org.ogirollup.job;

/**
 * A run refused because another process sharing the PostgreSQL database is at work on its year:
 * running the year itself, or running the next year, which reads it (see {@link YearLock}).
 */
public class YearInUseException extends IllegalStateException {

	private final int year;

	private final boolean readByNextYear;

	YearInUseException(int year, boolean readByNextYear) {
		super(readByNextYear
				? "report year " + (year + 1) + " is being aggregated by another process that shares this database, and"
						+ " it reads " + year + "; start " + year + " again when that run has finished"
				: "report year " + year + " is being aggregated by another process that shares this database; start it"
						+ " again when that run has finished");
		this.year = year;
		this.readByNextYear = readByNextYear;
	}

	public int year() {
		return this.year;
	}

	/** Whether the run in the way is the next year's, reading this year, rather than this year's own. */
	public boolean readByNextYear() {
		return this.readByNextYear;
	}

}
