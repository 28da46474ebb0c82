package org.ogirollup.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
		try (Reader reader = new BufferedReader(Files.newBufferedReader(target, StandardCharsets.UTF_8), 1 << 16)) {
			Records records = new Records(reader);
			String oldHeader = records.next();
			if (oldHeader == null || !oldHeader.equals(header)) {
				return false;
			}
			try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
				writer.write(oldHeader);
				Iterator<Map.Entry<String, String>> pending = blocks.entrySet().iterator();
				Map.Entry<String, String> next = pending.hasNext() ? pending.next() : null;
				String previous = "";
				for (String record = records.next(); record != null; record = records.next()) {
					String key = keyOf.apply(firstField(record));
					if (key.compareTo(previous) < 0) {
						// not the order a whole write gives: blocks cannot be placed in it
						writer.close();
						Files.delete(temporary);
						return false;
					}
					previous = key;
					while (next != null && next.getKey().compareTo(key) <= 0) {
						writer.write(next.getValue());
						next = pending.hasNext() ? pending.next() : null;
					}
					if (!blocks.containsKey(key)) {
						writer.write(record);
					}
				}
				while (next != null) {
					writer.write(next.getValue());
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

	/** The records of a CSV text, each with its line end; a quoted field may span lines. */
	private static final class Records {

		private final Reader reader;

		private final StringBuilder record = new StringBuilder(256);

		Records(Reader reader) {
			this.reader = reader;
		}

		String next() throws IOException {
			this.record.setLength(0);
			boolean quoted = false;
			int c;
			while ((c = this.reader.read()) >= 0) {
				this.record.append((char) c);
				if (c == '"') {
					quoted = !quoted;
				}
				else if (c == '\n' && !quoted) {
					return this.record.toString();
				}
			}
			return (this.record.length() > 0) ? this.record.toString() : null;
		}

	}

}
