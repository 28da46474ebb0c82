package org.ogirollup.submission.excel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's value as the person who typed it sees it: text as typed, a number as its exact
 * decimal ({@code 24252.311082}, never {@code 24252.311081999999}; {@code 12}, never {@code
 * 12.0}), a formula by the value it last computed (what the sheet shows; nothing is recomputed),
 * a date as formatted. Numbers are not formatted by the cell's number format: {@code 96171.60}
 * shown under {@code 0.00} is 96171.6, and a thousands separator is no part of the value.
 */
final class CellText {

	/**
	 * Excel and WPS keep 15 significant digits of what is typed and show no more; the double they
	 * store has a binary tail beyond them that no one typed.
	 */
	private static final MathContext TYPED = new MathContext(15, RoundingMode.HALF_EVEN);

	private final DataFormatter dates = new DataFormatter();

	String of(Cell cell) {
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			type = cell.getCachedFormulaResultType();
		}
		return switch (type) {
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? this.dates.formatCellValue(cell)
					: number(cell.getNumericCellValue());
			case STRING -> cell.getRichStringCellValue().getString();
			case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
			case ERROR -> error(cell.getErrorCellValue());
			default -> "";
		};
	}

	/** A number as typed: at most 15 significant digits, no trailing zeros, no exponent. */
	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "";
		}
		BigDecimal typed = new BigDecimal(value).round(TYPED).stripTrailingZeros();
		return (typed.signum() == 0) ? "0" : typed.toPlainString();
	}

	private static String error(byte code) {
		try {
			return FormulaError.forInt(code).getString();
		}
		catch (IllegalArgumentException ex) {
			return "#ERROR!";
		}
	}

}
