package org.ogirollup.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.ogirollup.generator.report.DocxReportWriter;
import org.ogirollup.generator.report.HtmlReportWriter;
import org.ogirollup.generator.report.OfficialLayout;
import org.ogirollup.generator.report.PdfReportWriter;
import org.ogirollup.generator.report.ReportPage;
import org.ogirollup.generator.report.ReportWriter;
import org.ogirollup.generator.report.XlsxReportWriter;
import org.ogirollup.registry.Unit;

/**
 * Writes a unit's own figures as a published report of a kind: the same figures as its CSV
 * would carry, laid out in the official tables, so that totals over the documents stay exactly
 * those of the generated data. PDF needs a font with Chinese characters; without one, PDF is
 * the one kind it cannot write.
 */
final class ReportDocumentMaker {

	private final Map<ReportKind, ReportWriter> writers = new EnumMap<>(ReportKind.class);

	/** @param pdfFont the font for PDF reports, if there is one */
	ReportDocumentMaker(Optional<Path> pdfFont) {
		this.writers.put(ReportKind.HTML, new HtmlReportWriter());
		this.writers.put(ReportKind.WORD, new DocxReportWriter());
		this.writers.put(ReportKind.EXCEL, new XlsxReportWriter(false));
		this.writers.put(ReportKind.EXCEL_SHEETS, new XlsxReportWriter(true));
		pdfFont.ifPresent((font) -> this.writers.put(ReportKind.PDF, new PdfReportWriter(font)));
	}

	boolean writes(ReportKind kind) {
		return this.writers.containsKey(kind);
	}

	/** The file name's ending for a kind, such as {@code .docx}. */
	String extension(ReportKind kind) {
		return writer(kind).extension();
	}

	byte[] write(ReportKind kind, Unit unit, int year, Figures figures) throws IOException {
		// a sheet of numbers has no room for 元 after each amount: its header says it instead
		OfficialLayout.MoneyUnit money = (kind == ReportKind.EXCEL || kind == ReportKind.EXCEL_SHEETS)
				? OfficialLayout.MoneyUnit.IN_HEADER : OfficialLayout.MoneyUnit.IN_CELL;
		ReportPage page = ReportPage.of(unit.name(), year, figures.catalog(), figures::text, money);
		return writer(kind).write(page);
	}

	private ReportWriter writer(ReportKind kind) {
		ReportWriter writer = this.writers.get(kind);
		if (writer == null) {
			throw new IllegalStateException("no font with Chinese characters for PDF reports");
		}
		return writer;
	}

}
