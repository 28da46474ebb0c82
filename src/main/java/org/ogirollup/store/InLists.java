package org.ogirollup.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Queries over a set of keys (files, units) cut into parts of a bound size, each bound as an
 * {@code in (?, ?, ...)} list: every database takes lists this long, and each part keeps the
 * order of its query.
 */
final class InLists {

	/** How many values one query binds at most, well below what every database takes. */
	private static final int PART = 500;

	private InLists() {
	}

	/**
	 * Calls the query once per part of the keys, in key order.
	 * @param query takes the list's placeholders, such as {@code (?,?,?)}, and the part's keys
	 */
	static void forEachPart(Collection<String> keys, BiConsumer<String, List<String>> query) {
		List<String> sorted = new ArrayList<>(new TreeSet<>(keys));
		for (int from = 0; from < sorted.size(); from += PART) {
			List<String> part = sorted.subList(from, Math.min(sorted.size(), from + PART));
			query.accept("(" + String.join(",", Collections.nCopies(part.size(), "?")) + ")", part);
		}
	}

	/** The arguments of a query: the given ones first, then the part's keys. */
	static Object[] arguments(List<String> part, Object... first) {
		List<Object> arguments = new ArrayList<>(List.of(first));
		arguments.addAll(part);
		return arguments.toArray();
	}

}
