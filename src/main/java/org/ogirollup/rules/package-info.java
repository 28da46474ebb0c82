/**
 * The within-report consistency rules (勾稽关系) of {@code spec/rules.md}, kept as data in
 * {@code rules/rules-2019.yml} and {@code rules/rules-2021.yml} and checked by {@link org.ogirollup.rules.RuleSet}.
 *
 * <p>A rules file has {@code sets} (named lists of code parts, optionally with a {@code label}
 * under which a sum over the set is shown in messages) and {@code rules}. A linear rule is
 * {@code "terms (= | <= | >=) terms"}: terms joined by {@code +} or {@code -}, each a code,
 * {@code n*code} or a constant; {@code {v}} is replaced by each binding of the rule's
 * {@code for: {v: SET}} (one instance, and at most one finding, per binding), and
 * {@code {x in SET}} inside a code sums that term over the set. A value-type rule names a
 * {@code type} and space-separated glob {@code items} over catalog codes. Every code is checked
 * against the format's catalog when the file is loaded, so a wrong file stops the start-up.
 *
 * <p>Plain Java: no Spring here; the job calls {@code RuleSet.of(format).check(submission)}.
 */
package org.ogirollup.rules;
