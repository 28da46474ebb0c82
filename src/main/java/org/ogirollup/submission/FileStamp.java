package org.ogirollup.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a submission file looked like when it was read: size and modification time to notice a
 * change without reading the file, and a checksum to tell a real change from a mere touch.
 */
public record FileStamp(long size, long modifiedMillis, String checksum) {

	/** The stamp of a file whose bytes have been read. */
	public static FileStamp of(Path file, byte[] bytes) throws IOException {
		return new FileStamp(bytes.length, Files.getLastModifiedTime(file).toMillis(), checksum(bytes));
	}

	public static String checksum(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
