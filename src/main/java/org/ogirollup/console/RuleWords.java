package org.ogirollup.console;

import java.util.HashMap;
import java.util.Map;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.rules.Rule;
import org.ogirollup.rules.RuleSet;

/**
 * What each rule id of the findings means, in the words of the rules files (their titles) and,
 * for the project's own checks, in the same plain words as their messages.
 */
final class RuleWords {

	private static final Map<String, String> WORDS = words();

	private RuleWords() {
	}

	static String of(String ruleId) {
		return WORDS.getOrDefault(ruleId, ruleId);
	}

	private static Map<String, String> words() {
		Map<String, String> words = new HashMap<>();
		words.put(RuleIds.CSV_HEADER, "CSV 表头不对");
		words.put(RuleIds.CSV_ROW, "有一行无法读取");
		words.put(RuleIds.UNREADABLE_FILE, "文件无法读取");
		words.put(RuleIds.UNKNOWN_FILE, "不支持的文件");
		words.put(RuleIds.NOT_A_REPORT, "不是年度报告");
		words.put(RuleIds.UNKNOWN_UNIT, "单位不在名录中");
		words.put(RuleIds.UNKNOWN_ITEM, "未知的项目");
		words.put(RuleIds.MISSING_ITEM, "缺少项目");
		words.put(RuleIds.DUPLICATE_ITEM, "项目重复");
		words.put(RuleIds.NOT_A_NUMBER, "不是数字");
		words.put(RuleIds.BLANK_VALUE, "空白，按 0 计");
		words.put(RuleIds.NOT_APPLICABLE, "不适用（-）");
		words.put(RuleIds.YEAR_MISMATCH, "年度与文件夹不符");
		words.put(RuleIds.UNKNOWN_SCOPE, "范围不明");
		words.put(RuleIds.NO_FORMAT, "没有适用的格式");
		words.put(RuleIds.DUPLICATE_SUBMISSION, "重复报送");
		words.put(RuleIds.FIELD_TOO_LONG, "内容过长");
		words.put(RuleIds.IMPLAUSIBLE_VALUE, "数值不合常理");
		words.put(RuleIds.EMPTY_FILE, "文件中没有数据");
		words.put(RuleIds.FILE_TOO_LARGE, "文件过大");
		words.put(RuleIds.LINK_OUTSIDE_INPUT, "链接指向输入文件夹之外");
		words.put(RuleIds.NOT_A_YEAR_FOLDER, "不是年度文件夹");
		words.put(RuleIds.NOT_STORED, "无法保存");
		words.put(RuleIds.FORMAT_DIFFERS, "格式与年度不符");
		words.put(RuleIds.OTHER_YEAR, "文件属于其他年度");
		words.put(RuleIds.EXTRA_ROW, "多出的行");
		words.put(RuleIds.AMBIGUOUS_CELLS, "数字连在一起，无法拆分");
		words.put(RuleIds.CELL_COUNT, "单元格个数不符");
		words.put(RuleIds.CARRY_OVER, "上年结转与本年不符");
		words.put(RuleIds.ITEMS_CARRIED, "事项数量与上年不衔接");
		words.put(RuleIds.IN_FORCE_CARRIED, "现行有效件数与上年不衔接");
		words.put(RuleIds.JUMP, "与上年相比变化过大");
		words.put(RuleIds.SUGGESTED_FIX, "建议更正");
		words.put(RuleIds.NO_SMALL_FIX, "错处较多，无法推断");
		for (ReportFormat format : ReportFormat.values()) {
			for (Rule rule : RuleSet.of(format).rules()) {
				words.putIfAbsent(rule.id(), rule.title());
			}
		}
		return Map.copyOf(words);
	}

}
