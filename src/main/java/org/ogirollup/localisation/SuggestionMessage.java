package org.ogirollup.localisation;

import java.util.ArrayList;
import java.util.List;

/**
 * The suggestion in the report's words, for the message column of {@code validation.csv}: which
 * cell is probably wrong and what it should hold, or the equally small fixes among which the
 * rules cannot choose, or that no small fix exists.
 */
final class SuggestionMessage {

	/** Fixes named in one message at most; the finding says how many there are. */
	static final int NAMED = 5;

	private static final String[] CIRCLED = { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩" };

	private SuggestionMessage() {
	}

	static String of(Suggestion suggestion) {
		String rules = rules(suggestion.brokenRules());
		if (!suggestion.found()) {
			return suggestion.complete()
					? "改动 " + suggestion.size() + " 格以内无法使 " + rules + "：错误可能不止几处，请逐项核对"
					: "在限定的搜索范围内未找到少量改法使 " + rules + "：请逐项核对";
		}
		Fix best = suggestion.best().orElseThrow();
		if (suggestion.unique() && suggestion.oneCell()) {
			return oneCell(best.changes().get(0), rules, suggestion.brokenInstances());
		}
		if (suggestion.unique()) {
			List<String> cells = new ArrayList<>();
			for (CellChange change : best.changes()) {
				cells.add(CIRCLED[cells.size()] + CellNames.of(change.item()) + "：填报 " + reported(change) + "，改为 "
						+ change.suggested().toPlainString());
			}
			return "最少须改 " + suggestion.size() + " 格，且只有这一种改法：" + String.join("；", cells) + "；改后 "
					+ rules + doubt(suggestion);
		}
		List<String> listed = new ArrayList<>();
		for (int i = 0; i < Math.min(NAMED, suggestion.fixes().size()); i++) {
			Fix fix = suggestion.fixes().get(i);
			String slip = (fix.slip() == DigitSlip.NONE) ? "" : "（" + fix.slip().words() + "）";
			listed.add(CIRCLED[i] + changes(fix) + slip);
		}
		String which = (suggestion.size() == 1) ? "哪一格" : "哪几格";
		String how = suggestion.preferredAsSlip() ? "，最可能是①（" + best.slip().words() + "）"
				: "，无法确定是" + which;
		String more = (suggestion.count() > listed.size()) ? "；另有 " + (suggestion.count() - listed.size()) + " 种未列出"
				: "";
		String count = suggestion.complete() ? String.valueOf(suggestion.count()) : "至少 " + suggestion.count();
		return "以下 " + count + " 种改法同样最少（各改 " + suggestion.size() + " 格即可使 " + rules + "）" + how + "："
				+ String.join("；", listed) + more + doubt(suggestion);
	}

	private static String oneCell(CellChange change, String rules, int brokenInstances) {
		String name = CellNames.of(change.item());
		String suggested = change.suggested().toPlainString();
		String explains = (brokenInstances > 1) ? "，这一格即可解释全部 " + brokenInstances + " 处不平衡" : "";
		if (change.slip() != DigitSlip.NONE && change.given()) {
			return name + "很可能把 " + suggested + " 误填为 " + change.reported().toPlainString() + "（"
					+ change.slip().words() + "）：改为 " + suggested + " 则 " + rules + explains;
		}
		return name + "很可能有误：填报 " + reported(change) + "；改为 " + suggested + " 则 " + rules + explains;
	}

	private static String changes(Fix fix) {
		List<String> parts = new ArrayList<>();
		for (CellChange change : fix.changes()) {
			parts.add(CellNames.of(change.item()) + " 由 " + reported(change) + " 改为 " + change.suggested().toPlainString());
		}
		return String.join("，", parts);
	}

	private static String reported(CellChange change) {
		return change.given() ? change.reported().toPlainString() : "空白";
	}

	/** A fix of three or four cells is a weak explanation: the errors may lie elsewhere. */
	private static String doubt(Suggestion suggestion) {
		return (suggestion.size() >= 3) ? "（改动较多，可能另有原因，仅供核对参考）" : "";
	}

	/** {@code R2 成立} or {@code R2、R3 均成立}. */
	private static String rules(List<String> ids) {
		return String.join("、", ids) + ((ids.size() > 1) ? " 均成立" : " 成立");
	}

}
