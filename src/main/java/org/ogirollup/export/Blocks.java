package org.ogirollup.export;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which blocks of a long table a write covers: all of them (a whole write), or those of some keys
 * (nodes, units, files) whose rows changed, every other block kept as it was written.
 */
public record Blocks(Set<String> keys) {

	private static final Blocks ALL = new Blocks(null);

	public Blocks {
		keys = (keys != null) ? Set.copyOf(new TreeSet<>(keys)) : null;
	}

	/** The whole table. */
	public static Blocks all() {
		return ALL;
	}

	/** The blocks of these keys only. */
	public static Blocks of(Set<String> keys) {
		return new Blocks(keys);
	}

	public boolean isAll() {
		return this.keys == null;
	}

	/** Whether a key's rows are written: every key for a whole write. */
	public boolean covers(String key) {
		return this.keys == null || this.keys.contains(key);
	}

}
