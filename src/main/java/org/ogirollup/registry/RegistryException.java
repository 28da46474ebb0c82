package org.ogirollup.registry;

/** The registry cannot be used: the message names the file and line at fault. */
public class RegistryException extends RuntimeException {

	public RegistryException(String message) {
		super(message);
	}

	public RegistryException(String message, Throwable cause) {
		super(message, cause);
	}

}
