package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryReader;

/**
 * The registry of a run's input folder, read once and shared by the steps and partitions of the
 * run instead of once by each (the national registry has 100,000 units). It is read again as soon
 * as {@code units.csv} is another file or has changed, so a correction between runs is never missed.
 * The {@code aggregate} command reads the registry through one of these before Spring starts, to
 * fail fast on a broken one, and hands it to the job's context, so the job does not read it again.
 */
public class RegistryCache {

	private record Stamp(Path file, long size, FileTime modified) {
	}

	private Stamp stamp;

	private Registry registry;

	/**
	 * The registry of {@code <input>/units.csv}.
	 * @throws org.ogirollup.registry.RegistryException when it is missing or broken
	 */
	public synchronized Registry of(String input) {
		Path file = Path.of(input).resolve("units.csv").toAbsolutePath();
		Stamp current = stampOf(file);
		if (current == null || !current.equals(this.stamp)) {
			// a file that cannot even be looked at is read anyway, for the reader to say what is wrong
			this.registry = RegistryReader.read(file);
			this.stamp = current;
		}
		return this.registry;
	}

	private static Stamp stampOf(Path file) {
		try {
			return new Stamp(file, Files.size(file), Files.getLastModifiedTime(file));
		}
		catch (IOException ex) {
			return null;
		}
	}

}
