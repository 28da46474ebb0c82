package org.ogirollup.console;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the data a page's script draws (the charts) as JSON to embed in the page, with
 * {@code <}, {@code >} and {@code &} escaped so that no text of the data can end the script block.
 */
final class ConsoleJson {

	private final JsonMapper mapper;

	ConsoleJson(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String write(Object value) {
		return this.mapper.writeValueAsString(value)
			.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026");
	}

}
