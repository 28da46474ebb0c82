package org.ogirollup.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Submission;

/**
 * The within-report rules of one report format, loaded from its rules file
 * ({@code rules/rules-2019.yml}, {@code rules/rules-2021.yml}); checks submissions of that format.
 */
public final class RuleSet {

	private static final Map<ReportFormat, RuleSet> LOADED = new EnumMap<>(ReportFormat.class);

	private final ReportFormat format;

	private final List<Rule> rules;

	private RuleSet(ReportFormat format, List<Rule> rules) {
		this.format = format;
		this.rules = List.copyOf(rules);
	}

	/** The rules of a format; loaded and validated once, then shared, as they never change. */
	public static synchronized RuleSet of(ReportFormat format) {
		return LOADED.computeIfAbsent(format, (key) -> load(key, resource(key)));
	}

	/** The classpath resource holding a format's rules, such as {@code rules/rules-2019.yml}. */
	public static String resource(ReportFormat format) {
		return "rules/rules-" + format.name().substring(1) + ".yml";
	}

	/** Reads a rules file from the classpath; fails naming the file and rule when it is wrong. */
	static RuleSet load(ReportFormat format, String resource) {
		try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new RuleFileException(resource, null, "rules resource missing");
			}
			return read(format, resource, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

	/** Reads rules from any reader, such as another rules file; {@code file} names it in errors. */
	public static RuleSet read(ReportFormat format, String file, Reader reader) {
		return new RuleSet(format, RuleFileReader.read(format, file, reader));
	}

	public ReportFormat format() {
		return this.format;
	}

	/** The rules in file order, for listing and explaining. */
	public List<Rule> rules() {
		return this.rules;
	}

	/** Every finding of every rule on a submission of this format, in rule order then instance order. */
	public List<Finding> check(Submission submission) {
		if (submission.format() != this.format) {
			throw new IllegalArgumentException(
					"rules of " + this.format + " cannot check a submission of " + submission.format());
		}
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : this.rules) {
			findings.addAll(rule.check(submission));
		}
		return findings;
	}

}
