package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link Lattice} makes cell grids of the lines a page draws. */
class PdfLatticeTest {

	@Test
	void linesThatMeetMakeOneGridOfCells() {
		List<RuledGrid> grids = Lattice.grids(grid(new double[] { 0, 100, 200 }, new double[] { 0, 20, 40, 60 }));
		assertThat(grids).singleElement().satisfies((grid) -> {
			assertThat(grid.rows()).isEqualTo(3);
			assertThat(grid.columns()).isEqualTo(2);
			assertThat(grid.cells()).hasSize(6);
			assertThat(grid.cells().get(grid.cellAt(150, 30))).isEqualTo(new GridCell(1, 1, 1, 1));
		});
	}

	@Test
	void whereNoLineDividesTwoCellsTheyAreOneMergedCell() {
		List<Ruling> rulings = new ArrayList<>();
		for (double y : new double[] { 0, 20, 40, 60 }) {
			rulings.add(new Ruling(true, y, 0, 200));
		}
		rulings.add(new Ruling(false, 0, 0, 60));
		rulings.add(new Ruling(false, 200, 0, 60));
		// the middle line stops short of the first row: that row is one cell across
		rulings.add(new Ruling(false, 100, 20, 60));
		RuledGrid grid = Lattice.grids(rulings).get(0);
		assertThat(grid.cells()).hasSize(5);
		assertThat(grid.cells().get(grid.cellAt(50, 10))).isEqualTo(new GridCell(0, 0, 0, 1));
		assertThat(grid.cellAt(50, 10)).isEqualTo(grid.cellAt(150, 10));
	}

	@Test
	void aBorderDrawnTwiceAHairApartAndInPiecesIsOneEdge() {
		List<Ruling> rulings = grid(new double[] { 0, 100, 200 }, new double[] { 0, 20, 40 });
		rulings.add(new Ruling(true, 20.4, 0, 90));
		rulings.add(new Ruling(true, 20.4, 91, 200));
		rulings.add(new Ruling(false, 99.7, 0, 40));
		RuledGrid grid = Lattice.grids(rulings).get(0);
		assertThat(grid.rows()).isEqualTo(2);
		assertThat(grid.columns()).isEqualTo(2);
	}

	@Test
	void aFrameAroundTheTextIsNoTable() {
		assertThat(Lattice.grids(grid(new double[] { 50, 545 }, new double[] { 50, 790 }))).isEmpty();
	}

	@Test
	void linesThatDoNotMeetAreSeparateTables() {
		List<Ruling> rulings = grid(new double[] { 0, 100, 200 }, new double[] { 0, 20 });
		rulings.addAll(grid(new double[] { 0, 100, 200 }, new double[] { 100, 120 }));
		assertThat(Lattice.grids(rulings)).hasSize(2).extracting((grid) -> grid.box().top()).containsExactly(0.0, 100.0);
	}

	private static List<Ruling> grid(double[] xs, double[] ys) {
		List<Ruling> rulings = new ArrayList<>();
		for (double y : ys) {
			rulings.add(new Ruling(true, y, xs[0], xs[xs.length - 1]));
		}
		for (double x : xs) {
			rulings.add(new Ruling(false, x, ys[0], ys[ys.length - 1]));
		}
		return rulings;
	}

}
