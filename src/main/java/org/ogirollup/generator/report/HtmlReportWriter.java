package org.ogirollup.generator.report;

import java.nio.charset.StandardCharsets;

/**
 * Writes a report as the page of a government site publishes it: the site's header and path,
 * the title, source and date, the report's text with its tables (merged cells as {@code
 * rowspan} and {@code colspan}, words inside {@code <p>} as editors leave them), then the footer.
 */
public final class HtmlReportWriter implements ReportWriter {

	@Override
	public String extension() {
		return ".html";
	}

	@Override
	public byte[] write(ReportPage page) {
		StringBuilder html = new StringBuilder(32 * 1024);
		String title = escape(page.title());
		html.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(title).append('_')
			.append(escape(page.unitName())).append("人民政府门户网站</title>\n")
			.append("<style>body{font-family:\"Microsoft YaHei\",sans-serif;width:1000px;margin:0 auto}")
			.append("table{border-collapse:collapse;margin:0 auto}td{border:1px solid #000;padding:4px;text-align:center}")
			.append(".article_title{font-size:22px;font-weight:bold;text-align:center}</style>\n</head>\n<body>\n")
			.append("<div class=\"header\">").append(escape(page.unitName())).append("人民政府门户网站</div>\n")
			.append("<div class=\"crumb\">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n")
			.append("<div class=\"article_title\">").append(title).append("</div>\n")
			.append("<div class=\"article_info\"><span>来源：").append(escape(page.unitName()))
			.append("</span>&nbsp;&nbsp;<span>发布时间：").append(page.year() + 1).append("-01-20</span></div>\n")
			.append("<div class=\"TRS_Editor\">\n");
		for (ReportPage.Part part : page.parts()) {
			if (part instanceof ReportPage.Heading heading) {
				html.append("<p><strong>").append(escape(heading.text())).append("</strong></p>\n");
			}
			else if (part instanceof ReportPage.Paragraph paragraph) {
				html.append("<p>").append(escape(paragraph.text())).append("</p>\n");
			}
			else if (part instanceof ReportPage.Table table) {
				table(html, table.table());
			}
		}
		html.append("</div>\n<div class=\"footer\">主办：").append(escape(page.unitName()))
			.append("人民政府办公室&nbsp;&nbsp;技术支持：信息中心</div>\n</body>\n</html>\n");
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void table(StringBuilder html, ReportTable table) {
		html.append("<table>\n<tbody>\n");
		for (int r = 0; r < table.height(); r++) {
			html.append("<tr>");
			for (int c = 0; c < table.width(); c++) {
				if (!table.startsAt(r, c)) {
					continue;
				}
				GridCell cell = table.at(r, c);
				html.append("<td");
				if (cell.rowSpan() > 1) {
					html.append(" rowspan=\"").append(cell.rowSpan()).append('"');
				}
				if (cell.columnSpan() > 1) {
					html.append(" colspan=\"").append(cell.columnSpan()).append('"');
				}
				html.append('>');
				html.append(cell.isHeader() ? "<p>" + escape(cell.text()) + "</p>" : escape(cell.text()));
				html.append("</td>");
			}
			html.append("</tr>\n");
		}
		html.append("</tbody>\n</table>\n");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
