package org.ogirollup.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeTotal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rewriting only the blocks of the keys that changed gives the bytes a whole write of the same
 * rows gives: blocks replaced, added where their key sorts, dropped when their rows are gone, and
 * every other block copied as it was, multi-line quoted messages and all.
 */
class BlockWritesTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final Unit PROVINCE = new Unit("210000", "辽宁省", Level.PROVINCE, "");

	private static final Unit CITY = new Unit("210100", "沈阳市", Level.CITY, "210000");

	private static final Unit COUNTY = new Unit("210103", "沈河区", Level.COUNTY, "210100");

	@TempDir
	Path folder;

	@Test
	void replacedTotalsOfSomeNodesEqualAWholeWrite() throws IOException {
		// given totals written whole
		Path spliced = this.folder.resolve("spliced.csv");
		MachineTables.writeTotals(spliced, 2019, List.of(total(PROVINCE, 10), total(CITY, 5), total(COUNTY, 1)),
				Blocks.all());

		// when the city's and the county's totals change
		boolean written = MachineTables.writeTotals(spliced, 2019, List.of(total(CITY, 6), total(COUNTY, 2)),
				Blocks.of(Set.of("210100", "210103")));

		// then the file is what a whole write of the new totals makes
		Path whole = this.folder.resolve("whole.csv");
		MachineTables.writeTotals(whole, 2019, List.of(total(PROVINCE, 10), total(CITY, 6), total(COUNTY, 2)),
				Blocks.all());
		assertThat(written).isTrue();
		assertThat(spliced).hasSameBinaryContentAs(whole);
	}

	@Test
	void findingsOfChangedFilesAreReplacedAddedAndDroppedInFileOrder() throws IOException {
		// given findings of three files, one message spanning lines and quoted
		Path spliced = this.folder.resolve("validation.csv");
		Finding multiLine = finding("2019/b.csv:3", "第一行\n第二行，含 \"引号\"");
		MachineTables.writeValidation(spliced, TestRegistries.small(),
				List.of(finding("2019/a.csv:2", "甲"), multiLine, finding("2019/c.csv", "丙"))::forEach, Blocks.all());

		// when a.csv is fixed (no findings now), c.csv gets another and a new file d.csv comes in
		List<Finding> changed = List.of(finding("2019/c.csv", "丙"), finding("2019/c.csv:9", "丙二"),
				finding("2019/d.csv:1", "丁"));
		boolean written = MachineTables.writeValidation(spliced, TestRegistries.small(), changed::forEach,
				Blocks.of(Set.of("2019/a.csv", "2019/c.csv", "2019/d.csv")));

		// then
		Path whole = this.folder.resolve("whole.csv");
		List<Finding> all = new ArrayList<>(List.of(multiLine));
		all.addAll(changed);
		MachineTables.writeValidation(whole, TestRegistries.small(), all::forEach, Blocks.all());
		assertThat(written).isTrue();
		assertThat(spliced).hasSameBinaryContentAs(whole);
	}

	@Test
	void aTableThatIsMissingOrOutOfOrderIsLeftForAWholeWrite() throws IOException {
		Path missing = this.folder.resolve("missing.csv");
		assertThat(MachineTables.writeTotals(missing, 2019, List.of(total(CITY, 1)), Blocks.of(Set.of("210100"))))
			.isFalse();
		assertThat(missing).doesNotExist();

		Path unordered = this.folder.resolve("unordered.csv");
		MachineTables.writeTotals(unordered, 2019, List.of(total(COUNTY, 1), total(PROVINCE, 2)), Blocks.all());
		String before = Files.readString(unordered);
		assertThat(MachineTables.writeTotals(unordered, 2019, List.of(total(CITY, 1)), Blocks.of(Set.of("210100"))))
			.isFalse();
		assertThat(Files.readString(unordered)).isEqualTo(before);
		assertThat(this.folder.resolve("unordered.csv.tmp")).doesNotExist();
	}

	@Test
	void aFileNamedLikeALineIsNeverSplicedByItsRows() throws IOException {
		Path file = this.folder.resolve("validation.csv");
		MachineTables.writeValidation(file, TestRegistries.small(), List.of(finding("2019/a:12", "甲"))::forEach,
				Blocks.all());

		assertThat(MachineTables.writeValidation(file, TestRegistries.small(), List.<Finding>of()::forEach,
				Blocks.of(Set.of("2019/a:12"))))
			.isFalse();
	}

	private static NodeTotal total(Unit node, int first) {
		List<BigDecimal> values = new ArrayList<>(Collections.nCopies(F2019.size(), BigDecimal.ZERO));
		values.set(0, BigDecimal.valueOf(first));
		return new NodeTotal(node, F2019, values);
	}

	private static Finding finding(String source, String message) {
		return new Finding(source, "210103", 2019, "R1", Severity.ERROR, List.of(), message);
	}

}
