package org.ogirollup.generator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;

/**
 * A unit's annual report as it is published: a title, the parts of the text in order (headings,
 * paragraphs, the three tables under their headings), the same for every kind of document. The
 * writers of each kind only lay it out.
 *
 * @param unitName the unit, as its title names it
 * @param year the report year
 * @param parts the report from its first paragraph to its last
 */
public record ReportPage(String unitName, int year, List<Part> parts) {

	public ReportPage {
		parts = List.copyOf(parts);
	}

	/** One part of the report, in reading order. */
	public sealed interface Part permits Heading, Paragraph, Table {
	}

	/** A numbered heading of the report's text: 一、总体情况. */
	public record Heading(String text) implements Part {
	}

	/** A paragraph of narrative. */
	public record Paragraph(String text) implements Part {
	}

	/** A statistical table, under its heading. */
	public record Table(ReportTable table) implements Part {
	}

	/**
	 * The report of a unit for a year, with the tables of a catalog.
	 * @param value each printed item's text
	 * @param money where the unit of an amount in 元 goes
	 */
	public static ReportPage of(String unitName, int year, Catalog catalog, Function<Item, String> value,
			OfficialLayout.MoneyUnit money) {
		List<ReportTable> tables = OfficialLayout.tables(catalog, value, money);
		String applications = value.apply(catalog.require("apply.new.total"));
		List<Part> parts = new ArrayList<>();
		parts.add(new Paragraph("根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和上级关于做好政府信息公开工作年度报告的要求，"
				+ unitName + "编制本报告。本报告所列数据的统计期限自" + year + "年1月1日起至" + year + "年12月31日止。"));
		parts.add(new Heading("一、总体情况"));
		parts.add(new Paragraph(year + "年，" + unitName + "坚持以公开为常态、不公开为例外，不断深化政务公开，全年新收政府信息公开申请"
				+ applications + "件，均在法定期限内答复。"));
		for (ReportTable table : tables) {
			parts.add(new Heading(table.heading()));
			parts.add(new Table(table));
		}
		parts.add(new Heading("五、政府信息公开工作存在的主要问题及改进情况"));
		parts.add(new Paragraph("政府信息公开工作还存在公开内容不够全面、解读形式较为单一等问题。下一步将加强培训，提升公开质量。"));
		parts.add(new Heading("六、其他需要报告的事项"));
		parts.add(new Paragraph("本年度未收取信息处理费。"));
		return new ReportPage(unitName, year, parts);
	}

	/** The report's title: 沈阳市和平区2021年政府信息公开工作年度报告. */
	public String title() {
		return this.unitName + this.year + "年政府信息公开工作年度报告";
	}

}
