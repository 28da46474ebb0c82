package org.ogirollup.generator;

/**
 * One line of the defect manifest {@code defects.csv}: what was planted where, so that a test
 * can check the validation reports it.
 *
 * @param reportYear the year folder the defect is in
 * @param unitCode the unit whose submission carries it
 * @param file the file, relative to the output folder, with {@code /}
 * @param kind the kind of defect
 * @param item the item concerned, empty when the whole submission is
 * @param detail what was changed and which rules break, in words
 */
public record PlantedDefect(int reportYear, String unitCode, String file, DefectKind kind, String item,
		String detail) {

	/** The manifest header. */
	public static final String HEADER = "report_year,unit_code,file,kind,item,detail";

}
