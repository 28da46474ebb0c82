package org.ogirollup.submission.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.document.TableRows;
import org.ogirollup.text.TextDecoding;

/**
 * Reads a report published as a web page ({@code .html}, {@code .htm}, saved from a browser or
 * an archive) with jsoup: text outside the tables line by line, and the real cells of every
 * table. Each cell's words are joined across {@code <p>} and {@code <br>}; a label that spans
 * rows ({@code rowspan}) is repeated on each row it spans; a row's values are its cells in
 * order, whatever their {@code colspan}, since pages widen cells at will (every 商业企业 cell with
 * {@code colspan=2} in one of them). The page's charset is the one it declares; GBK pages
 * without a declaration are recognised by their bytes.
 */
public final class HtmlDocumentReader implements DocumentReader {

	/** Blocks of text outside tables that make a line each. */
	private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "div", "td",
			"th", "title", "caption", "span", "font", "strong", "b");

	private static final Pattern DECLARED_CHARSET = Pattern
		.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)");

	/** Cells that span more rows than any report table has are layout, not labels to repeat. */
	private static final int MOST_ROWS_SPANNED = 100;

	@Override
	public ReportDocument read(byte[] bytes) {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(bytes), charsetOf(bytes), "",
					Parser.htmlParser().setTrackPosition(true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading bytes in memory", ex);
		}
		List<Row> rows = new ArrayList<>();
		int[] tables = { 0 };
		walk(page.body(), rows, tables);
		return new ReportDocument(rows);
	}

	/**
	 * The charset to decode with: the one the page declares, else GB18030 when the bytes are not
	 * UTF-8 (pages saved on a Chinese Windows), else UTF-8; {@code null} lets jsoup honour a byte
	 * order mark.
	 */
	private static String charsetOf(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.ISO_8859_1);
		Matcher declared = DECLARED_CHARSET.matcher(head);
		if (declared.find() && Charset.isSupported(declared.group(1))) {
			String name = Charset.forName(declared.group(1)).name();
			// GB2312 and GBK pages use characters beyond their declared set more often than not
			return (name.equals("GB2312") || name.equals("GBK")) ? TextDecoding.GB18030.name() : name;
		}
		return TextDecoding.decode(bytes).charset().name();
	}

	/** Text blocks and tables of an element, in document order. */
	private static void walk(Element element, List<Row> rows, int[] tables) {
		for (Element child : element.children()) {
			if (child.normalName().equals("table")) {
				tables[0]++;
				readTable(child, tables[0], rows);
			}
			else if (child.normalName().equals("br")) {
				continue;
			}
			else if (hasBlockChildren(child)) {
				String own = child.ownText().strip();
				if (!own.isEmpty()) {
					rows.add(Row.text(own, place(child, "")));
				}
				walk(child, rows, tables);
			}
			else if (TEXT_BLOCKS.contains(child.normalName()) || !child.text().isBlank()) {
				String text = child.text().strip();
				if (!text.isEmpty()) {
					rows.add(Row.text(text, place(child, "")));
				}
			}
		}
	}

	private static boolean hasBlockChildren(Element element) {
		for (Element child : element.children()) {
			if (child.normalName().equals("table") || child.isBlock() && !child.normalName().equals("br")) {
				return true;
			}
		}
		return false;
	}

	/** A label cell spanning rows below it, at its grid column. */
	private record Spanning(String label, int column, int width, int lastRow) {
	}

	private static void readTable(Element table, int number, List<Row> rows) {
		List<Element> rowElements = new ArrayList<>();
		for (Element row : table.select("tr")) {
			if (row.closest("table") == table) {
				rowElements.add(row);
			}
		}
		List<Spanning> spanning = new ArrayList<>();
		for (int r = 0; r < rowElements.size(); r++) {
			int rowIndex = r;
			spanning.removeIf((span) -> span.lastRow() < rowIndex);
			Map<Integer, Spanning> taken = new HashMap<>();
			for (Spanning span : spanning) {
				for (int c = span.column(); c < span.column() + span.width(); c++) {
					taken.put(c, span);
				}
			}
			List<Cell> cells = new ArrayList<>();
			List<String> labelsFromAbove = new ArrayList<>();
			int column = 0;
			int firstOwnColumn = -1;
			List<Spanning> added = new ArrayList<>();
			int c = 0;
			for (Element cell : rowElements.get(r).children()) {
				if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
					continue;
				}
				while (taken.containsKey(column)) {
					column++;
				}
				if (firstOwnColumn < 0) {
					firstOwnColumn = column;
				}
				c++;
				String text = cellText(cell);
				int width = span(cell, "colspan", 1000);
				int height = span(cell, "rowspan", MOST_ROWS_SPANNED);
				cells.add(Cell.of(text, place(cell, "第 " + number + " 个表格第 " + (r + 1) + " 行第 " + c + " 格")));
				if (height > 1 && !TableRows.looksLikeValue(text)) {
					added.add(new Spanning(text.strip(), column, width, r + height - 1));
				}
				column += width;
			}
			for (Spanning span : spanning) {
				if (firstOwnColumn < 0 || span.column() < firstOwnColumn) {
					labelsFromAbove.add(span.label());
				}
			}
			spanning.addAll(added);
			spanning.sort((a, b) -> Integer.compare(a.column(), b.column()));
			Place rowPlace = place(rowElements.get(r), "第 " + number + " 个表格第 " + (r + 1) + " 行");
			if (!cells.isEmpty() || !labelsFromAbove.isEmpty()) {
				rows.add(TableRows.of(labelsFromAbove, cells, rowPlace));
			}
		}
	}

	/** A cell's words, its paragraphs and line breaks joined by a space. */
	private static String cellText(Element cell) {
		return cell.text();
	}

	private static int span(Element cell, String attribute, int most) {
		try {
			int span = Integer.parseInt(cell.attr(attribute).strip());
			return Math.max(1, Math.min(span, most));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static Place place(Element element, String description) {
		int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
		return Place.of(Math.max(line, 0), description);
	}

}
