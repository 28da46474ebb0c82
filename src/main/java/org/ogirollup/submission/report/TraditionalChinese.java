package org.ogirollup.submission.report;

import java.util.Map;

/**
 * Turns the traditional characters that occur in the official labels into their simplified
 * forms, so that reports copied from traditional-script mirrors match the catalog.
 *
 * <p>A hand-kept table rather than a conversion library: only the characters of the labels and
 * section headings matter, and a full converter would be a dependency for a few dozen entries.
 */
final class TraditionalChinese {

	/** Pairs of traditional and simplified characters, one pair per two characters. */
	private static final String PAIRS = "萬万業业舉举於于會会關关內内決决況况減减辦办務务動动區区單单發发後后國国處处"
			+ "復复複复審审對对屬属廢废開开強强當当總总執执護护報报數数無无機机權权條条構构沒没現现確确"
			+ "穩稳類类糾纠納纳組组織织經经結结繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议許许訟讼"
			+ "訪访訴诉詢询請请購购費费轉转過过這这採采項项額额製制據据適适個个頁页號号決决與与為为產产倉仓"
			+ "際际義义書书將将進进時时間间門门問问導导態态戶户響响歸归檢检驗验擔担證证禮礼嚴严";

	/** Whole words whose simplified form is a different word, as OpenCC mirrors write them. */
	private static final Map<String, String> WORDS = Map.of("檔案", "文件");

	private static final Map<Character, Character> CHARACTERS = characters();

	private TraditionalChinese() {
	}

	private static Map<Character, Character> characters() {
		java.util.HashMap<Character, Character> map = new java.util.HashMap<>();
		for (int i = 0; i + 1 < PAIRS.length(); i += 2) {
			map.put(PAIRS.charAt(i), PAIRS.charAt(i + 1));
		}
		return Map.copyOf(map);
	}

	static String simplify(String text) {
		String words = text;
		for (Map.Entry<String, String> word : WORDS.entrySet()) {
			words = words.replace(word.getKey(), word.getValue());
		}
		StringBuilder out = new StringBuilder(words.length());
		for (int i = 0; i < words.length(); i++) {
			char c = words.charAt(i);
			out.append(CHARACTERS.getOrDefault(c, c));
		}
		return out.toString();
	}

}
