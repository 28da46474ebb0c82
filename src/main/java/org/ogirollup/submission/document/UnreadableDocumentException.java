package org.ogirollup.submission.document;

/**
 * A document a reader cannot turn into rows: broken, encrypted, or without text (a scanned PDF).
 * The message is written for a clerk, in Chinese, and says what to send instead.
 */
public class UnreadableDocumentException extends Exception {

	public UnreadableDocumentException(String message) {
		super(message);
	}

	public UnreadableDocumentException(String message, Throwable cause) {
		super(message, cause);
	}

}
