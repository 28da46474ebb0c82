package org.ogirollup.job;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ogirollup.export.Blocks;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.store.ChangeStore;

/**
 * What the steps after the ingest of a year's run work on: the whole year (its first run, or one
 * after the registry or the application changed), or the units and files the run changed and the
 * governments above those units. Read from the database by each step, so that a restart sees what
 * the interrupted run had changed.
 *
 * @param wholeYear whether every unit and output is to be done over
 * @param units the units whose submissions changed, in code order
 * @param files the files whose findings may have changed
 * @param nodes the governments on the chains of those units: their totals and rows may change
 */
record YearChanges(boolean wholeYear, Set<String> units, Set<String> files, Set<String> nodes) {

	/** The whole year. */
	static final YearChanges WHOLE = new YearChanges(true, Set.of(), Set.of(), Set.of());

	/** What the steps that work in the database (duplicates, cross-year checks, roll-up) do over. */
	static YearChanges of(ChangeStore store, Registry registry, int year) {
		return of(store, registry, year, store.wholeYear(year));
	}

	/**
	 * What the output steps write again: the whole year too when its outputs were last written to
	 * another folder, or never completely.
	 */
	static YearChanges ofOutputs(ChangeStore store, YearOutputs outputs) {
		return of(store, outputs.registry(), outputs.year(),
				store.wholeYear(outputs.year()) || !store.writtenTo(outputs.year(), outputs.folder().toString()));
	}

	private static YearChanges of(ChangeStore store, Registry registry, int year, boolean whole) {
		if (whole) {
			return WHOLE;
		}
		Set<String> units = store.units(year);
		Set<String> nodes = new TreeSet<>();
		units.forEach((unit) -> nodes.addAll(registry.governmentChain(unit)));
		return new YearChanges(false, units, store.files(year), nodes);
	}

	/** The blocks of a node-by-node table to write: all, or those of the governments above the changed units. */
	Blocks nodeBlocks() {
		return this.wholeYear ? Blocks.all() : Blocks.of(this.nodes);
	}

	/** The blocks of a unit-by-unit table to write. */
	Blocks unitBlocks() {
		return this.wholeYear ? Blocks.all() : Blocks.of(this.units);
	}

	/** The blocks of a file-by-file table (the findings) to write. */
	Blocks fileBlocks() {
		return this.wholeYear ? Blocks.all() : Blocks.of(this.files);
	}

	/** The governments whose rows are written: all of them, or those above the changed units. */
	List<Unit> governments(Registry registry) {
		return this.wholeYear ? registry.governments() : governmentsOf(registry, this.nodes);
	}

	/** The governments of some codes, in code order as the registry lists them. */
	static List<Unit> governmentsOf(Registry registry, Set<String> codes) {
		return registry.governments().stream().filter((node) -> codes.contains(node.code())).toList();
	}

}
