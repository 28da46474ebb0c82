package org.ogirollup.validate;

import java.util.List;

import org.ogirollup.finding.Finding;
import org.ogirollup.submission.FileStamp;

/**
 * One input file after reading and checking: the unit of work of ingest, stored whole or not at
 * all so that a restart never sees half a file.
 *
 * @param source the file relative to the input folder
 * @param reportYear the year of its folder
 * @param submissions its submissions with their findings and verdicts
 * @param fileFindings findings about the file that belong to no submission
 * @param stamp what the file looked like when read; {@code null} when it could not be read, so
 * that the next run tries again
 */
public record IngestedFile(String source, int reportYear, List<CheckedSubmission> submissions,
		List<Finding> fileFindings, FileStamp stamp) {

	public IngestedFile {
		submissions = List.copyOf(submissions);
		fileFindings = List.copyOf(fileFindings);
	}

}
