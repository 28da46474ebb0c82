package org.ogirollup.submission.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.ogirollup.submission.pdf.DrawnTable.Style;
import org.ogirollup.submission.pdf.SyntheticReports.ExpectedRow;

/**
 * Makes the synthetic PDFs of {@code src/test/resources/reports/pdf/} from the rows of {@link
 * SyntheticReports}, drawn as a word processor prints them. They are committed: the tests read
 * them and need no font. To make them again, on a machine with the WenQuanYi Micro Hei font
 * ({@code apt-get install -y fonts-wqy-microhei}):
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.ogirollup.submission.pdf.PdfFixtureMaker src/test/resources/reports/pdf
 * </pre>
 *
 * The font is embedded as a subset of the characters used, so each file stays a few ten KB.
 */
public final class PdfFixtureMaker {

	private static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

	private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

	private static final double LEFT = 56;

	private static final double[] TABLE3_WIDTHS = { 22, 58, 150, 36, 36, 36, 36, 36, 36, 36 };

	private static final double[] TABLE4_WIDTHS = repeat(31, 15);

	private static final List<String> TABLE4_LEAVES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

	private PdfFixtureMaker() {
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of((args.length > 0) ? args[0] : "src/test/resources/reports/pdf");
		Files.createDirectories(folder);
		byte[] blankHeavy = blankHeavy();
		write(folder, SyntheticReports.BLANK_HEAVY, blankHeavy);
		write(folder, SyntheticReports.PAGE_BREAK, pageBreak());
		write(folder, SyntheticReports.UNRULED, unruled());
		write(folder, SyntheticReports.UNRULED_TABLE3, unruledTable3());
		write(folder, SyntheticReports.ROTATED, rotated());
		write(folder, SyntheticReports.SCANNED, scanned());
		write(folder, SyntheticReports.ENCRYPTED, encrypted());
		// cut in the middle of the page's content: the end of the file, its cross-reference and %%EOF are gone
		write(folder, SyntheticReports.TRUNCATED, Arrays.copyOf(blankHeavy, blankHeavy.length * 3 / 5));
	}

	private static void write(Path folder, String resource, byte[] bytes) throws IOException {
		Path file = folder.resolve(resource.substring(SyntheticReports.FOLDER.length()));
		Files.write(file, bytes);
		System.out.println(file + ": " + bytes.length + " bytes");
	}

	/** Table 三 of 2021 on one page, most zeros blank; its two outer groups printed one character a line. */
	private static byte[] blankHeavy() throws IOException {
		return document((document, font) -> {
			PDPageContentStream out = page(document);
			line(out, font, 14, LEFT, 60, "三、收到和处理政府信息公开申请情况");
			DrawnTable table = table3(SyntheticReports.BLANK_HEAVY_ROWS, Set.of(SyntheticReports.RESULTS, "（三）不予公开"),
					font);
			table.draw(out, font, LEFT, 80, PAGE_HEIGHT);
			line(out, font, 12, LEFT, 80 + table.height() + 30, "四、政府信息公开行政复议、行政诉讼情况");
			out.close();
		});
	}

	/**
	 * Table 三 of 2019 over two pages with a running head and page numbers: the group 三、本年度办理结果
	 * printed on the second page only, (三)不予公开 on the first only, row 5 broken across the pages
	 * (its label above the break, its values below), the header rows repeated; then table 四 with
	 * its headers wrapped in narrow columns.
	 */
	private static byte[] pageBreak() throws IOException {
		List<ExpectedRow> rows = SyntheticReports.PAGE_BREAK_ROWS;
		int at = SyntheticReports.PAGE_BREAK_AT;
		ExpectedRow broken = rows.get(at);
		List<ExpectedRow> first = new ArrayList<>();
		for (ExpectedRow row : rows.subList(0, at)) {
			first.add(row.labels().size() > 1 ? withLabel(row, 0, "") : row);
		}
		first.add(new ExpectedRow(List.of("", broken.labels().get(1), broken.labels().get(2)), blanks(7)));
		List<ExpectedRow> second = new ArrayList<>();
		second.add(new ExpectedRow(List.of(broken.labels().get(0), "", ""), broken.values()));
		for (ExpectedRow row : rows.subList(at + 1, rows.size())) {
			second.add(row.labels().size() == 3 && row.labels().get(1).equals(broken.labels().get(1)) ? withLabel(row, 1, "") : row);
		}
		Set<String> vertical = Set.of(SyntheticReports.RESULTS);
		return document((document, font) -> {
			PDPageContentStream out = page(document);
			runningHead(out, font, 4);
			line(out, font, 14, LEFT, 70, "三、收到和处理政府信息公开申请情况");
			table3(first, vertical, font).draw(out, font, LEFT, 90, PAGE_HEIGHT);
			out.close();
			out = page(document);
			runningHead(out, font, 5);
			DrawnTable rest = table3(second, vertical, font);
			rest.draw(out, font, LEFT, 60, PAGE_HEIGHT);
			double below = 60 + rest.height() + 30;
			line(out, font, 14, LEFT, below, "四、政府信息公开行政复议、行政诉讼情况");
			DrawnTable table4 = table4(SyntheticReports.PAGE_BREAK_TABLE4);
			table4.draw(out, font, LEFT, below + 16, PAGE_HEIGHT);
			line(out, font, 14, LEFT, below + 16 + table4.height() + 30, "五、存在的主要问题及改进情况");
			out.close();
		});
	}

	/** Tables 二 and 四 of 2021 with no ruling lines at all, as some exports print them. */
	private static byte[] unruled() throws IOException {
		List<ExpectedRow> rows = SyntheticReports.UNRULED_ROWS;
		double[] widths = { 160, 100, 100, 100 };
		DrawnTable table2 = DrawnTable.of(widths, 14, 22).withoutRulings();
		int row = 0;
		row = caption(table2, row, "第二十条第（一）项", "本年制发件数", "本年废止件数", "现行有效件数");
		row = dataRow(table2, row, rows.get(0), 1);
		row = dataRow(table2, row, rows.get(1), 1);
		row = caption(table2, row, "第二十条第（五）项", "本年处理决定数量");
		row = dataRow(table2, row, rows.get(2), 3);
		row = caption(table2, row, "第二十条第（六）项", "本年处理决定数量");
		row = dataRow(table2, row, rows.get(3), 3);
		row = dataRow(table2, row, rows.get(4), 3);
		row = caption(table2, row, "第二十条第（八）项", "本年收费金额（单位：万元）");
		dataRow(table2, row, rows.get(5), 3);
		DrawnTable table4 = table4(rows.get(6).values()).withoutRulings();
		return document((document, font) -> {
			PDPageContentStream out = page(document);
			line(out, font, 14, LEFT, 60, "二、主动公开政府信息情况");
			table2.draw(out, font, LEFT, 80, PAGE_HEIGHT);
			double below = 80 + table2.height() + 30;
			line(out, font, 14, LEFT, below, "四、政府信息公开行政复议、行政诉讼情况");
			table4.draw(out, font, LEFT, below + 16, PAGE_HEIGHT);
			out.close();
		});
	}

	/**
	 * The blank-heavy table on a landscape sheet turned a quarter for display ({@code /Rotate
	 * 90}), its content drawn turned the other way, so that it reads upright, as scanners and
	 * some exports store pages.
	 */
	private static byte[] rotated() throws IOException {
		return document((document, font) -> {
			PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
			page.setRotation(90);
			document.addPage(page);
			PDPageContentStream out = new PDPageContentStream(document, page);
			// upright (u, v) of the displayed page to user space: x = height - v, y = u
			out.transform(new Matrix(0, 1, -1, 0, PAGE_HEIGHT, 0));
			line(out, font, 14, LEFT, 60, "三、收到和处理政府信息公开申请情况");
			table3(SyntheticReports.BLANK_HEAVY_ROWS, Set.of(SyntheticReports.RESULTS, "（三）不予公开"), font).draw(out, font,
					LEFT, 80, PAGE_HEIGHT);
			out.close();
		});
	}

	/** Table 三 of 2019 with no ruling lines: its two outer groups one character a line, the others wrapped. */
	private static byte[] unruledTable3() throws IOException {
		return document((document, font) -> {
			PDPageContentStream out = page(document);
			line(out, font, 14, LEFT, 60, "三、收到和处理政府信息公开申请情况");
			table3(SyntheticReports.PAGE_BREAK_ROWS, Set.of(SyntheticReports.RESULTS, "(三)不予公开"), font).withoutRulings()
				.draw(out, font, LEFT, 80, PAGE_HEIGHT);
			out.close();
		});
	}

	private static int caption(DrawnTable table, int row, String caption, String... columns) {
		table.cell(row, 0, 1, 4, caption, Style.LABEL);
		table.cell(row + 1, 0, 1, 1, "信息内容", Style.LABEL);
		int span = 3 / columns.length;
		for (int i = 0; i < columns.length; i++) {
			table.cell(row + 1, 1 + i * span, 1, span, columns[i], Style.LABEL);
		}
		return row + 2;
	}

	private static int dataRow(DrawnTable table, int row, ExpectedRow values, int span) {
		table.cell(row, 0, 1, 1, values.labels().get(0), Style.LABEL);
		for (int i = 0; i < values.values().size(); i++) {
			table.cell(row, 1 + i * span, 1, span, values.values().get(i), Style.VALUE);
		}
		return row + 1;
	}

	/** A page of nothing but a picture of a table: a scan, without a text layer. */
	private static byte[] scanned() throws IOException {
		BufferedImage image = new BufferedImage(400, 260, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(1));
		for (int y = 20; y <= 240; y += 20) {
			g.drawLine(20, y, 380, y);
		}
		for (int x = 20; x <= 380; x += 45) {
			g.drawLine(x, 20, x, 240);
		}
		g.dispose();
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDImageXObject picture = LosslessFactory.createFromImage(document, image);
			try (PDPageContentStream out = new PDPageContentStream(document, page)) {
				out.drawImage(picture, 60, 400, 480, 312);
			}
			return save(document);
		}
	}

	/** A report that opens only with a password. */
	private static byte[] encrypted() throws IOException {
		return document((document, font) -> {
			PDPageContentStream out = page(document);
			line(out, font, 14, LEFT, 60, "三、收到和处理政府信息公开申请情况");
			out.close();
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
		});
	}

	/**
	 * Table 三 under its three header rows, from rows of labels and values: one label spans the three label columns, two are a
	 * group and a leaf, three a group, a subgroup and a leaf. Rows in a run with the same group
	 * share its merged cell; an empty label is a cell printed blank.
	 */
	private static DrawnTable table3(List<ExpectedRow> rows, Set<String> vertical, PDFont font) throws IOException {
		int top = 3;
		double[] heights = new double[top + rows.size()];
		heights[0] = 22;
		heights[1] = 22;
		heights[2] = 34;
		for (int i = 0; i < rows.size(); i++) {
			ExpectedRow row = rows.get(i);
			String leaf = row.labels().get(row.labels().size() - 1);
			double width = (row.labels().size() == 3) ? TABLE3_WIDTHS[2] : TABLE3_WIDTHS[1] + TABLE3_WIDTHS[2];
			int lines = DrawnTable.wrap(font, 9, leaf, width - 4).size();
			heights[top + i] = Math.max(18, lines * 11.25 + 7);
		}
		DrawnTable table = new DrawnTable(TABLE3_WIDTHS, heights);
		table.cell(0, 0, 3, 3, SyntheticReports.TABLE3_NOTE, Style.LABEL);
		table.cell(0, 3, 1, 7, "申请人情况", Style.LABEL);
		table.cell(1, 3, 2, 1, "自然人", Style.LABEL);
		table.cell(1, 4, 1, 5, "法人或其他组织", Style.LABEL);
		table.cell(1, 9, 2, 1, "总计", Style.LABEL);
		for (int i = 1; i <= 5; i++) {
			table.cell(2, 3 + i, 1, 1, SyntheticReports.APPLICANTS.get(i), Style.LABEL);
		}
		for (int depth = 0; depth < 2; depth++) {
			int i = 0;
			while (i < rows.size()) {
				List<String> labels = rows.get(i).labels();
				if (labels.size() < depth + 2) {
					i++;
					continue;
				}
				int end = i + 1;
				while (end < rows.size() && rows.get(end).labels().size() >= depth + 2
						&& rows.get(end).labels().get(depth).equals(labels.get(depth))) {
					end++;
				}
				String text = labels.get(depth);
				table.cell(top + i, depth, end - i, 1, text, vertical.contains(text) ? Style.VERTICAL : Style.LABEL);
				i = end;
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			ExpectedRow row = rows.get(i);
			int column = (row.labels().size() == 1) ? 0 : row.labels().size() - 1;
			table.cell(top + i, column, 1, 3 - column, row.labels().get(row.labels().size() - 1), Style.LABEL);
			for (int v = 0; v < row.values().size(); v++) {
				table.cell(top + i, 3 + v, 1, 1, row.values().get(v), Style.VALUE);
			}
		}
		return table;
	}

	/** Table 四: its groups and its fifteen leaf headers, which wrap in columns this narrow, then the row of values. */
	private static DrawnTable table4(List<String> values) {
		DrawnTable table = new DrawnTable(TABLE4_WIDTHS, new double[] { 20, 20, 34, 22 });
		table.cell(0, 0, 2, 5, "行政复议", Style.LABEL);
		table.cell(0, 5, 1, 10, "行政诉讼", Style.LABEL);
		table.cell(1, 5, 1, 5, "未经复议直接起诉", Style.LABEL);
		table.cell(1, 10, 1, 5, "复议后起诉", Style.LABEL);
		for (int i = 0; i < 15; i++) {
			table.cell(2, i, 1, 1, TABLE4_LEAVES.get(i % 5), Style.LABEL);
			table.cell(3, i, 1, 1, values.get(i), Style.VALUE);
		}
		return table;
	}

	private static ExpectedRow withLabel(ExpectedRow row, int depth, String label) {
		List<String> labels = new ArrayList<>(row.labels());
		labels.set(depth, label);
		return new ExpectedRow(labels, row.values());
	}

	private static List<String> blanks(int count) {
		return java.util.Collections.nCopies(count, "");
	}

	private static double[] repeat(double value, int count) {
		double[] values = new double[count];
		Arrays.fill(values, value);
		return values;
	}

	private static void runningHead(PDPageContentStream out, PDFont font, int pageNumber) throws IOException {
		line(out, font, 9, 200, 36, "示例县人民政府2020年政府信息公开工作年度报告");
		line(out, font, 12, 285, 810, "- " + pageNumber + " -");
	}

	private static void line(PDPageContentStream out, PDFont font, float size, double left, double baseline, String text)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset((float) left, (float) (PAGE_HEIGHT - baseline));
		out.showText(text);
		out.endText();
	}

	private static PDPageContentStream page(PDDocument document) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		return new PDPageContentStream(document, page);
	}

	private static byte[] document(Content content) throws IOException {
		try (FontHolder holder = FontHolder.open(); PDDocument document = new PDDocument()) {
			PDFont font = PDType0Font.load(document, holder.truetype(), true);
			content.draw(document, font);
			return save(document);
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		document.save(bytes);
		return bytes.toByteArray();
	}

	/** What a fixture draws on its pages. */
	private interface Content {

		void draw(PDDocument document, PDFont font) throws IOException;

	}

	/** The WenQuanYi font, open as long as a document that embeds it is being written. */
	private record FontHolder(TrueTypeCollection collection, TrueTypeFont truetype) implements AutoCloseable {

		static FontHolder open() throws IOException {
			TrueTypeCollection collection = new TrueTypeCollection(new File(FONT));
			return new FontHolder(collection, collection.getFontByName("WenQuanYiMicroHei"));
		}

		@Override
		public void close() throws IOException {
			this.collection.close();
		}

	}

}
