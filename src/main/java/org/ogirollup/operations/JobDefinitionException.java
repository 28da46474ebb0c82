package org.ogirollup.operations;

import java.nio.file.Path;

/** A job definition file that cannot be used; the message names the file and the key. */
public class JobDefinitionException extends RuntimeException {

	public JobDefinitionException(Path file, String key, String problem) {
		super(file + ": " + ((key != null) ? "'" + key + "' " : "") + problem);
	}

	public JobDefinitionException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}

}
