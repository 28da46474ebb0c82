package org.ogirollup.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.UnaryOperator;

/**
 * Rewrites a long table whose rows come in blocks of one key in key order (a node's totals, a
 * file's findings, a unit's changes), replacing the blocks of some keys and copying every other
 * record byte for byte: after one county's correction the national totals change in a handful of
 * blocks, and copying the rest costs a fraction of writing them anew. A key whose new block is
 * empty loses its block; a new key's block goes where a full write would put it.
 */
final class TableBlocks {

	private TableBlocks() {
	}

	/**
	 * Splices new blocks into a table.
	 * @param target the table, as a full write of the same application wrote it
	 * @param header the header record as a full write renders it, with its line end
	 * @param blocks the new records of every replaced key, in key order, each record with its line
	 * end; an empty text removes the key's block
	 * @param keyOf the key of a record from its first field, unquoted
	 * @return {@code false}, and nothing written, when the table is missing, has another header or is
	 * not in key order: then only a whole write makes it right
	 */
	static boolean splice(Path target, String header, NavigableMap<String, String> blocks, UnaryOperator<String> keyOf)
			throws IOException {
		if (!Files.isRegularFile(target)) {
			return false;
		}
		if (blocks.isEmpty()) {
			// nothing changed: the table as written is the table a whole write would give
			return true;
		}
		Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
		try (InputStream in = Files.newInputStream(target)) {
			Records records = new Records(in);
			if (!records.next() || !records.text().equals(header)) {
				return false;
			}
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
				records.writeTo(out);
				Iterator<Map.Entry<String, String>> pending = blocks.entrySet().iterator();
				Map.Entry<String, String> next = pending.hasNext() ? pending.next() : null;
				String previous = "";
				while (records.next()) {
					String key = keyOf.apply(records.firstField());
					if (key.compareTo(previous) < 0) {
						// not the order a whole write gives: blocks cannot be placed in it
						out.close();
						Files.delete(temporary);
						return false;
					}
					previous = key;
					while (next != null && next.getKey().compareTo(key) <= 0) {
						out.write(next.getValue().getBytes(StandardCharsets.UTF_8));
						next = pending.hasNext() ? pending.next() : null;
					}
					if (!blocks.containsKey(key)) {
						records.writeTo(out);
					}
				}
				while (next != null) {
					out.write(next.getValue().getBytes(StandardCharsets.UTF_8));
					next = pending.hasNext() ? pending.next() : null;
				}
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(temporary);
			throw ex;
		}
	}

	/** The first field of a record, unquoted. */
	static String firstField(String record) {
		if (record.isEmpty() || record.charAt(0) != '"') {
			int end = 0;
			while (end < record.length() && record.charAt(end) != ',' && record.charAt(end) != '\n'
					&& record.charAt(end) != '\r') {
				end++;
			}
			return record.substring(0, end);
		}
		StringBuilder field = new StringBuilder();
		for (int i = 1; i < record.length(); i++) {
			char c = record.charAt(i);
			if (c == '"') {
				if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else {
					break;
				}
			}
			else {
				field.append(c);
			}
		}
		return field.toString();
	}

	/**
	 * The records of a CSV file, each with its line end; a quoted field may span lines. Read as
	 * bytes and copied as bytes: a national totals.csv is 90 MB, and decoding every record only to
	 * encode it again was most of a splice. A quote and a line end are single bytes in UTF-8,
	 * never part of another character.
	 */
	private static final class Records {

		private final InputStream in;

		private final byte[] buffer = new byte[1 << 16];

		private int position;

		private int limit;

		private byte[] record = new byte[1024];

		private int length;

		Records(InputStream in) {
			this.in = in;
		}

		/** Reads the next record; false at the end of the file. */
		boolean next() throws IOException {
			this.length = 0;
			boolean quoted = false;
			while (true) {
				if (this.position == this.limit) {
					this.limit = Math.max(0, this.in.read(this.buffer));
					this.position = 0;
					if (this.limit == 0) {
						return this.length > 0;
					}
				}
				int start = this.position;
				while (this.position < this.limit) {
					byte b = this.buffer[this.position++];
					if (b == '"') {
						quoted = !quoted;
					}
					else if (b == '\n' && !quoted) {
						append(start);
						return true;
					}
				}
				append(start);
			}
		}

		private void append(int start) {
			int count = this.position - start;
			if (this.length + count > this.record.length) {
				this.record = Arrays.copyOf(this.record, Math.max(this.record.length * 2, this.length + count));
			}
			System.arraycopy(this.buffer, start, this.record, this.length, count);
			this.length += count;
		}

		String text() {
			return new String(this.record, 0, this.length, StandardCharsets.UTF_8);
		}

		/** The record's first field, unquoted; only that much of a plain record is decoded. */
		String firstField() {
			if (this.length > 0 && this.record[0] == '"') {
				return TableBlocks.firstField(text());
			}
			int end = 0;
			while (end < this.length && this.record[end] != ',' && this.record[end] != '\n' && this.record[end] != '\r') {
				end++;
			}
			return new String(this.record, 0, end, StandardCharsets.UTF_8);
		}

		void writeTo(OutputStream out) throws IOException {
			out.write(this.record, 0, this.length);
		}

	}

}
