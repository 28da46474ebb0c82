package org.ogirollup.operations;

import java.util.Map;

/** The job definitions the service was started with, by name. */
public record JobDefinitionCatalog(Map<String, JobDefinition> definitions) {

	public JobDefinitionCatalog {
		definitions = Map.copyOf(definitions);
	}

}
