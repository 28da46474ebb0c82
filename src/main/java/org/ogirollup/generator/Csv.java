package org.ogirollup.generator;

/** Quoting of CSV cells, for the few texts (names, labels, details) that may need it. */
final class Csv {

	private Csv() {
	}

	static String cell(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	static String line(String... cells) {
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				line.append(',');
			}
			line.append(cell(cells[i]));
		}
		return line.append('\n').toString();
	}

}
