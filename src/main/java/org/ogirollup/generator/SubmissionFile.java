package org.ogirollup.generator;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One canonical CSV file being written: the header, then the rows of one or more submissions,
 * streamed to disk as they come.
 */
final class SubmissionFile implements Closeable {

	private final Path path;

	private final FileVariant variant;

	private final boolean withScope;

	private final Writer out;

	SubmissionFile(Path path, FileVariant variant, boolean withScope) throws IOException {
		this.path = path;
		this.variant = variant;
		this.withScope = withScope;
		OutputStream stream = Files.newOutputStream(path);
		if (variant.bom()) {
			stream.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		this.out = new BufferedWriter(new OutputStreamWriter(stream, variant.charset()), 1 << 14);
		StringBuilder header = new StringBuilder("unit_code,report_year,item,value");
		if (withScope) {
			header.append(",scope");
		}
		if (variant.labels()) {
			header.append(",label");
		}
		this.out.write(header.append(variant.lineEnd()).toString());
	}

	Path path() {
		return this.path;
	}

	void write(List<Row> rows) throws IOException {
		StringBuilder line = new StringBuilder(128);
		for (Row row : rows) {
			line.setLength(0);
			line.append(Csv.cell(row.unitCode())).append(',').append(Csv.cell(row.reportYear())).append(',')
				.append(Csv.cell(row.item())).append(',').append(Csv.cell(row.value()));
			if (this.withScope) {
				line.append(',').append(Csv.cell(row.scope()));
			}
			if (this.variant.labels()) {
				line.append(',').append(Csv.cell(row.label()));
			}
			this.out.write(line.append(this.variant.lineEnd()).toString());
		}
	}

	@Override
	public void close() throws IOException {
		this.out.close();
	}

}
