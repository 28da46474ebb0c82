package org.ogirollup.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Registry;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;

/**
 * Decides whether a submission goes into the totals: its unit must be in the registry and its
 * values must keep the rules of its format. Rules run even on a submission the reader already
 * faulted, so that a clerk sees every problem in one pass; advice on the rules' findings (which
 * cell is probably wrong) comes after them, and is never more than a warning.
 */
public final class Validator {

	private final Registry registry;

	private final Function<Submission, List<Finding>> rules;

	private final Advice advice;

	/**
	 * Warnings that explain what the rules found on a submission, such as the cells that are
	 * probably wrong (issue 16); they never change a verdict.
	 */
	@FunctionalInterface
	public interface Advice {

		/** No advice. */
		Advice NONE = (submission, ruleFindings) -> List.of();

		/** The warnings for a submission, given the findings its rules raised; empty when none. */
		List<Finding> on(Submission submission, List<Finding> ruleFindings);

	}

	/**
	 * @param registry the units that may report
	 * @param rules the rules of a submission's format, applied to it
	 */
	public Validator(Registry registry, Function<Submission, List<Finding>> rules) {
		this(registry, rules, Advice.NONE);
	}

	/**
	 * @param registry the units that may report
	 * @param rules the rules of a submission's format, applied to it
	 * @param advice warnings added after the rules' findings
	 */
	public Validator(Registry registry, Function<Submission, List<Finding>> rules, Advice advice) {
		this.registry = registry;
		this.rules = rules;
		this.advice = advice;
	}

	public CheckedSubmission check(SubmissionRead read) {
		Submission submission = read.submission();
		if (read.isOfAnotherYear()) {
			// another year's data: the reader's one finding says so; this year's rules have no say
			return new CheckedSubmission(submission, read.findings(), read.otherYear());
		}
		List<Finding> findings = new ArrayList<>(read.findings());
		if (!this.registry.contains(submission.unitCode())) {
			findings.add(new Finding(submission.sourceAt(submission.line()), submission.unitCode(),
					submission.reportYear(), RuleIds.UNKNOWN_UNIT, Severity.ERROR, List.of(),
					"单位代码 " + submission.unitCode() + " 不在单位名录（units.csv）中"));
		}
		List<Finding> ruleFindings = this.rules.apply(submission);
		findings.addAll(ruleFindings);
		for (Finding advised : this.advice.on(submission, ruleFindings)) {
			if (advised.isError()) {
				throw new IllegalStateException("advice must not reject a submission: " + advised);
			}
			findings.add(advised);
		}
		return new CheckedSubmission(submission, findings);
	}

}
