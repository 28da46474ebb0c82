package org.ogirollup.submission.word;

import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Every reason a Word document cannot be read, in the words a clerk gets: what is wrong with the
 * file and what to send instead. One place, so that the reasons read alike.
 */
final class WordUnreadable {

	private static final String SEND_INSTEAD = "请用 Word 重新保存为 .docx 后报送，或报送网页、PDF 文件";

	private WordUnreadable() {
	}

	static UnreadableDocumentException empty() {
		return new UnreadableDocumentException("该 Word 文件是空文件；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException notWord() {
		return new UnreadableDocumentException("该文件不是 Word 文档（.docx 或 .doc），可能是改了扩展名的其他文件；" + SEND_INSTEAD);
	}

	static UnreadableDocumentException encrypted(Throwable cause) {
		return new UnreadableDocumentException("该 Word 文件已加密，需要密码才能打开；请取消密码后重新报送", cause);
	}

	static UnreadableDocumentException tooOld(Throwable cause) {
		return new UnreadableDocumentException("该 Word 文件是 Word 95 或更早的格式，无法读取；" + SEND_INSTEAD, cause);
	}

	static UnreadableDocumentException broken(Throwable cause) {
		return new UnreadableDocumentException("该 Word 文件已损坏或不完整，无法打开（" + detail(cause) + "）；" + SEND_INSTEAD, cause);
	}

	static UnreadableDocumentException noContent() {
		return new UnreadableDocumentException("该 Word 文件中没有任何文字或表格；" + SEND_INSTEAD);
	}

	/** POI's own words, for whoever looks into the file; cut short, it is not for the clerk. */
	private static String detail(Throwable cause) {
		String message = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		message = message.replaceAll("\\s+", " ").strip();
		return (message.length() > 120) ? message.substring(0, 120) + "…" : message;
	}

}
