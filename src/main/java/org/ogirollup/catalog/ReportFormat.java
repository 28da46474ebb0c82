package org.ogirollup.catalog;

/**
 * The two official layouts of the annual report tables; which one a report uses decides its
 * catalog of items and its rules.
 */
public enum ReportFormat {

	/** 2019 trial format (国办公开办函〔2019〕60号), report years 2019 and 2020. */
	F2019(2019, "catalog/catalog-2019.csv"),

	/** 2021 revised format (国办公开办函〔2021〕30号), report year 2021 on. */
	F2021(2021, "catalog/catalog-2021.csv");

	private final int firstReportYear;

	private final String catalogResource;

	ReportFormat(int firstReportYear, String catalogResource) {
		this.firstReportYear = firstReportYear;
		this.catalogResource = catalogResource;
	}

	/** The classpath resource holding this format's catalog CSV. */
	public String catalogResource() {
		return this.catalogResource;
	}

	/** Whether a report year is covered by any official format (2019 on). */
	public static boolean covers(int reportYear) {
		return reportYear >= F2019.firstReportYear;
	}

	/**
	 * The format the official rules prescribe for a report year. Real reports sometimes use the
	 * older template; readers of published text detect the format from labels instead.
	 */
	public static ReportFormat forReportYear(int reportYear) {
		if (!covers(reportYear)) {
			throw new IllegalArgumentException("no official report format for report year " + reportYear);
		}
		return (reportYear >= F2021.firstReportYear) ? F2021 : F2019;
	}

}
