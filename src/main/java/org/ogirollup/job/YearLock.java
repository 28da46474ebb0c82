package org.ogirollup.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Keeps processes that share one PostgreSQL database from aggregating a report year at the same
 * time as another, or as the year before it: session-level advisory locks, held on their own
 * connection for the whole run, which the server releases by itself when the process dies.
 * <p>
 * A run of year Y holds Y's lock exclusively and Y−1's shared: Y−1's shared lock waits for a
 * run of Y−1 in another process to finish, since Y reads Y−1's totals and submissions, and a run
 * of Y−1 that finds Y's run reading it is refused rather than changing the data under it. Runs
 * only ever wait for an earlier year, so two processes never wait for each other. H2 needs none
 * of this: its file admits one process only.
 */
final class YearLock implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(YearLock.class);

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
	 * Takes the lock of a year, and waits for the year before it to be free of other runs.
	 * @throws YearInUseException when another process runs the year, or the next year
	 */
	static YearLock acquire(DataSource dataSource, int year) throws SQLException {
		Connection connection = dataSource.getConnection();
		boolean held = false;
		try {
			if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
				return NONE;
			}
			if (!call(connection, "select pg_try_advisory_lock(?, ?)", year)) {
				throw new YearInUseException(year, onlySharedHolders(connection, year));
			}
			held = true;
			if (!call(connection, "select pg_try_advisory_lock_shared(?, ?)", year - 1)) {
				logger.info("Aggregate " + year + ": waiting for the run of " + (year - 1) + " in another process that"
						+ " shares this database to finish, since " + year + " reads " + (year - 1));
				try (PreparedStatement wait = connection.prepareStatement("select pg_advisory_lock_shared(?, ?)")) {
					wait.setInt(1, APPLICATION_KEY);
					wait.setInt(2, year - 1);
					wait.execute();
				}
				logger.info("Aggregate " + year + ": the run of " + (year - 1) + " in the other process has finished");
			}
			return new YearLock(connection, year);
		}
		finally {
			if (!held) {
				connection.close();
			}
		}
	}

	/**
	 * Whether the year's lock, refused, is held shared only: by a run of the next year reading
	 * it, not by a run of the year itself. Taken and given back at once.
	 */
	private static boolean onlySharedHolders(Connection connection, int year) throws SQLException {
		if (call(connection, "select pg_try_advisory_lock_shared(?, ?)", year)) {
			call(connection, "select pg_advisory_unlock_shared(?, ?)", year);
			return true;
		}
		return false;
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
			// the pool keeps the session open when the connection goes back to it, and the locks with it
			try (Connection held = this.connection) {
				call(held, "select pg_advisory_unlock_shared(?, ?)", this.year - 1);
				call(held, "select pg_advisory_unlock(?, ?)", this.year);
			}
		}
	}

}
