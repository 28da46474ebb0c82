package org.ogirollup.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.ogirollup.generator.report.CjkFonts;
import org.ogirollup.registry.Unit;

/**
 * A deterministic generator of a registry and canonical CSV submissions that satisfy every rule
 * by construction, with optional planted defects listed in a manifest: demo data, test fixtures
 * and benchmark input.
 *
 * <p>It writes {@code units.csv}, one folder per report year and, when defects are planted,
 * {@code defects.csv}. Every number derives from the seed, the unit code and the year, so the
 * same options always give byte-identical files.
 */
public final class Generator {

	/** The registry file, as the aggregate job reads it. */
	public static final String UNITS_FILE = "units.csv";

	/** The manifest of planted defects. */
	public static final String DEFECTS_FILE = "defects.csv";

	private final GeneratorOptions options;

	public Generator(GeneratorOptions options) {
		this.options = options;
	}

	/**
	 * Writes everything under a folder, which may exist, but whose year folders must be empty:
	 * mixing two runs would make the output depend on what was there before.
	 * @param outputDir the folder to write into, created if missing
	 * @return what was written
	 * @throws IOException when a file cannot be written
	 * @throws IllegalArgumentException when an option does not fit the divisions or a year folder is not empty
	 */
	public GenerationSummary generate(Path outputDir) throws IOException {
		for (int year : this.options.years()) {
			requireEmpty(outputDir.resolve(Integer.toString(year)));
		}
		ReportDocumentMaker documents = documentMaker();
		UnitTree tree = UnitTree.build(this.options.scope(), this.options.departments());
		DefectPlan plan = DefectPlan.choose(tree.units(), this.options.years(), this.options.defects(),
				this.options.seed());
		Files.createDirectories(outputDir);
		Files.deleteIfExists(outputDir.resolve(DEFECTS_FILE));
		Tally tally = new Tally();
		writeUnits(tree, outputDir.resolve(UNITS_FILE));
		tally.bytes += Files.size(outputDir.resolve(UNITS_FILE));
		List<PlantedDefect> defects = new ArrayList<>();
		YearWriter.Context context = new YearWriter.Context(this.options, tree, new FigureMaker(this.options.seed()),
				new RowMaker(), new FileLayout(this.options.seed()), plan, documents, tally, defects);
		for (int year : this.options.years()) {
			new YearWriter(context, outputDir, year).write();
		}
		if (!defects.isEmpty()) {
			writeManifest(defects, outputDir.resolve(DEFECTS_FILE));
			tally.bytes += Files.size(outputDir.resolve(DEFECTS_FILE));
		}
		return new GenerationSummary(tree.size(), tally.submissions, tally.files, tally.bytes, defects.size());
	}

	/**
	 * The writer of reports as documents; PDF needs a font with Chinese characters, which is
	 * looked for before anything is written, so that a missing font costs no half-made folder.
	 */
	private ReportDocumentMaker documentMaker() {
		Optional<Path> font = this.options.pdfFont().isPresent() ? this.options.pdfFont() : CjkFonts.find();
		if (this.options.documents() > 0) {
			if (font.isEmpty()) {
				throw new IllegalArgumentException("documents: PDF reports need a font with Chinese characters and none was found in "
						+ CjkFonts.KNOWN + "; install one (apt-get install fonts-wqy-microhei) or give --pdf-font=FILE");
			}
			if (!Files.isRegularFile(font.get())) {
				throw new IllegalArgumentException("pdf-font: " + font.get() + " is not a font file");
			}
		}
		return new ReportDocumentMaker(font);
	}

	private static void requireEmpty(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			if (entries.findAny().isPresent()) {
				throw new IllegalArgumentException("output: " + folder + " is not empty; remove it or choose another folder");
			}
		}
	}

	private static void writeUnits(UnitTree tree, Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("code,name,level,parent_code\n");
			for (Unit unit : tree.units()) {
				out.write(Csv.line(unit.code(), unit.name(), unit.level().label(), unit.parentCode()));
			}
		}
	}

	private static void writeManifest(List<PlantedDefect> defects, Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(PlantedDefect.HEADER + "\n");
			for (PlantedDefect defect : defects) {
				out.write(Csv.line(Integer.toString(defect.reportYear()), defect.unitCode(), defect.file(),
						defect.kind().label(), defect.item(), defect.detail()));
			}
		}
	}

}
