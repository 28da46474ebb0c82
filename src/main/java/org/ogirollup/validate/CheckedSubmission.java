package org.ogirollup.validate;

import java.util.List;

import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Submission;

/**
 * A submission with every finding raised on it, reader's and rules' alike, and the verdict:
 * accepted into the totals, or rejected because at least one finding is an error.
 */
public record CheckedSubmission(Submission submission, List<Finding> findings) {

	public CheckedSubmission {
		findings = List.copyOf(findings);
	}

	public boolean accepted() {
		return this.findings.stream().noneMatch(Finding::isError);
	}

}
