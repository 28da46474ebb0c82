package org.ogirollup.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/runs}, checked strictly: a year (a JSON whole number; without it
 * the definition's years), a scope and a definition (text), and nothing else, so that a
 * misspelled property or a year of {@code 2021.5} is refused instead of quietly running
 * something else. Every refusal quotes the value it refuses short (see {@link Quote}).
 */
record RunRequest(Integer year, String scope, String definition) {

	private static final List<String> PROPERTIES = List.of("year", "scope", "definition");

	private static final Set<String> KNOWN = Set.copyOf(PROPERTIES);

	/**
	 * Reads a body; no body at all asks for the default definition's years.
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static RunRequest of(JsonNode body) {
		if (body == null || body.isNull() || body.isMissingNode()) {
			return new RunRequest(null, null, null);
		}
		if (!body.isObject()) {
			throw new IllegalArgumentException("请求体须为 JSON 对象，如 {\"year\": 2021}");
		}
		List<String> unknown = new ArrayList<>();
		for (String name : body.propertyNames()) {
			if (!KNOWN.contains(name)) {
				unknown.add(Quote.of(name));
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("未知的属性 " + String.join("、", unknown) + "；可用的属性："
					+ String.join("、", PROPERTIES));
		}
		return new RunRequest(year(body.get("year")), text(body, "scope"), text(body, "definition"));
	}

	private static Integer year(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isIntegralNumber() && value.canConvertToInt()) {
			return value.intValue();
		}
		throw new IllegalArgumentException("year 须为整数年份，如 2021，不是 " + shown(value));
	}

	private static String text(JsonNode body, String name) {
		JsonNode value = body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw new IllegalArgumentException(name + " 须为文本（加引号），不是 " + shown(value));
		}
		return value.stringValue();
	}

	/** A value as the body gave it, short: text as text, anything else as JSON. */
	private static String shown(JsonNode value) {
		return value.isString() ? "文本" + Quote.of(value.stringValue()) : Quote.of(value.toString());
	}

}
