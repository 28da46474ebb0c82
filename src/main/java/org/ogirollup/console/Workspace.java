package org.ogirollup.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.ogirollup.input.InputFolder;
import org.ogirollup.job.RegistryCache;
import org.ogirollup.operations.JobDefinition;
import org.ogirollup.registry.Registry;

/**
 * The folders the console works on, those of one job definition: the input (registry and year
 * folders, where corrections go) and the output (the files it offers for download).
 */
final class Workspace {

	private final JobDefinition definition;

	private final RegistryCache registries;

	Workspace(JobDefinition definition, RegistryCache registries) {
		this.definition = definition;
		this.registries = registries;
	}

	String definitionName() {
		return this.definition.name();
	}

	Path input() {
		return this.definition.input();
	}

	Path output() {
		return this.definition.output();
	}

	/** The registry of the input, read again when {@code units.csv} changes. */
	Registry registry() {
		return this.registries.of(input().toString());
	}

	InputFolder inputFolder() {
		try {
			return InputFolder.of(input());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("找不到输入文件夹 " + input(), ex);
		}
	}

	/** The report years with a readable folder, newest first. */
	List<Integer> years() {
		try {
			return inputFolder().years().stream().sorted((a, b) -> Integer.compare(b, a)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法列出输入文件夹 " + input(), ex);
		}
	}

	/** The folder of a year's outputs. */
	Path yearOutput(int year) {
		return output().resolve(String.valueOf(year));
	}

}
