package org.ogirollup.rules;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Severity;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rules file (YAML) into rules, expanding every template against the format's catalog so
 * that a wrong code stops the start-up instead of silently checking nothing.
 */
final class RuleFileReader {

	private static final Set<String> FILE_KEYS = Set.of("format", "sets", "rules");

	private static final Set<String> RULE_KEYS = Set.of("id", "severity", "title", "for", "rule", "type", "items");

	private static final Pattern EXPANSION = Pattern.compile("(\\w+)\\s+in\\s+(\\w+)");

	private final String file;

	private final Catalog catalog;

	private final Map<String, NamedSet> sets = new LinkedHashMap<>();

	/** A named set of code parts; a labelled set shows as one subtotal in messages. */
	private record NamedSet(String label, List<String> members) {
	}

	/** A template expanded: the codes, and the label of the set it was summed over, if any. */
	private record Expansion(List<String> codes, String label) {
	}

	private RuleFileReader(String file, Catalog catalog) {
		this.file = file;
		this.catalog = catalog;
	}

	static List<Rule> read(ReportFormat format, String file, Reader reader) {
		RuleFileReader fileReader = new RuleFileReader(file, Catalog.of(format));
		Object document;
		try {
			document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
		}
		catch (YAMLException ex) {
			throw new RuleFileException(file, null, "not valid YAML: " + ex.getMessage(), ex);
		}
		return fileReader.rules(fileReader.map(document, "the file", null));
	}

	private List<Rule> rules(Map<String, Object> document) {
		checkKeys(document, FILE_KEYS, null);
		Object format = document.get("format");
		if (format != null && !this.catalog.format().name().equals(format.toString())) {
			throw fail(null, "is for format " + format + ", not " + this.catalog.format(), null);
		}
		map(document.getOrDefault("sets", Map.of()), "sets", null).forEach(this::defineSet);
		List<Rule> rules = new ArrayList<>();
		for (Object entry : list(document.get("rules"), "rules", null)) {
			Map<String, Object> rule = map(entry, "a rule", null);
			String id = text(rule, "id", "(no id)");
			try {
				rules.add(rule(id, rule));
			}
			catch (RuleFileException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				throw fail(id, ex.getMessage(), ex);
			}
		}
		return List.copyOf(rules);
	}

	private void defineSet(String name, Object definition) {
		String label = "";
		Object members = definition;
		if (definition instanceof Map<?, ?>) {
			Map<String, Object> labelled = map(definition, "set " + name, null);
			label = text(labelled, "label", null);
			members = labelled.get("members");
		}
		List<String> codes = new ArrayList<>();
		for (Object member : list(members, "set " + name, null)) {
			codes.addAll(expand(String.valueOf(member), Map.of(), null).codes());
		}
		this.sets.put(name, new NamedSet(label, List.copyOf(codes)));
	}

	private Rule rule(String id, Map<String, Object> rule) {
		checkKeys(rule, RULE_KEYS, id);
		Severity severity = Severity.fromLabel(text(rule, "severity", id));
		String title = text(rule, "title", id);
		if (rule.containsKey("rule") == rule.containsKey("type")) {
			throw fail(id, "needs exactly one of rule: (linear) and type: (value type)", null);
		}
		if (rule.containsKey("type")) {
			String patterns = text(rule, "items", id);
			return new ValueTypeRule(id, severity, title, patterns, ValueType.fromFile(text(rule, "type", id)),
					items(patterns, id));
		}
		String definition = text(rule, "rule", id);
		Expression expression = Expression.parse(definition);
		List<Equation> instances = new ArrayList<>();
		for (Map<String, String> binding : bindings(map(rule.getOrDefault("for", Map.of()), "for", id))) {
			Equation instance = new Equation(terms(expression.left(), binding, id), expression.relation(),
					terms(expression.right(), binding, id));
			if (instance.items().isEmpty()) {
				throw fail(id, "compares constants only", null);
			}
			instances.add(instance);
		}
		return new LinearRule(id, severity, title, definition, instances);
	}

	/** Every combination of the {@code for:} variables, the first variable varying slowest. */
	private List<Map<String, String>> bindings(Map<String, Object> forClause) {
		List<Map<String, String>> bindings = List.of(Map.of());
		for (Map.Entry<String, Object> variable : forClause.entrySet()) {
			NamedSet set = set(String.valueOf(variable.getValue()));
			List<Map<String, String>> extended = new ArrayList<>();
			for (Map<String, String> binding : bindings) {
				for (String member : set.members()) {
					Map<String, String> next = new LinkedHashMap<>(binding);
					next.put(variable.getKey(), member);
					extended.add(next);
				}
			}
			bindings = extended;
		}
		return bindings;
	}

	private List<Term> terms(List<Expression.TermTemplate> templates, Map<String, String> binding, String id) {
		List<Term> terms = new ArrayList<>();
		for (Expression.TermTemplate template : templates) {
			if (template.code() == null) {
				terms.add(new Term(template.coefficient(), List.of(), ""));
				continue;
			}
			Expansion expansion = expand(template.code(), binding, id);
			List<Item> items = expansion.codes().stream().map((code) -> require(code, id)).toList();
			terms.add(new Term(template.coefficient(), items, expansion.label()));
		}
		return terms;
	}

	/** Replaces {@code {v}} by its binding and sums {@code {x in SET}} over the set's members. */
	private Expansion expand(String template, Map<String, String> binding, String id) {
		List<String> codes = new ArrayList<>();
		String[] label = { "" };
		expandInto(template, binding, id, codes, label);
		return new Expansion(codes, label[0]);
	}

	private void expandInto(String template, Map<String, String> binding, String id, List<String> codes,
			String[] label) {
		int open = template.indexOf('{');
		if (open < 0) {
			codes.add(template);
			return;
		}
		int close = template.indexOf('}', open);
		if (close < 0) {
			throw fail(id, "unclosed { in " + template, null);
		}
		String before = template.substring(0, open);
		String after = template.substring(close + 1);
		String inner = template.substring(open + 1, close).trim();
		Matcher expansion = EXPANSION.matcher(inner);
		if (expansion.matches()) {
			NamedSet set = set(expansion.group(2));
			if (label[0].isEmpty()) {
				label[0] = set.label();
			}
			for (String member : set.members()) {
				expandInto(before + member + after, binding, id, codes, label);
			}
		}
		else if (binding.containsKey(inner)) {
			expandInto(before + binding.get(inner) + after, binding, id, codes, label);
		}
		else {
			throw fail(id, "unbound variable {" + inner + "} in " + template, null);
		}
	}

	/** The catalog items matching space-separated glob patterns, in catalog order. */
	private List<Item> items(String patterns, String id) {
		List<Pattern> regexes = new ArrayList<>();
		for (String glob : patterns.trim().split("\\s+")) {
			Pattern regex = Pattern.compile(("\\Q" + glob + "\\E").replace("*", "\\E.*\\Q"));
			if (this.catalog.items().stream().noneMatch((item) -> regex.matcher(item.code().value()).matches())) {
				throw fail(id, "pattern " + glob + " matches no item of " + this.catalog.format(), null);
			}
			regexes.add(regex);
		}
		return this.catalog.items()
			.stream()
			.filter((item) -> regexes.stream().anyMatch((regex) -> regex.matcher(item.code().value()).matches()))
			.toList();
	}

	private Item require(String code, String id) {
		try {
			return this.catalog.require(code);
		}
		catch (IllegalArgumentException ex) {
			throw fail(id, ex.getMessage(), ex);
		}
	}

	private NamedSet set(String name) {
		NamedSet set = this.sets.get(name);
		if (set == null) {
			throw new IllegalArgumentException("unknown set " + name);
		}
		return set;
	}

	private void checkKeys(Map<String, Object> map, Set<String> allowed, String id) {
		for (String key : map.keySet()) {
			if (!allowed.contains(key)) {
				throw fail(id, "unknown key " + key, null);
			}
		}
	}

	private String text(Map<String, Object> map, String key, String id) {
		Object value = map.get(key);
		if (value == null) {
			throw fail(id, "missing " + key, null);
		}
		return value.toString().trim();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> map(Object value, String what, String id) {
		if (!(value instanceof Map<?, ?>)) {
			throw fail(id, what + " should be a map", null);
		}
		return (Map<String, Object>) value;
	}

	private List<?> list(Object value, String what, String id) {
		if (!(value instanceof List<?> list)) {
			throw fail(id, what + " should be a list", null);
		}
		return list;
	}

	private RuleFileException fail(String id, String problem, Throwable cause) {
		return new RuleFileException(this.file, id, problem, cause);
	}

}
