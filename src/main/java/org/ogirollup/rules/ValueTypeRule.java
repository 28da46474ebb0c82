package org.ogirollup.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * A rule that every given number in a set of cells is of one type, such as a non-negative
 * integer; one finding per offending cell. Absent and not-applicable cells are left to the reader.
 *
 * @param id the id of {@code spec/rules.md}
 * @param severity error or warning
 * @param title what the rule demands, in Chinese
 * @param definition the item patterns as written in the rules file
 * @param type the type every value must have
 * @param items the cells checked, in catalog order
 */
public record ValueTypeRule(String id, Severity severity, String title, String definition, ValueType type,
		List<Item> items) implements Rule {

	public ValueTypeRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(type, "type");
		items = List.copyOf(items);
	}

	@Override
	public List<Finding> check(Submission submission) {
		List<Finding> findings = new ArrayList<>();
		for (Item item : this.items) {
			Value value = submission.value(item).orElse(null);
			if (value == null || value.number() == null || this.type.accepts(value.number())) {
				continue;
			}
			int line = (value.line() > 0) ? value.line() : submission.line();
			findings.add(new Finding(submission.sourceAt(line), submission.unitCode(), submission.reportYear(), this.id,
					this.severity, List.of(item.code().value()), this.id + " 数值应为" + this.type.words() + "："
							+ Labels.cell(item) + "= " + value.number().toPlainString()));
		}
		return findings;
	}

}
