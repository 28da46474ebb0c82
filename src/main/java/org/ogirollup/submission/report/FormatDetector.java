package org.ogirollup.submission.report;

import java.util.List;
import java.util.Optional;

import org.ogirollup.catalog.ReportFormat;

/**
 * Tells which format a report's tables follow from the words only one format uses, since the
 * report year does not decide it in practice.
 */
final class FormatDetector {

	/** Section 二 column and caption words of the 2019 trial format. */
	private static final List<String> F2019_WORDS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
			"第二十条第(九)项", "政府集中采购", "采购总金额");

	/** Section 二 words of the 2021 format and the sub-rows of its （六）其他处理. */
	private static final List<String> F2021_WORDS = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
			"逾期不补正", "缴纳费用");

	private FormatDetector() {
	}

	/** The format whose words the text has more of; empty when it has none of either. */
	static Optional<ReportFormat> detect(String compactText) {
		int f2019 = count(compactText, F2019_WORDS);
		int f2021 = count(compactText, F2021_WORDS);
		if (f2019 == f2021) {
			return Optional.empty();
		}
		return Optional.of((f2019 > f2021) ? ReportFormat.F2019 : ReportFormat.F2021);
	}

	private static int count(String text, List<String> words) {
		return (int) words.stream().filter(text::contains).count();
	}

}
