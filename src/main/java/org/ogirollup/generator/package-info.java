/**
 * A deterministic generator of a registry and canonical CSV submissions, for demo data, tests
 * and benchmarks; plain Java, no Spring.
 *
 * <p>{@link org.ogirollup.generator.Generator#generate(java.nio.file.Path)} writes:
 * <ul>
 * <li>{@code units.csv}: {@code code,name,level,parent_code}, each government followed by its
 * departments ({@code <gov code>-D01} ...), UTF-8, LF;</li>
 * <li>{@code <year>/<unit>.csv}: one own submission per unit, header
 * {@code unit_code,report_year,item,value}, one row per catalog item in catalog order. About 5% of
 * files are GB18030 + CRLF and 5% UTF-8 with BOM + CRLF, both with an extra {@code label} column;
 * about 10% of governments send their departments in one {@code <gov>-departments.csv};</li>
 * <li>{@code <year>/<code>.consolidated.csv} with {@code consolidated=true}: the sum of the own
 * submissions of a city's or province's region, with a {@code scope} column;</li>
 * <li>with defects, {@code <year>/<unit>-copy.csv} (duplicates), a file for each unknown unit, and
 * {@code defects.csv}: {@code report_year,unit_code,file,kind,item,detail};</li>
 * <li>with documents, {@code <year>/<unit>.html}, {@code .docx}, {@code .xlsx} or {@code .pdf}
 * instead of the CSV of as many units a year per kind: the same figures as a published report
 * ({@code generator.report}), chosen by {@code DocumentPlan} among units with a file of their own
 * and no planted defect.</li>
 * </ul>
 *
 * <p>Clean submissions satisfy R1, R2, R3, R5, R6 and the cross-year rules X1, X2, X3 by
 * construction; every number depends only on (seed, unit code, year).
 */
package org.ogirollup.generator;
