/**
 * Year over year: one body's values (a unit's submission or a node's totals) against the year
 * before, and the cross-year rules.
 *
 * <ul>
 * <li>{@link org.ogirollup.comparison.YearOverYear#compare} gives one
 * {@link org.ogirollup.comparison.Delta} per row of
 * {@link org.ogirollup.comparison.FormatPairs#pairs}: every item exact within a format; across
 * F2019 → F2021 the mapping of {@code spec/README.md} §5, kept as three tables in
 * {@code FormatPairs} (section 二 pairs, rows split into sub-rows, sections whose codes keep
 * their meaning). Anything not named there is {@code not_comparable}: never compared as if equal.</li>
 * <li>{@link org.ogirollup.comparison.CrossYearRules#check} raises X1, X2, X3 of
 * {@code spec/rules.md} §4 and the jump warning J1 as warnings; the jump threshold (5×, 0.2×,
 * both years at least 20) and the key counts are set in
 * {@link org.ogirollup.comparison.JumpThreshold#DEFAULT}.</li>
 * </ul>
 *
 * <p>Plain Java: no Spring here; values are {@code BigDecimal[]} in a catalog's order, {@code null}
 * for an absent cell.
 */
package org.ogirollup.comparison;
