package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;

/**
 * The words of the tables that are not row labels: column headers, the captions of table 二,
 * group labels of table 三, section headings. Page text without separators glues them in front of
 * a row's label ({@code …现行有效件数规章}); taking them away from the front leaves the label.
 * They come from the catalogs, so the wording lives in one place.
 */
final class HeaderWords {

	/** A section heading as pages print it, typos included: 四、政府信息公开行政法复议、行政诉讼情况. */
	private static final Pattern HEADING = Pattern.compile("^[二三四五六][、.][\\p{IsHan}、,()“”\"]{2,40}?情况");

	private static final HeaderWords INSTANCE = new HeaderWords();

	/** Longest first, so that 法人或其他组织 goes before 其他. */
	private final List<String> words;

	private HeaderWords() {
		Set<String> words = new LinkedHashSet<>();
		words.add(Folding.compact("信息内容"));
		words.add(Folding.compact("申请人情况"));
		for (ReportFormat format : ReportFormat.values()) {
			for (Item item : Catalog.of(format).printedItems()) {
				for (String part : item.columnLabel().split(" / ")) {
					words.add(Folding.compact(part));
				}
				String[] row = item.rowLabel().split(" / ");
				for (int i = 0; i < row.length - 1; i++) {
					words.add(Folding.compact(row[i]));
				}
			}
		}
		List<String> sorted = new ArrayList<>(words);
		sorted.sort(Comparator.comparingInt(String::length).reversed());
		this.words = List.copyOf(sorted);
	}

	static HeaderWords get() {
		return INSTANCE;
	}

	/**
	 * A compact label without the header words and headings in front of it; unchanged when
	 * nothing would be left, for a label that is itself such a word (（六）其他处理 of 2019).
	 */
	String stripLeading(String compact) {
		String rest = compact;
		boolean stripped = true;
		while (stripped && !rest.isEmpty()) {
			stripped = false;
			Matcher heading = HEADING.matcher(rest);
			if (heading.find() && heading.end() < rest.length()) {
				rest = rest.substring(heading.end());
				stripped = true;
				continue;
			}
			if (rest.startsWith("(") && rest.indexOf(')') > 0 && rest.contains("勾稽关系")) {
				rest = rest.substring(rest.indexOf(')') + 1);
				stripped = !rest.isEmpty();
				continue;
			}
			for (String word : this.words) {
				if (rest.startsWith(word) && rest.length() > word.length()) {
					rest = rest.substring(word.length());
					stripped = true;
					break;
				}
			}
		}
		return rest.isEmpty() ? compact : rest;
	}

	/** Whether a compact label holds any of the given words. */
	static boolean containsAny(String compact, List<String> words) {
		return words.stream().anyMatch((word) -> compact.contains(Folding.compact(word)));
	}

}
