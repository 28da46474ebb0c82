/**
 * Error localisation (issue 16): for a submission that breaks linear rules of its format, the
 * smallest sets of cells whose change makes every such rule hold, and the values that do it, in
 * the manner of Fellegi and Holt (1976), computed from the rules file alone.
 *
 * <p><b>What a fix must keep.</b> Every instance of every linear rule of severity error in
 * {@code rules/rules-<format>.yml} (today R1, R2, R3 and R5), broken or not, with every unchanged
 * cell at its reported value; and the value type the value-type rules demand of each changed cell
 * (R6: counts are integers ≥ 0). A cell marked not applicable is never changed.
 *
 * <p><b>How it is found.</b> {@link org.ogirollup.localisation.FixSearch} tries sets of one cell,
 * then two, up to {@link org.ogirollup.localisation.Localiser#MAX_CELLS}, and stops at the first size
 * that has a fix; it collects every fix of that size. For each set,
 * {@link org.ogirollup.localisation.FixSolver} solves the equations that contain its cells by exact
 * Gauss–Jordan elimination in whole numbers; a fix is a set whose values the equations pin down
 * and that keep the value types. From a set that is no fix the solver names the cells of which any
 * larger fix must add one, so the search grows sets instead of listing them.
 *
 * <p><b>How fixes are ranked.</b> A typing slip first ({@link org.ogirollup.localisation.DigitSlip}:
 * a transposition, then one wrong digit), then the lower cost
 * ({@link org.ogirollup.localisation.CellWeights}: a total is trusted less than a part, and a cell
 * in more broken instances is likelier wrong). The ranking orders equally small fixes; a
 * {@link org.ogirollup.localisation.Suggestion} is unique only when it has no equally small rival.
 *
 * <p><b>Where it goes.</b> {@link org.ogirollup.localisation.SuggestionFindings} turns a suggestion
 * into one warning of {@code validation.csv} ({@code suggested-fix}, or {@code no-small-fix});
 * the workbooks of issue 16 read the {@code Suggestion} itself from
 * {@link org.ogirollup.localisation.Localiser#localise}. Plain Java: no Spring here.
 */
package org.ogirollup.localisation;
