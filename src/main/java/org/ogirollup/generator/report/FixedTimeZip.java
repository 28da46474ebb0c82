package org.ogirollup.generator.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP package of a {@code .docx} or {@code .xlsx} again with every entry dated alike: POI
 * stamps each entry with the moment it writes it, and the generator must give the same bytes on
 * every run.
 */
final class FixedTimeZip {

	private FixedTimeZip() {
	}

	/** The package with its entries, in their order, dated 20 January of the year after the report's. */
	static byte[] of(byte[] zip, int reportYear) throws IOException {
		long time = LocalDate.of(reportYear + 1, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(time);
				out.putNextEntry(copy);
				in.transferTo(out);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
