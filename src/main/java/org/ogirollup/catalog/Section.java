package org.ogirollup.catalog;

/**
 * The three statistical tables of a report, as the catalogs' {@code section} column and the
 * reports themselves number them.
 */
public enum Section {

	/** 二、主动公开政府信息情况. */
	ACTIVE("二", "主动公开政府信息情况"),

	/** 三、收到和处理政府信息公开申请情况. */
	APPLICATIONS("三", "收到和处理政府信息公开申请情况"),

	/** 四、政府信息公开行政复议、行政诉讼情况. */
	REVIEWS("四", "政府信息公开行政复议、行政诉讼情况");

	private final String number;

	private final String title;

	Section(String number, String title) {
		this.number = number;
		this.title = title;
	}

	/** The number the table has in the report and the catalog: 二, 三 or 四. */
	public String number() {
		return this.number;
	}

	/** The heading of the table, with its number: 二、主动公开政府信息情况. */
	public String heading() {
		return this.number + "、" + this.title;
	}

	/** How a message names the table: 表三. */
	public String shortName() {
		return "表" + this.number;
	}

	/** The section an item belongs to. */
	public static Section of(Item item) {
		for (Section section : values()) {
			if (section.number.equals(item.section())) {
				return section;
			}
		}
		throw new IllegalArgumentException("no section " + item.section() + " for " + item.code());
	}

}
