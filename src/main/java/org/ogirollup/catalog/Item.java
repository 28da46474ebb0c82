package org.ogirollup.catalog;

/**
 * One cell of a format's tables: its code, where it stands in the official layout and what it
 * holds.
 *
 * @param index position in the catalog, used to keep a submission's values in an array
 * @param code the code submissions and outputs use
 * @param section the table it belongs to: 二, 三 or 四
 * @param rowLabel the official row label path, such as {@code 三、本年度办理结果 / （一）予以公开}
 * @param columnLabel the official column label path, such as {@code 申请人情况 / 自然人}
 * @param unit the unit of the value (件, 项, 个, 元, 万元)
 * @param kind the kind of number
 */
public record Item(int index, ItemCode code, String section, String rowLabel, String columnLabel, String unit,
		ItemKind kind) {

	/** Whether the official table prints this cell; a derived sum it does not. */
	public boolean isPrinted() {
		return this.kind != ItemKind.DERIVED;
	}

	/** The label a clerk recognises: the row's last part and the column's last part. */
	public String label() {
		return lastPart(this.rowLabel) + "（" + lastPart(this.columnLabel) + "）";
	}

	private static String lastPart(String path) {
		int slash = path.lastIndexOf(" / ");
		return (slash < 0) ? path : path.substring(slash + 3);
	}

	@Override
	public String toString() {
		return this.code.value();
	}

}
