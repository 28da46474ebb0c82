package org.ogirollup.validate;

import java.util.List;

import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Submission;

/**
 * A submission with every finding raised on it, reader's and rules' alike, and the verdict:
 * accepted into the totals, or rejected because at least one finding is an error.
 *
 * @param otherYear the year its data belongs to when not its folder's, else 0 (see
 * {@link org.ogirollup.submission.SubmissionRead#otherYear()})
 */
public record CheckedSubmission(Submission submission, List<Finding> findings, int otherYear) {

	public CheckedSubmission {
		findings = List.copyOf(findings);
	}

	public CheckedSubmission(Submission submission, List<Finding> findings) {
		this(submission, findings, 0);
	}

	public boolean accepted() {
		return this.findings.stream().noneMatch(Finding::isError);
	}

}
