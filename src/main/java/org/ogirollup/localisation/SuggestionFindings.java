package org.ogirollup.localisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * The suggestion for a submission as a finding of {@code validation.csv}: a warning, so that it
 * never changes a verdict, whose items are the cells to change (or every cell of the equally small
 * fixes named) and whose message says what to write.
 */
public final class SuggestionFindings {

	/** Looked up once, so that the ingest's workers share no lock per submission. */
	private final Map<ReportFormat, Localiser> localisers = new EnumMap<>(ReportFormat.class);

	public SuggestionFindings() {
		for (ReportFormat format : ReportFormat.values()) {
			this.localisers.put(format, Localiser.of(format));
		}
	}

	/**
	 * The finding for a checked submission, or none. Only a submission whose rule findings include a
	 * rule a fix keeps is searched, so that the clean majority costs nothing.
	 * @param submission the submission
	 * @param ruleFindings the findings its format's rules raised on it
	 */
	public List<Finding> findings(Submission submission, List<Finding> ruleFindings) {
		Localiser localiser = this.localisers.get(submission.format());
		if (ruleFindings.stream().noneMatch((finding) -> localiser.ruleIds().contains(finding.ruleId()))) {
			return List.of();
		}
		return localiser.localise(submission).map((suggestion) -> finding(submission, suggestion)).stream().toList();
	}

	/** The finding that states a suggestion. */
	public static Finding finding(Submission submission, Suggestion suggestion) {
		List<Item> items = items(suggestion);
		String ruleId = suggestion.found() ? RuleIds.SUGGESTED_FIX : RuleIds.NO_SMALL_FIX;
		return new Finding(submission.sourceAt(line(items, submission)), submission.unitCode(), submission.reportYear(),
				ruleId, Severity.WARNING, items.stream().map((item) -> item.code().value()).toList(),
				SuggestionMessage.of(suggestion));
	}

	/** The cells of the unique fix, or of every fix the message names. */
	private static List<Item> items(Suggestion suggestion) {
		int named = suggestion.unique() ? 1 : Math.min(SuggestionMessage.NAMED, suggestion.fixes().size());
		Set<Item> items = new LinkedHashSet<>();
		for (Fix fix : suggestion.fixes().subList(0, named)) {
			fix.changes().forEach((change) -> items.add(change.item()));
		}
		return new ArrayList<>(items);
	}

	private static int line(List<Item> items, Submission submission) {
		for (Item item : items) {
			int line = submission.value(item).map(Value::line).orElse(0);
			if (line > 0) {
				return line;
			}
		}
		return submission.line();
	}

}
