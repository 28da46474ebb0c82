package org.ogirollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Registry;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;

/**
 * Decides whether a submission goes into the totals: its unit must be in the registry and its
 * values must keep the rules of its format. Rules run even on a submission the reader already
 * faulted, so that a clerk sees every problem in one pass.
 */
public final class Validator {

	private final Registry registry;

	private final Function<Submission, List<Finding>> rules;

	/**
	 * @param registry the units that may report
	 * @param rules the rules of a submission's format, applied to it
	 */
	public Validator(Registry registry, Function<Submission, List<Finding>> rules) {
		this.registry = registry;
		this.rules = rules;
	}

	public CheckedSubmission check(SubmissionRead read) {
		Submission submission = read.submission();
		List<Finding> findings = new ArrayList<>(read.findings());
		if (!this.registry.contains(submission.unitCode())) {
			findings.add(new Finding(submission.sourceAt(submission.line()), submission.unitCode(),
					submission.reportYear(), RuleIds.UNKNOWN_UNIT, Severity.ERROR, List.of(),
					"单位代码 " + submission.unitCode() + " 不在单位名录（units.csv）中"));
		}
		findings.addAll(this.rules.apply(submission));
		return new CheckedSubmission(submission, findings);
	}

}
