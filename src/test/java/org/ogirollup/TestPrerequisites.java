package org.ogirollup;

/**
 * What some tests need from the machine, which {@code .ci/run} installs and starts (a PostgreSQL
 * server, Chromium, a font with Chinese characters). A missing one fails those tests with what to
 * do; it never skips them, so that a green run means they ran.
 */
public final class TestPrerequisites {

	private TestPrerequisites() {
	}

	/** The JDBC URL of the PostgreSQL server of the PostgreSQL tests. */
	public static String postgresUrl() {
		return environment("OGI_TEST_POSTGRES_URL",
				"export OGI_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh) (as root it installs and starts a"
						+ " throwaway server; .ci/run does this)");
	}

	/** The value of an environment variable that {@code .ci/run} exports. */
	public static String environment(String variable, String howToSetIt) {
		String value = System.getenv(variable);
		if (value == null || value.isBlank()) {
			throw new AssertionError(variable + " is not set: " + howToSetIt);
		}
		return value;
	}

	/** Fails when what the test needs is not there. */
	public static void require(boolean present, String whatIsMissing) {
		if (!present) {
			throw new AssertionError(whatIsMissing);
		}
	}

}
