package org.ogirollup.job;

import java.nio.file.Path;
import java.util.Collection;

import org.ogirollup.registry.Registry;
import org.ogirollup.submission.ReportFileName;

/**
 * Which files a scoped re-aggregation may read again: those of the units in one government's
 * subtree, known by the submissions a stored file held, or by its name for a new file. An empty
 * scope is the whole input.
 */
final class RunScope {

	private final Registry registry;

	private final String nodeCode;

	RunScope(Registry registry, String nodeCode) {
		this.registry = registry;
		this.nodeCode = nodeCode;
	}

	boolean isWhole() {
		return this.nodeCode.isEmpty();
	}

	/** Whether a stored file holds a submission of a unit in the scope. */
	boolean includesUnits(Collection<String> unitCodes) {
		return isWhole() || unitCodes.stream().anyMatch((unit) -> this.registry.isWithin(unit, this.nodeCode));
	}

	/** Whether a file not yet stored belongs to the scope, by the unit its name starts with. */
	boolean includesFile(Path file) {
		if (isWhole()) {
			return true;
		}
		String unit = ReportFileName.parse(file.getFileName().toString(), this.registry::contains).unitCode();
		return this.registry.isWithin(unit, this.nodeCode);
	}

}
