package org.ogirollup.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;

/**
 * A rule that compares two sums of cells, with one instance per binding of its {@code for:}
 * (one per column for R1, one per row for R2); each broken instance is one finding.
 *
 * @param id the id of {@code spec/rules.md}
 * @param severity error or warning
 * @param title what the rule demands, in Chinese
 * @param definition the equation as written in the rules file
 * @param instances the instances, in the order of the bindings
 */
public record LinearRule(String id, Severity severity, String title, String definition, List<Equation> instances)
		implements Rule {

	public LinearRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(severity, "severity");
		instances = List.copyOf(instances);
	}

	@Override
	public List<Item> items() {
		return this.instances.stream().flatMap((instance) -> instance.items().stream()).distinct().toList();
	}

	@Override
	public List<Finding> check(Submission submission) {
		return this.instances.stream()
			.map((instance) -> instance.check(this.id, this.severity, submission))
			.flatMap(Optional::stream)
			.toList();
	}

}
