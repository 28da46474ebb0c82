package org.ogirollup.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Keeps two processes that share one PostgreSQL database from aggregating the same report year
 * at once: a session-level advisory lock, held on its own connection for the whole run, which
 * the server releases by itself when the process dies. H2 needs none: its file admits one
 * process only.
 */
final class YearLock implements AutoCloseable {

	/** The first half of the advisory lock key: the application's, so no other lock collides. */
	private static final int APPLICATION_KEY = 0x06_01_2019;

	private static final YearLock NONE = new YearLock(null, 0);

	private final Connection connection;

	private final int year;

	private YearLock(Connection connection, int year) {
		this.connection = connection;
		this.year = year;
	}

	/**
	 * Takes the lock of a year.
	 * @throws IllegalStateException when another process holds it
	 */
	static YearLock acquire(DataSource dataSource, int year) throws SQLException {
		Connection connection = dataSource.getConnection();
		boolean held = false;
		try {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return NONE;
			}
			if (!call(connection, "select pg_try_advisory_lock(?, ?)", year)) {
				throw new IllegalStateException("report year " + year + " is being aggregated by another process that"
						+ " shares this database; start it again when that run has finished");
			}
			held = true;
			return new YearLock(connection, year);
		}
		finally {
			if (!held) {
				connection.close();
			}
		}
	}

	private static boolean call(Connection connection, String sql, int year) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, APPLICATION_KEY);
			statement.setInt(2, year);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	@Override
	public void close() throws SQLException {
		if (this.connection != null) {
			try (Connection held = this.connection) {
				call(held, "select pg_advisory_unlock(?, ?)", this.year);
			}
		}
	}

}
