package org.ogirollup.operations;

/** A second start of a year while a run of that year is under way in this process. */
public class YearBusyException extends RuntimeException {

	public YearBusyException(int year) {
		super("a run of report year " + year + " is already running in this service; wait for it to finish"
				+ " (GET /api/runs) and start again");
	}

}
