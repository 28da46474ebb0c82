package org.ogirollup.submission.pdf;

import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Every reason a PDF cannot be read, each in the words a clerk gets: what is wrong with the file
 * and what to send instead. One place, so that the reasons read alike.
 */
final class Unreadable {

	private static final String SEND_INSTEAD = "请报送可复制文字的 PDF、网页或 Word 文件";

	private Unreadable() {
	}

	static UnreadableDocumentException notPdf() {
		return new UnreadableDocumentException("该文件不是 PDF（开头没有 %PDF 标记）；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException empty() {
		return new UnreadableDocumentException("该 PDF 是空文件；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException tooLarge(long megabytes) {
		return new UnreadableDocumentException("该 PDF 超过 " + megabytes + " MB，不像一份年度报告；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException truncated() {
		return new UnreadableDocumentException(
				"该 PDF 不完整（文件在结尾之前被截断，缺少结束标记 %%EOF），可能下载或上传时中断；请重新导出或上传完整的文件");
	}

	static UnreadableDocumentException encrypted(Throwable cause) {
		return new UnreadableDocumentException("该 PDF 已加密，需要密码才能打开；请报送未加密的 PDF、网页或 Word 文件", cause);
	}

	static UnreadableDocumentException broken(Throwable cause) {
		return new UnreadableDocumentException("该 PDF 已损坏，无法打开（" + detail(cause) + "）；请重新导出 PDF，或报送网页或 Word 文件",
				cause);
	}

	static UnreadableDocumentException brokenPage(int page, Throwable cause) {
		return new UnreadableDocumentException(
				"该 PDF 第 " + page + " 页已损坏，无法读取（" + detail(cause) + "）；请重新导出 PDF，或报送网页或 Word 文件", cause);
	}

	static UnreadableDocumentException noPages() {
		return new UnreadableDocumentException("该 PDF 没有任何页面；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException tooManyPages(int pages, int most) {
		return new UnreadableDocumentException(
				"该 PDF 有 " + pages + " 页，超过一份年度报告可能的 " + most + " 页；请只报送本单位的年度报告");
	}

	static UnreadableDocumentException tooMuchWork(Throwable cause) {
		return new UnreadableDocumentException("该 PDF 的内容过于复杂，在限定的时间内读不完（文件可能已损坏）；请重新导出 PDF，或报送网页或 Word 文件",
				cause);
	}

	static UnreadableDocumentException layoutFailed(Throwable cause) {
		return new UnreadableDocumentException(
				"该 PDF 的版面无法解读（读取程序出错：" + detail(cause) + "）；请报送网页或 Word 文件，并把这份 PDF 转给系统维护人员", cause);
	}

	static UnreadableDocumentException scanned() {
		return new UnreadableDocumentException("该 PDF 没有文字层（可能是扫描件），无法读取其中的表格；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException unmappedText() {
		return new UnreadableDocumentException("该 PDF 的文字无法识别（字体已损坏或没有字符编码，复制出的文字是乱码或空白），无法读取其中的表格；" + SEND_INSTEAD);
	}

	/** PDFBox's own words, for whoever looks into the file; cut short, it is not for the clerk. */
	private static String detail(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > 120) ? message.substring(0, 120) + "…" : message;
	}

}
