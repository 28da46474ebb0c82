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
 * @param stamp what the file looked like when it was read; {@code null} when it could not be read
 * at all, so that the next run tries again
 */
public record FileRead(String source, List<SubmissionRead> submissions, List<Finding> fileFindings, FileStamp stamp) {

	public FileRead {
		submissions = List.copyOf(submissions);
		fileFindings = List.copyOf(fileFindings);
	}

	public FileRead(String source, List<SubmissionRead> submissions, List<Finding> fileFindings) {
		this(source, submissions, fileFindings, null);
	}

	/** The same reading, with what the file looked like. */
	public FileRead withStamp(FileStamp fileStamp) {
		return new FileRead(this.source, this.submissions, this.fileFindings, fileStamp);
	}

	/** Whether any finding on the file itself is an error. */
	public boolean hasFileError() {
		return this.fileFindings.stream().anyMatch(Finding::isError);
	}

}
