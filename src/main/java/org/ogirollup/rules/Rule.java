package org.ogirollup.rules;

import java.util.List;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;

/** One within-report rule of a format, as written in its rules file; checks a submission. */
public sealed interface Rule permits LinearRule, ValueTypeRule {

	/** The id of {@code spec/rules.md}, such as R1. */
	String id();

	Severity severity();

	/** What the rule demands, in Chinese. */
	String title();

	/** The rule as written in the file, for listing. */
	String definition();

	/** Every cell the rule looks at, each once, in the order it first appears. */
	List<Item> items();

	/** Every finding of this rule on a submission, in a stable order; empty when it holds. */
	List<Finding> check(Submission submission);

}
