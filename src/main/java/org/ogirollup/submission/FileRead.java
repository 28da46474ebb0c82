package org.ogirollup.submission;

import java.util.List;

import org.ogirollup.finding.Finding;

/**
 * Everything read from one input file: its submissions, and findings about the file itself that
 * belong to no submission (an unreadable header, say).
 *
 * @param source the file, relative to the input folder
 * @param submissions the submissions found, in the order they appear
 * @param fileFindings findings that belong to no submission
 */
public record FileRead(String source, List<SubmissionRead> submissions, List<Finding> fileFindings) {

	public FileRead {
		submissions = List.copyOf(submissions);
		fileFindings = List.copyOf(fileFindings);
	}

}
