package org.ogirollup.generator.report;

import java.io.IOException;

/** Lays a report out as one kind of document. Stateless. */
public interface ReportWriter {

	/** The file name's ending for this kind, such as {@code .docx}. */
	String extension();

	/** The document's bytes: the same page always gives the same bytes. */
	byte[] write(ReportPage page) throws IOException;

}
