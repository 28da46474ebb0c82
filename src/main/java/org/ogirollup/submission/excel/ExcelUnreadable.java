package org.ogirollup.submission.excel;

import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Every reason a workbook cannot be read, in the words a clerk gets: what is wrong with the file
 * and what to send instead. One place, so that the reasons read alike.
 */
final class ExcelUnreadable {

	private static final String SEND_INSTEAD = "请用 Excel 或 WPS 重新保存为 .xlsx 后报送";

	private ExcelUnreadable() {
	}

	static UnreadableDocumentException empty() {
		return new UnreadableDocumentException("该 Excel 文件是空文件；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException notExcel() {
		return new UnreadableDocumentException("该文件不是 Excel 工作簿（.xlsx 或 .xls），可能是改了扩展名的其他文件；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException encrypted(Throwable cause) {
		return new UnreadableDocumentException("该 Excel 文件已加密，需要密码才能打开；请取消密码后重新报送", cause);
	}

	static UnreadableDocumentException tooOld(Throwable cause) {
		return new UnreadableDocumentException("该 Excel 文件是 Excel 95 或更早的格式，无法读取；" + SEND_INSTEAD, cause);
	}

	static UnreadableDocumentException broken(Throwable cause) {
		return new UnreadableDocumentException("该 Excel 文件已损坏或不完整，无法打开（" + detail(cause) + "）；" + SEND_INSTEAD, cause);
	}

	static UnreadableDocumentException tooLarge(String sheet, int most) {
		return new UnreadableDocumentException(
				"工作表“" + sheet + "”超过 " + most + " 行，不像一份年度报告的统计表；请只报送本单位年度报告的统计表");
	}

	static UnreadableDocumentException tooWide(String sheet, int most) {
		return new UnreadableDocumentException(
				"工作表“" + sheet + "”在第 " + most + " 列之后还有内容，不像一份年度报告的统计表；请只报送本单位年度报告的统计表");
	}

	static UnreadableDocumentException noContent() {
		return new UnreadableDocumentException("该 Excel 文件的各工作表中没有任何内容；" + SEND_INSTEAD);
	}

	/** POI's own words, for whoever looks into the file; cut short, it is not for the clerk. */
	private static String detail(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > 120) ? message.substring(0, 120) + "…" : message;
	}

}
