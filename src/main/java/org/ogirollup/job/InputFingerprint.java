package org.ogirollup.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.ogirollup.input.InputFolder;

/**
 * A digest of what a year's run reads (the registry and the year's files, by name, size and
 * modification time): equal digests mean a failed run may resume where it stopped; a new digest
 * means the input changed and the year is read again from the start.
 */
final class InputFingerprint {

	private InputFingerprint() {
	}

	static String of(Path input, int year) throws IOException {
		List<Path> files = new ArrayList<>();
		files.add(input.resolve("units.csv"));
		Path yearFolder = input.resolve(String.valueOf(year));
		if (Files.isDirectory(yearFolder)) {
			files.addAll(InputFolder.entries(yearFolder));
		}
		MessageDigest digest = sha256();
		for (Path file : files) {
			// not following links: a link that leads nowhere has attributes of its own all the same
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			digest.update((input.relativize(file) + "\t" + attributes.size() + "\t"
					+ attributes.lastModifiedTime().toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
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
