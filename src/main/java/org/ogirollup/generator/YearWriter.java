package org.ogirollup.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.Scope;

/**
 * Writes the submissions of one report year, unit by unit, so that memory holds one submission
 * and the running region-wide sums, never the year.
 */
final class YearWriter {

	private final Context context;

	private final int year;

	private final Path folder;

	private final Map<String, Figures> consolidated = new LinkedHashMap<>();

	private final List<Pending> copies = new ArrayList<>();

	private final List<Unit> unknownUnits = new ArrayList<>();

	private final DocumentPlan documents;

	/** What every year shares: the options, the tree, the makers and what has been written so far. */
	record Context(GeneratorOptions options, UnitTree tree, FigureMaker maker, RowMaker rows, FileLayout layout,
			DefectPlan plan, ReportDocumentMaker documents, Tally tally, List<PlantedDefect> defects) {
	}

	private record Pending(Unit unit, String originalFile, List<Row> rows) {
	}

	YearWriter(Context context, Path outputDir, int year) {
		this.context = context;
		this.year = year;
		this.folder = outputDir.resolve(Integer.toString(year));
		this.documents = DocumentPlan.choose(ownFileSenders(), year, context.options().documents(), context.options().seed());
		if (context.options().consolidated()) {
			for (Unit unit : context.tree().units()) {
				if (unit.level() == Level.PROVINCE || unit.level() == Level.CITY) {
					this.consolidated.put(unit.code(), new Figures(Catalog.forReportYear(year)));
				}
			}
		}
	}

	void write() throws IOException {
		Files.createDirectories(this.folder);
		FileLayout layout = this.context.layout();
		for (Unit government : this.context.tree().governments()) {
			writeAlone(government);
			List<Unit> departments = this.context.tree().departmentsOf(government.code());
			if (departments.isEmpty()) {
				continue;
			}
			if (layout.groupsDepartments(government.code(), this.year)) {
				String name = FileLayout.departmentsFile(government.code());
				try (SubmissionFile file = open(name, layout.variant(name, this.year), false)) {
					for (Unit department : departments) {
						file.write(own(department, name));
					}
				}
				this.context.tally().file(this.folder.resolve(name));
			}
			else {
				for (Unit department : departments) {
					writeAlone(department);
				}
			}
		}
		writeCopies();
		writeUnknownUnits();
		writeConsolidated();
	}

	/** The units that send a file of their own this year with no planted defect: those that may send a document. */
	private List<Unit> ownFileSenders() {
		List<Unit> senders = new ArrayList<>();
		for (Unit government : this.context.tree().governments()) {
			senders.add(government);
			if (!this.context.layout().groupsDepartments(government.code(), this.year)) {
				senders.addAll(this.context.tree().departmentsOf(government.code()));
			}
		}
		senders.removeIf((unit) -> this.context.plan().defect(this.year, unit.code()).isPresent());
		return senders;
	}

	private void writeAlone(Unit unit) throws IOException {
		Optional<ReportKind> document = this.documents.kind(unit.code());
		if (document.isPresent()) {
			writeDocument(unit, document.get());
			return;
		}
		String name = FileLayout.ownFile(unit.code());
		write(name, this.context.layout().variant(name, this.year), false, own(unit, name));
	}

	/** A unit's own report as a published document, with the figures its CSV would carry. */
	private void writeDocument(Unit unit, ReportKind kind) throws IOException {
		String name = unit.code() + this.context.documents().extension(kind);
		Figures figures = figures(unit);
		Path file = this.folder.resolve(name);
		Files.write(file, this.context.documents().write(kind, unit, this.year, figures));
		this.context.tally().file(file);
	}

	/** The rows of a unit's own submission, with its planned defect if any. */
	private List<Row> own(Unit unit, String fileName) {
		Figures figures = figures(unit);
		List<Row> rows = this.context.rows().rows(unit.code(), this.year, Scope.OWN, figures);
		Optional<DefectKind> planned = this.context.plan().defect(this.year, unit.code());
		if (planned.isEmpty()) {
			return rows;
		}
		DefectKind kind = planned.get();
		Defects.Change change = Defects.plant(kind, rows,
				Draws.stream(this.context.options().seed(), unit.code(), this.year, "defect"));
		if (kind == DefectKind.DUPLICATE_SUBMISSION) {
			this.copies.add(new Pending(unit, fileName, List.copyOf(rows)));
		}
		else if (kind == DefectKind.UNKNOWN_UNIT) {
			this.unknownUnits.add(unit);
		}
		else {
			record(unit.code(), fileName, kind, change.item(), change.detail());
		}
		return rows;
	}

	/** A unit's own figures, added into its regions' sums and counted as a submission. */
	private Figures figures(Unit unit) {
		Figures figures = this.context.maker().make(unit, this.year);
		for (Unit region : this.context.tree().chain(unit)) {
			Figures sum = this.consolidated.get(region.code());
			if (sum != null) {
				sum.add(figures);
			}
		}
		this.context.tally().submission();
		return figures;
	}

	private void writeCopies() throws IOException {
		for (Pending copy : this.copies) {
			String name = FileLayout.copyFile(copy.unit().code());
			write(name, FileVariant.UTF8, false, copy.rows());
			this.context.tally().submission();
			record(copy.unit().code(), name, DefectKind.DUPLICATE_SUBMISSION, "",
					"the same submission as in " + this.year + "/" + copy.originalFile() + ": both copies are in error");
		}
	}

	private void writeUnknownUnits() throws IOException {
		for (Unit government : this.unknownUnits) {
			String code = government.code() + String.format("-D%02d", this.context.options().departments() + 1);
			Unit stranger = new Unit(code, government.name() + "未登记部门", Level.DEPARTMENT, government.code());
			String name = FileLayout.ownFile(code);
			Figures figures = this.context.maker().make(stranger, this.year);
			write(name, FileVariant.UTF8, false, this.context.rows().rows(code, this.year, Scope.OWN, figures));
			this.context.tally().submission();
			record(code, name, DefectKind.UNKNOWN_UNIT, "", "unit " + code + " is not in units.csv (its government "
					+ government.code() + " is); otherwise a clean submission");
		}
	}

	private void writeConsolidated() throws IOException {
		for (Map.Entry<String, Figures> region : this.consolidated.entrySet()) {
			String code = region.getKey();
			write(FileLayout.consolidatedFile(code), FileVariant.UTF8, true,
					this.context.rows().rows(code, this.year, Scope.CONSOLIDATED, region.getValue()));
			this.context.tally().submission();
		}
	}

	private void write(String name, FileVariant variant, boolean withScope, List<Row> rows) throws IOException {
		try (SubmissionFile file = open(name, variant, withScope)) {
			file.write(rows);
		}
		this.context.tally().file(this.folder.resolve(name));
	}

	private SubmissionFile open(String name, FileVariant variant, boolean withScope) throws IOException {
		return new SubmissionFile(this.folder.resolve(name), variant, withScope);
	}

	private void record(String unitCode, String fileName, DefectKind kind, String item, String detail) {
		this.context.defects()
			.add(new PlantedDefect(this.year, unitCode, this.year + "/" + fileName, kind, item, detail));
	}

}
