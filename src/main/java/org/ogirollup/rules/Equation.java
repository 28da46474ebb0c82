package org.ogirollup.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * One instance of a linear rule, with every binding of its {@code for:} applied: the left terms
 * compared with the right terms.
 */
public record Equation(List<Term> left, Relation relation, List<Term> right) {

	public Equation {
		left = List.copyOf(left);
		right = List.copyOf(right);
	}

	/** Every cell of the instance, left side then right side. */
	public List<Item> items() {
		return Stream.concat(this.left.stream(), this.right.stream()).flatMap((term) -> term.items().stream()).toList();
	}

	/** The finding for a submission, when it breaks this instance. */
	Optional<Finding> check(String ruleId, Severity severity, Submission submission) {
		BigDecimal leftValue = sum(this.left, submission);
		BigDecimal rightValue = sum(this.right, submission);
		if (this.relation.holds(leftValue.compareTo(rightValue))) {
			return Optional.empty();
		}
		List<Item> items = items();
		List<String> codes = items.stream().map((item) -> item.code().value()).toList();
		return Optional.of(new Finding(submission.sourceAt(firstLine(items, submission)), submission.unitCode(),
				submission.reportYear(), ruleId, severity, codes, message(ruleId, items, leftValue, rightValue, submission)));
	}

	private static BigDecimal sum(List<Term> terms, Submission submission) {
		// a loop rather than a stream: this runs for every rule instance of every submission
		BigDecimal sum = BigDecimal.ZERO;
		for (Term term : terms) {
			sum = sum.add(term.value(submission));
		}
		return sum;
	}

	/** The line of the first cell the source gave, so that the finding points into the file. */
	static int firstLine(List<Item> items, Submission submission) {
		for (Item item : items) {
			int line = submission.value(item).map(Value::line).orElse(0);
			if (line > 0) {
				return line;
			}
		}
		return submission.line();
	}

	private String message(String ruleId, List<Item> items, BigDecimal leftValue, BigDecimal rightValue,
			Submission submission) {
		// name what the cells share once (the column, or the row) and each cell by what differs
		String scope;
		Function<Item, String> label;
		if (items.stream().map(Item::columnLabel).distinct().count() == 1) {
			scope = Labels.column(items.get(0)) + "列";
			label = Labels::row;
		}
		else if (items.stream().map(Item::rowLabel).distinct().count() == 1) {
			scope = Labels.row(items.get(0));
			label = Labels::column;
		}
		else {
			scope = "";
			label = Labels::cell;
		}
		String broken = (this.relation == Relation.EQUAL) ? "不平衡" : "不成立";
		return ruleId + " " + scope + broken + "：" + side(this.left, leftValue, label, submission) + "，"
				+ this.relation.brokenWords() + " " + side(this.right, rightValue, label, submission) + "（差 "
				+ leftValue.subtract(rightValue).abs().toPlainString() + "）";
	}

	private static String side(List<Term> terms, BigDecimal total, Function<Item, String> label,
			Submission submission) {
		List<String> parts = new ArrayList<>();
		for (Term term : terms) {
			if (!term.isConstant() && term.items().stream().allMatch((item) -> !item.isPrinted()
					&& submission.value(item).isEmpty())) {
				// a derived sum the report did not give, such as （六）其他处理 as one row: nothing to show
				continue;
			}
			String factor = (Math.abs(term.coefficient()) == 1) ? "" : Math.abs(term.coefficient()) + "×";
			String sign = (term.coefficient() < 0) ? "- " : "+ ";
			if (term.isConstant()) {
				parts.add(sign + Math.abs(term.coefficient()));
			}
			else if (!term.groupLabel().isEmpty() || term.items().size() == 1) {
				String name = term.groupLabel().isEmpty() ? label.apply(term.items().get(0)) : term.groupLabel();
				parts.add(sign + factor + name + " " + term.sum(submission).toPlainString());
			}
			else {
				for (Item item : term.items()) {
					parts.add(sign + factor + label.apply(item) + " " + submission.amount(item).toPlainString());
				}
			}
		}
		String text = String.join(" ", parts);
		text = text.startsWith("+ ") ? text.substring(2) : text;
		return (parts.size() > 1) ? text + " = " + total.toPlainString() : text;
	}

}
