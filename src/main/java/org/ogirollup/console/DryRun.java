package org.ogirollup.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.FormatMapping;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.comparison.CrossYearRules;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.input.InputFolder;
import org.ogirollup.input.SubmissionFiles;
import org.ogirollup.localisation.SuggestionFindings;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.Coverage;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.StoredSubmission;
import org.ogirollup.store.TotalStore;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.ReportFileName;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;
import org.ogirollup.validate.CheckedSubmission;
import org.ogirollup.validate.Validator;

/**
 * What a corrected file would change before it counts: it is read and checked with the
 * pipeline's own readers and rules (as the ingest step does: {@link SubmissionFiles}, then
 * {@link Validator} with the format's {@link RuleSet} and the suggested fixes), and set against
 * what the database holds of the unit. The change to the totals is the unit's new accepted own
 * values less its stored accepted ones, in the year's catalog ({@link FormatMapping}), added to
 * every government of {@link Registry#governmentChain(String)}; derived sums follow their cells.
 * The duplicate rule is applied as the run would: a copy of the unit's submission left in a file
 * the correction does not replace makes both copies count for nothing.
 */
final class DryRun {

	/** How a finding fares: no longer raised, newly raised, or raised before and after. */
	enum Fate {

		GONE("消除"), COMES("新增"), STAYS("仍在");

		private final String words;

		Fate(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	record FindingChange(Fate fate, Finding finding) {
	}

	/** One total that changes: a node's item, before, by how much, after. */
	record TotalChange(Unit node, Item item, BigDecimal before, BigDecimal change, BigDecimal after) {
	}

	/** A node's counts of units before and after. */
	record CoverageChange(Unit node, NodeCoverage before, NodeCoverage after) {
	}

	/** A submission the file gave, with its verdict. */
	record ReadSubmission(String unitCode, Scope scope, ReportFormat format, boolean accepted, long errors,
			long warnings) {
	}

	/**
	 * Everything the dry run found.
	 * @param refusal why the file cannot be taken in at all (it holds another unit's report), or null
	 */
	record Result(String refusal, List<ReadSubmission> submissions, List<FindingChange> findings,
			List<TotalChange> totals, List<CoverageChange> coverage, List<String> replacedFiles,
			UnitOutcome before, UnitOutcome after, List<String> notes) {

		public List<FindingChange> of(Fate fate) {
			return this.findings.stream().filter((change) -> change.fate() == fate).toList();
		}

		public List<FindingChange> gone() {
			return of(Fate.GONE);
		}

		public List<FindingChange> comes() {
			return of(Fate.COMES);
		}

		public List<FindingChange> stays() {
			return of(Fate.STAYS);
		}

		public boolean canCommit() {
			return this.refusal == null;
		}

	}

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	DryRun(SubmissionStore submissions, FindingStore findings, TotalStore totals) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
	}

	/**
	 * @param registry the units
	 * @param input the real input folder, whose year folder the file would join
	 * @param staging an input folder of its own holding only {@code <year>/<fileName>}, so that
	 * the file is named in findings as it will be once taken in
	 */
	Result check(Registry registry, InputFolder input, InputFolder staging, int year, String unitCode, String fileName)
			throws IOException {
		Path file = staging.yearFolder(year).resolve(fileName);
		String source = staging.source(file);
		FileRead read = new SubmissionFiles(staging, year, registry::contains).read(file);
		Validator validator = new Validator(registry, (submission) -> RuleSet.of(submission.format()).check(submission),
				new SuggestionFindings()::findings);
		List<CheckedSubmission> checked = read.submissions().stream().map(validator::check).toList();
		List<ReadSubmission> seen = checked.stream().map(DryRun::seen).toList();
		Set<String> others = checked.stream()
			.map((c) -> c.submission().unitCode())
			.filter((code) -> !code.equals(unitCode))
			.collect(Collectors.toCollection(TreeSet::new));
		if (!others.isEmpty()) {
			return refused("文件中还有其他单位的报送（" + String.join("、", others) + "）；一次只能更正一个单位，请只留下 " + unitCode
					+ " 的报送", seen);
		}
		Set<Scope> scopes = new LinkedHashSet<>();
		checked.forEach((c) -> scopes.add(c.submission().scope()));
		if (scopes.isEmpty()) {
			scopes.add(ReportFileName.parse(fileName, registry::contains).scope());
		}

		// the files of the year folder the correction takes the place of, and those it cannot
		List<StoredSubmission> stored = this.submissions.ofUnit(year, unitCode);
		List<String> replaced = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		// one query for the year's files, not one per file: a national year folder holds 100,000
		Map<String, Set<String>> unitsByFile = this.submissions.unitsByFile(year);
		for (Path entry : InputFolder.entries(input.yearFolder(year))) {
			String name = entry.getFileName().toString();
			String entrySource = input.source(entry);
			Set<String> units = unitsByFile.getOrDefault(entrySource, Set.of());
			boolean sameScope = stored.stream()
				.anyMatch((s) -> s.sourceFile().equals(entrySource) && scopes.contains(s.scope()));
			if (name.equals(fileName)) {
				replaced.add(entrySource);
			}
			else if (units.equals(Set.of(unitCode)) && sameScope) {
				replaced.add(entrySource);
			}
			else if (units.isEmpty()) {
				ReportFileName named = ReportFileName.parse(name, registry::contains);
				if (named.unitCode().equals(unitCode) && scopes.contains(named.scope())) {
					replaced.add(entrySource);
				}
			}
			else if (units.contains(unitCode) && sameScope) {
				notes.add(entrySource + " 中也有本单位的报送，且含其他单位的报送，不能整份替换：提交后两份报送重复，均不计入合计。请先从该文件中删去本单位的报送");
			}
		}

		// the unit's own submission before and after, as the duplicate rule will see it
		List<StoredSubmission> storedOwn = stored.stream().filter((s) -> s.scope() == Scope.OWN).toList();
		List<StoredSubmission> keptOwn = storedOwn.stream().filter((s) -> !replaced.contains(s.sourceFile())).toList();
		List<CheckedSubmission> newOwn = checked.stream().filter((c) -> c.submission().scope() == Scope.OWN).toList();
		int copies = keptOwn.size() + newOwn.size();
		UnitOutcome before = storedOwn.stream().anyMatch(StoredSubmission::accepted) ? UnitOutcome.ACCEPTED
				: storedOwn.isEmpty() ? null : UnitOutcome.REJECTED;
		Contribution old = storedOwn.stream()
			.filter(StoredSubmission::accepted)
			.findFirst()
			.map((s) -> new Contribution(s.format(), s.values()))
			.orElse(null);
		Contribution now = null;
		if (copies == 1 && newOwn.size() == 1 && newOwn.get(0).accepted()) {
			Submission submission = newOwn.get(0).submission();
			now = new Contribution(submission.format(), numbers(submission.values()));
		}
		else if (copies == 1 && keptOwn.size() == 1 && keptOwn.get(0).valid()) {
			now = new Contribution(keptOwn.get(0).format(), keptOwn.get(0).values());
		}
		UnitOutcome after = (copies == 0) ? null : (now != null) ? UnitOutcome.ACCEPTED : UnitOutcome.REJECTED;

		// findings: those filed under the replaced files against those the new file raises
		List<Finding> oldFindings = new ArrayList<>();
		for (String replacedSource : replaced) {
			oldFindings.addAll(this.findings.ofFile(year, replacedSource));
		}
		List<Finding> newFindings = new ArrayList<>(read.fileFindings());
		checked.forEach((c) -> newFindings.addAll(c.findings()));
		if (copies > 1) {
			List<String> places = new ArrayList<>(keptOwn.stream().map((s) -> s.sourceFile() + ":" + s.line()).toList());
			newOwn.forEach((c) -> places.add(c.submission().sourceAt(c.submission().line())));
			newFindings.add(new Finding(source, unitCode, year, RuleIds.DUPLICATE_SUBMISSION, Severity.ERROR, List.of(),
					"单位 " + unitCode + " 的 " + year + " 年度报送（own）重复，见 " + String.join("、", places) + "；所有副本均不计入合计"));
		}
		if (now != null && newOwn.size() == 1) {
			Submission submission = newOwn.get(0).submission();
			this.submissions.acceptedOwn(year - 1, List.of(unitCode))
				.values()
				.forEach((previous) -> newFindings.addAll(CrossYearRules.check(unitCode, year,
						submission.sourceAt(submission.line()), Catalog.of(previous.format()), previous.values(),
						submission.catalog(), numbers(submission.values()))));
		}
		List<FindingChange> changes = compare(oldFindings, newFindings);

		// totals and counts of every government the unit's report goes into
		Catalog catalog = Catalog.forReportYear(year);
		BigDecimal[] delta = contribution(catalog, now);
		BigDecimal[] removed = contribution(catalog, old);
		for (int i = 0; i < delta.length; i++) {
			delta[i] = delta[i].subtract(removed[i]);
		}
		catalog.derivedSums().forEach((sum, parts) -> {
			BigDecimal value = BigDecimal.ZERO;
			for (Item part : parts) {
				value = value.add(delta[part.index()]);
			}
			delta[sum.index()] = value;
		});
		List<Unit> chain = registry.governmentChain(unitCode)
			.stream()
			.map((code) -> registry.unit(code).orElseThrow())
			.toList();
		Map<String, NodeTotal> storedTotals = this.totals.loadByNode(year, chain);
		List<TotalChange> totalChanges = new ArrayList<>();
		for (Unit node : chain) {
			NodeTotal total = storedTotals.get(node.code());
			for (Item item : catalog.items()) {
				if (delta[item.index()].signum() == 0) {
					continue;
				}
				BigDecimal was = (total != null && total.catalog() == catalog && total.values().get(item.index()) != null)
						? total.values().get(item.index()) : BigDecimal.ZERO;
				totalChanges.add(new TotalChange(node, item, was, delta[item.index()], was.add(delta[item.index()])));
			}
		}
		List<CoverageChange> coverage = (before == after) ? List.of() : coverage(registry, year, unitCode, after, chain);
		if (now != null && !this.submissions.acceptedOwn(year - 1, List.of(unitCode)).isEmpty()) {
			notes.add("已按上年数据做跨年度检查（X1–X3、J1）");
		}
		return new Result(null, seen, changes, totalChanges, coverage, replaced, before, after, notes);
	}

	private static Result refused(String why, List<ReadSubmission> seen) {
		return new Result(why, seen, List.of(), List.of(), List.of(), List.of(), null, null, List.of());
	}

	private static ReadSubmission seen(CheckedSubmission checked) {
		Submission submission = checked.submission();
		long errors = checked.findings().stream().filter(Finding::isError).count();
		return new ReadSubmission(submission.unitCode(), submission.scope(), submission.format(), checked.accepted(),
				errors, checked.findings().size() - errors);
	}

	/** Values a submission adds, in the format they follow. */
	private record Contribution(ReportFormat format, BigDecimal[] values) {
	}

	/** What a submission adds to every item of the year's catalog, zeros where it adds nothing. */
	private static BigDecimal[] contribution(Catalog catalog, Contribution contribution) {
		BigDecimal[] added = new BigDecimal[catalog.size()];
		Arrays.fill(added, BigDecimal.ZERO);
		if (contribution == null) {
			return added;
		}
		int[] targets = FormatMapping.targetIndexes(Catalog.of(contribution.format()), catalog);
		for (int i = 0; i < contribution.values().length; i++) {
			BigDecimal value = contribution.values()[i];
			if (value != null && targets[i] >= 0) {
				added[targets[i]] = added[targets[i]].add(value);
			}
		}
		return added;
	}

	private static BigDecimal[] numbers(Value[] values) {
		BigDecimal[] numbers = new BigDecimal[values.length];
		for (int i = 0; i < values.length; i++) {
			numbers[i] = (values[i] != null) ? values[i].number() : null;
		}
		return numbers;
	}

	/** Findings compared by rule, severity, cells and words: the line a finding names may move. */
	private static List<FindingChange> compare(List<Finding> before, List<Finding> after) {
		Map<String, Integer> left = new HashMap<>();
		before.forEach((finding) -> left.merge(key(finding), 1, Integer::sum));
		List<FindingChange> changes = new ArrayList<>();
		for (Finding finding : after) {
			Integer count = left.get(key(finding));
			if (count != null && count > 0) {
				left.put(key(finding), count - 1);
				changes.add(new FindingChange(Fate.STAYS, finding));
			}
			else {
				changes.add(new FindingChange(Fate.COMES, finding));
			}
		}
		Map<String, Integer> stayed = new HashMap<>();
		after.forEach((finding) -> stayed.merge(key(finding), 1, Integer::sum));
		for (Finding finding : before) {
			Integer count = stayed.get(key(finding));
			if (count != null && count > 0) {
				stayed.put(key(finding), count - 1);
			}
			else {
				changes.add(new FindingChange(Fate.GONE, finding));
			}
		}
		return changes;
	}

	private static String key(Finding finding) {
		return finding.ruleId() + "\u0000" + finding.severity() + "\u0000" + finding.itemColumn() + "\u0000"
				+ finding.message();
	}

	private List<CoverageChange> coverage(Registry registry, int year, String unitCode, UnitOutcome after,
			List<Unit> chain) {
		Map<String, UnitOutcome> outcomes = new HashMap<>(this.submissions.ownOutcomes(year));
		List<NodeCoverage> was = Coverage.compute(registry, outcomes);
		if (after == null) {
			outcomes.remove(unitCode);
		}
		else {
			outcomes.put(unitCode, after);
		}
		Map<String, NodeCoverage> will = Coverage.compute(registry, outcomes)
			.stream()
			.collect(Collectors.toMap((c) -> c.node().code(), (c) -> c));
		Set<String> codes = chain.stream().map(Unit::code).collect(Collectors.toSet());
		Map<String, NodeCoverage> wasByCode = was.stream()
			.filter((c) -> codes.contains(c.node().code()))
			.collect(Collectors.toMap((c) -> c.node().code(), (c) -> c));
		return chain.stream()
			.map((node) -> new CoverageChange(node, wasByCode.get(node.code()), will.get(node.code())))
			.toList();
	}

}
