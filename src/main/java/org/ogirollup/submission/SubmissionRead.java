package org.ogirollup.submission;

import java.util.List;

import org.ogirollup.finding.Finding;

/**
 * A submission as a reader produced it, with what the reader found wrong in it: structural
 * problems, blanks, values that are not numbers.
 */
public record SubmissionRead(Submission submission, List<Finding> findings) {

	public SubmissionRead {
		findings = List.copyOf(findings);
	}

}
