package org.ogirollup.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.submission.Scope;

/**
 * What the next year's run reads of a year, as a digest: the year's node totals (its
 * year-over-year tables and official tables compare with them) and its accepted own submissions
 * (the cross-year checks and the units' year-over-year table do). Equal digests before and after
 * a run of the year mean the next year's outputs still hold.
 */
public class ComparisonBasis {

	private final JdbcTemplate jdbc;

	public ComparisonBasis(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The digest of a year's comparison data; a year with none has the digest of nothing. */
	public String digest(int year) {
		MessageDigest digest = sha256();
		this.jdbc.query("select node_code, format, cell_values from node_total where report_year = ? order by node_code",
				(rs) -> {
					update(digest, "total", rs.getString(1), rs.getString(2), rs.getString(3));
				}, year);
		// at most one accepted own submission per unit (duplicates are rejected); the file keeps the order total
		this.jdbc.query("select unit_code, format, cell_values from submission where report_year = ? and scope = ?"
				+ " and accepted = true order by unit_code, source_file, line", (rs) -> {
					update(digest, "own", rs.getString(1), rs.getString(2), rs.getString(3));
				}, year, Scope.OWN.label());
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void update(MessageDigest digest, String... fields) {
		for (String field : fields) {
			digest.update(field.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
		digest.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
