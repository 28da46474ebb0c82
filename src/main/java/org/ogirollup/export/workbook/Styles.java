package org.ogirollup.export.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * The cell styles of one workbook, each made once: a workbook holds at most 64,000, and a style
 * per cell would pass that on a province's sheets.
 */
final class Styles {

	/** What a cell is. */
	enum Role {

		/** The heading of a sheet. */
		TITLE,

		/** A line of explanation under a heading. */
		NOTE,

		/** The title of a block: 本年（2021 年）. */
		BLOCK_TITLE,

		/** The heading of an official table, or of an article in table 二. */
		HEADING,

		/** A column label of an official table. */
		HEADER,

		/** A row label of an official table. */
		LABEL,

		/** A whole number: a count. */
		COUNT,

		/** An amount of money, two decimals. */
		MONEY,

		/** A change of a count, with its sign. */
		SIGNED_COUNT,

		/** A change of an amount, with its sign. */
		SIGNED_MONEY,

		/** The header of a list such as 问题清单. */
		LIST_HEADER,

		/** A text cell of a list. */
		LIST_TEXT,

		/** A number in a list, shown as written. */
		LIST_NUMBER

	}

	/** The colour behind a cell, and what it says (the 说明 sheet gives the legend). */
	enum Fill {

		NONE(null),

		/** A total that lacks rejected or missing members. */
		INCOMPLETE("FCE4D6"),

		/** A cell of a rule that rejects the submission. */
		ERROR("FFC7CE"),

		/** A cell of a warning. */
		WARNING("FFEB9C"),

		/** A cell the suggested fix would change. */
		SUGGESTED("F4B183"),

		/** A change that the two years' formats cannot compare. */
		NOT_COMPARABLE("EDEDED");

		private final String rgb;

		Fill(String rgb) {
			this.rgb = rgb;
		}

		/** The colour as RRGGBB, {@code null} for none. */
		String rgb() {
			return this.rgb;
		}

	}

	private static final String HEADER_FILL = "DDEBF7";

	private final Workbook workbook;

	private final Map<Role, Map<Fill, CellStyle>> styles = new EnumMap<>(Role.class);

	private final Map<String, Font> fonts = new HashMap<>();

	Styles(Workbook workbook) {
		this.workbook = workbook;
		// every style at once and in one order, used or not: a sheet taken as it is from the file a
		// workbook replaces (EarlierWorkbook) names its styles by number
		for (Role role : Role.values()) {
			for (Fill fill : Fill.values()) {
				of(role, fill);
			}
		}
	}

	CellStyle of(Role role) {
		return of(role, Fill.NONE);
	}

	CellStyle of(Role role, Fill fill) {
		return this.styles.computeIfAbsent(role, (key) -> new EnumMap<>(Fill.class))
			.computeIfAbsent(fill, (key) -> create(role, fill));
	}

	private CellStyle create(Role role, Fill fill) {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		switch (role) {
			case TITLE -> style.setFont(font(true, 14, null));
			case NOTE -> style.setFont(font(false, 10, "595959"));
			case BLOCK_TITLE -> style.setFont(font(true, 12, null));
			case HEADING -> {
				bordered(style);
				style.setFont(font(true, 11, null));
			}
			case HEADER, LIST_HEADER -> {
				bordered(style);
				style.setAlignment(HorizontalAlignment.CENTER);
				style.setWrapText(true);
				style.setFont(font(true, 10, null));
				fill(style, HEADER_FILL);
			}
			case LABEL, LIST_TEXT -> {
				bordered(style);
				style.setWrapText(true);
			}
			case COUNT -> number(style, "#,##0");
			case MONEY -> number(style, "#,##0.00");
			case SIGNED_COUNT -> number(style, "+#,##0;-#,##0;0");
			case SIGNED_MONEY -> number(style, "+#,##0.00;-#,##0.00;0");
			case LIST_NUMBER -> number(style, "General");
		}
		if (fill.rgb() != null) {
			fill(style, fill.rgb());
		}
		if (fill == Fill.SUGGESTED) {
			style.setFont(font(true, 11, "C00000"));
		}
		return style;
	}

	private void number(XSSFCellStyle style, String format) {
		bordered(style);
		style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
	}

	private static void bordered(CellStyle style) {
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
	}

	private static void fill(XSSFCellStyle style, String rgb) {
		style.setFillForegroundColor(color(rgb));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	private Font font(boolean bold, int points, String rgb) {
		return this.fonts.computeIfAbsent(bold + "/" + points + "/" + rgb, (key) -> {
			XSSFFont font = (XSSFFont) this.workbook.createFont();
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			if (rgb != null) {
				font.setColor(color(rgb));
			}
			return font;
		});
	}

	private static XSSFColor color(String rgb) {
		int value = Integer.parseInt(rgb, 16);
		return new XSSFColor(new byte[] { (byte) (value >> 16), (byte) (value >> 8), (byte) value }, null);
	}

}
