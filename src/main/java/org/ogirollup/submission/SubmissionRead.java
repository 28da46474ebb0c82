package org.ogirollup.submission;

import java.util.List;

import org.ogirollup.finding.Finding;

/**
 * A submission as a reader produced it, with what the reader found wrong in it: structural
 * problems, blanks, values that are not numbers.
 *
 * @param submission the submission
 * @param findings what the reader found
 * @param otherYear the year its data belongs to when that is not the year of its folder (a file
 * of 2020 put in the 2021 folder), else 0: such a submission is that file's problem alone, never
 * checked against this year's rules nor a duplicate of the unit's right file
 */
public record SubmissionRead(Submission submission, List<Finding> findings, int otherYear) {

	public SubmissionRead {
		findings = List.copyOf(findings);
	}

	public SubmissionRead(Submission submission, List<Finding> findings) {
		this(submission, findings, 0);
	}

	/** Whether the data belongs to another year than the folder's. */
	public boolean isOfAnotherYear() {
		return this.otherYear != 0;
	}

}
