package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the ruled tables of a page: the lines that meet one another make one table, their
 * positions its column and row edges, and where no line divides two atomic cells they are one
 * merged cell. A word processor draws each border once or twice, a hair apart, sometimes as
 * several pieces: positions are clustered and pieces joined first.
 */
final class Lattice {

	/** Lines nearer than this (points) are one edge: a border drawn twice, or a double border. */
	private static final double SAME_EDGE = 3;

	/** Pieces of a line with a gap smaller than this are one line. */
	private static final double JOIN = 2;

	/** A line ending this close to another still meets it. */
	private static final double MEET = 2.5;

	/** More lines than this on one page is a drawing, not a table; reading it as one would take long. */
	private static final int MOST_RULINGS = 4000;

	private Lattice() {
	}

	/** The ruled tables of a page, top to bottom. */
	static List<RuledGrid> grids(List<Ruling> rulings) {
		List<Ruling> joined = join(rulings);
		if (joined.size() > MOST_RULINGS) {
			return List.of();
		}
		List<RuledGrid> grids = new ArrayList<>();
		for (List<Ruling> component : components(joined)) {
			RuledGrid grid = grid(component);
			if (grid != null) {
				grids.add(grid);
			}
		}
		grids.sort(Comparator.comparingDouble((RuledGrid grid) -> grid.box().top()));
		return grids;
	}

	/** Pieces of one line on one edge become one ruling. */
	static List<Ruling> join(List<Ruling> rulings) {
		List<Ruling> joined = new ArrayList<>();
		for (boolean horizontal : new boolean[] { true, false }) {
			List<Ruling> sorted = new ArrayList<>();
			for (Ruling ruling : rulings) {
				if (ruling.horizontal() == horizontal) {
					sorted.add(ruling);
				}
			}
			sorted.sort(Comparator.comparingDouble(Ruling::position));
			int from = 0;
			while (from < sorted.size()) {
				int to = from + 1;
				while (to < sorted.size() && sorted.get(to).position() - sorted.get(to - 1).position() <= JOIN) {
					to++;
				}
				joined.addAll(joinAlong(sorted.subList(from, to), horizontal));
				from = to;
			}
		}
		return joined;
	}

	private static List<Ruling> joinAlong(List<Ruling> edge, boolean horizontal) {
		List<Ruling> byStart = new ArrayList<>(edge);
		byStart.sort(Comparator.comparingDouble(Ruling::start));
		double position = edge.stream().mapToDouble(Ruling::position).average().orElse(0);
		List<Ruling> joined = new ArrayList<>();
		double start = byStart.get(0).start();
		double end = byStart.get(0).end();
		for (Ruling ruling : byStart.subList(1, byStart.size())) {
			if (ruling.start() <= end + JOIN) {
				end = Math.max(end, ruling.end());
			}
			else {
				joined.add(new Ruling(horizontal, position, start, end));
				start = ruling.start();
				end = ruling.end();
			}
		}
		joined.add(new Ruling(horizontal, position, start, end));
		return joined;
	}

	/** Groups of lines that meet, each one table. */
	private static List<List<Ruling>> components(List<Ruling> rulings) {
		int[] parent = new int[rulings.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < rulings.size(); i++) {
			for (int j = i + 1; j < rulings.size(); j++) {
				if (rulings.get(i).meets(rulings.get(j), MEET)) {
					parent[root(parent, i)] = root(parent, j);
				}
			}
		}
		Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
		for (int i = 0; i < rulings.size(); i++) {
			groups.computeIfAbsent(root(parent, i), (key) -> new ArrayList<>()).add(rulings.get(i));
		}
		return new ArrayList<>(groups.values());
	}

	private static int root(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/** The grid of one group of lines, or null when they enclose fewer than two cells. */
	private static RuledGrid grid(List<Ruling> component) {
		List<Ruling> horizontals = component.stream().filter(Ruling::horizontal).toList();
		List<Ruling> verticals = component.stream().filter((ruling) -> !ruling.horizontal()).toList();
		if (horizontals.size() < 2 || verticals.size() < 2) {
			return null;
		}
		double[] xs = edges(verticals.stream().mapToDouble(Ruling::position).toArray());
		double[] ys = edges(horizontals.stream().mapToDouble(Ruling::position).toArray());
		if (xs.length < 2 || ys.length < 2) {
			return null;
		}
		int rows = ys.length - 1;
		int columns = xs.length - 1;
		int[] parent = new int[rows * columns];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int row = 0; row < rows; row++) {
			double middleY = (ys[row] + ys[row + 1]) / 2;
			for (int column = 0; column < columns; column++) {
				double middleX = (xs[column] + xs[column + 1]) / 2;
				if (column + 1 < columns && !drawn(verticals, xs[column + 1], middleY)) {
					parent[root(parent, row * columns + column)] = root(parent, row * columns + column + 1);
				}
				if (row + 1 < rows && !drawn(horizontals, ys[row + 1], middleX)) {
					parent[root(parent, row * columns + column)] = root(parent, (row + 1) * columns + column);
				}
			}
		}
		return cells(xs, ys, parent);
	}

	private static RuledGrid cells(double[] xs, double[] ys, int[] parent) {
		int rows = ys.length - 1;
		int columns = xs.length - 1;
		Map<Integer, int[]> spans = new LinkedHashMap<>();
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				int[] span = spans.computeIfAbsent(root(parent, row * columns + column),
						(key) -> new int[] { Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1 });
				span[0] = Math.min(span[0], row);
				span[1] = Math.max(span[1], row);
				span[2] = Math.min(span[2], column);
				span[3] = Math.max(span[3], column);
			}
		}
		if (spans.size() < 2) {
			return null;
		}
		List<GridCell> cells = new ArrayList<>();
		Map<Integer, Integer> indexOfRoot = new LinkedHashMap<>();
		for (Map.Entry<Integer, int[]> span : spans.entrySet()) {
			int[] s = span.getValue();
			indexOfRoot.put(span.getKey(), cells.size());
			cells.add(new GridCell(s[0], s[1], s[2], s[3]));
		}
		int[][] owner = new int[rows][columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				owner[row][column] = indexOfRoot.get(root(parent, row * columns + column));
			}
		}
		return new RuledGrid(xs, ys, cells, owner);
	}

	/** Whether a line runs along the edge at this position through the given point of it. */
	private static boolean drawn(List<Ruling> rulings, double position, double along) {
		for (Ruling ruling : rulings) {
			if (Math.abs(ruling.position() - position) <= SAME_EDGE && ruling.covers(along, 0)) {
				return true;
			}
		}
		return false;
	}

	/** Positions clustered into edges, each the mean of its cluster, in order. */
	private static double[] edges(double[] positions) {
		double[] sorted = positions.clone();
		java.util.Arrays.sort(sorted);
		List<Double> edges = new ArrayList<>();
		int from = 0;
		while (from < sorted.length) {
			int to = from + 1;
			while (to < sorted.length && sorted[to] - sorted[to - 1] <= SAME_EDGE) {
				to++;
			}
			double sum = 0;
			for (int i = from; i < to; i++) {
				sum += sorted[i];
			}
			edges.add(sum / (to - from));
			from = to;
		}
		return edges.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
