package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.export.NodeTables;
import org.ogirollup.export.OfficialLayout;

/**
 * Writes a government's or a unit's three official tables into a sheet: the blocks of
 * {@link NodeTables} side by side (this year, last year, the change), table by table, so that a
 * row of one block stands beside the same row of the others wherever the two years' formats
 * agree. Rows are written top to bottom, as a streaming sheet needs.
 */
final class TablesSheet {

	/** Empty columns between two blocks. */
	private static final int GAP = 1;

	/** Column widths in characters of the default font; a Chinese character takes about two. */
	private static final int[] LABEL_WIDTHS = { 16, 20, 36 };

	private static final int VALUE_WIDTH = 11;

	private static final int GAP_WIDTH = 3;

	/** How a cell of a block is marked, and the note that tells why. */
	interface Marks {

		/** No marks at all. */
		Marks NONE = new Marks() {
		};

		/** The mark of one value cell. */
		default Mark of(NodeTables.Kind block, Item item) {
			return Mark.NONE;
		}

		/** A note on a block's title, such as which members its totals lack; {@code null} for none. */
		default String blockNote(NodeTables.Kind block) {
			return null;
		}

	}

	/** The fill of a cell and the comment it carries ({@code null} for none). */
	record Mark(Styles.Fill fill, String note) {

		static final Mark NONE = new Mark(Styles.Fill.NONE, null);

	}

	private final Cells cells;

	private final Sheet sheet;

	private final Marks marks;

	TablesSheet(Cells cells, Marks marks) {
		this.cells = cells;
		this.sheet = cells.sheet();
		this.marks = marks;
	}

	/**
	 * Writes the blocks, their notes below them, from a row on.
	 * @return the first row after what was written
	 */
	int write(int firstRow, NodeTables tables) {
		List<NodeTables.Block> blocks = tables.blocks();
		List<OfficialLayout> layouts = blocks.stream().map(NodeTables.Block::layout).toList();
		int labelColumns = 0;
		int valueColumns = 0;
		for (OfficialLayout layout : layouts) {
			for (OfficialLayout.Table table : layout.tables()) {
				for (OfficialLayout.Part part : table.parts()) {
					labelColumns = Math.max(labelColumns, part.labelColumns());
					valueColumns = Math.max(valueColumns, part.valueColumns());
				}
			}
		}
		int blockWidth = labelColumns + valueColumns;
		widths(blocks.size(), labelColumns, blockWidth);
		int row = firstRow;
		Row titles = this.sheet.createRow(row);
		for (int b = 0; b < blocks.size(); b++) {
			int start = b * (blockWidth + GAP);
			Cell title = this.cells.text(titles, start, blocks.get(b).title(), Styles.Role.BLOCK_TITLE);
			this.cells.comment(title, this.marks.blockNote(blocks.get(b).kind()));
			this.sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, start, start + blockWidth - 1));
		}
		row++;
		for (int t = 0; t < layouts.get(0).tables().size(); t++) {
			List<BlockGrid> grids = new ArrayList<>();
			for (OfficialLayout layout : layouts) {
				grids.add(BlockGrid.of(layout.tables().get(t), labelColumns));
			}
			int height = grids.stream().mapToInt((grid) -> grid.lines().size()).max().orElse(0);
			for (int line = 0; line < height; line++) {
				Row sheetRow = this.sheet.createRow(row + line);
				for (int b = 0; b < grids.size(); b++) {
					if (line < grids.get(b).lines().size()) {
						line(sheetRow, b * (blockWidth + GAP), grids.get(b).lines().get(line), blocks.get(b));
						fit(sheetRow, grids.get(b), line, labelColumns);
					}
				}
			}
			for (int b = 0; b < grids.size(); b++) {
				int start = b * (blockWidth + GAP);
				for (CellRangeAddress span : grids.get(b).spans()) {
					// the grid's regions never overlap (OfficialLayoutTest, WorkbookTests): POI's check of each
					// against all others costs more than writing the cells
					this.sheet.addMergedRegionUnsafe(new CellRangeAddress(row + span.getFirstRow(), row + span.getLastRow(),
							start + span.getFirstColumn(), start + span.getLastColumn()));
				}
			}
			row += height + 1;
		}
		for (String note : tables.notes()) {
			this.cells.text(this.sheet.createRow(row++), 0, note, Styles.Role.NOTE);
		}
		return row;
	}

	/** The width of a block's column, in characters. */
	private static int width(int column, int labelColumns) {
		return (column < labelColumns)
				? LABEL_WIDTHS[Math.min(column + LABEL_WIDTHS.length - labelColumns, LABEL_WIDTHS.length - 1)]
				: VALUE_WIDTH;
	}

	/** A row as tall as its tallest wrapped label needs, in the width of the cells it spans. */
	private static void fit(Row row, BlockGrid grid, int line, int labelColumns) {
		BlockGrid.Slot[] slots = grid.lines().get(line);
		for (int c = 0; c < slots.length; c++) {
			if (slots[c].isBlank() || slots[c].isValue()) {
				continue;
			}
			CellRangeAddress span = grid.spanFrom(line, c);
			int last = (span != null) ? span.getLastColumn() : c;
			int width = 0;
			for (int column = c; column <= last; column++) {
				width += width(column, labelColumns);
			}
			Cells.fit(row, slots[c].text(), width, (span != null) ? span.getLastRow() - span.getFirstRow() + 1 : 1);
		}
	}

	private void widths(int blocks, int labelColumns, int blockWidth) {
		for (int b = 0; b < blocks; b++) {
			int start = b * (blockWidth + GAP);
			for (int c = 0; c < blockWidth; c++) {
				this.sheet.setColumnWidth(start + c, width(c, labelColumns) * 256);
			}
			if (b + 1 < blocks) {
				this.sheet.setColumnWidth(start + blockWidth, GAP_WIDTH * 256);
			}
		}
	}

	private void line(Row row, int start, BlockGrid.Slot[] slots, NodeTables.Block block) {
		for (int c = 0; c < slots.length; c++) {
			BlockGrid.Slot slot = slots[c];
			if (!slot.isValue()) {
				this.cells.text(row, start + c, slot.text(), slot.role());
				continue;
			}
			NodeTables.Cell value = block.cells().get(slot.position());
			Mark mark = this.marks.of(block.kind(), value.item());
			Styles.Fill fill = mark.fill();
			if (value.value() == null && block.kind() == NodeTables.Kind.CHANGE && fill == Styles.Fill.NONE) {
				fill = Styles.Fill.NOT_COMPARABLE;
			}
			Cell cell = this.cells.number(row, start + c, value.value(), numberRole(block.kind(), value.item()), fill);
			this.cells.comment(cell, mark.note());
		}
	}

	/** A change, and a signed count of the 2019 format, shows its sign; money its two decimals. */
	private static Styles.Role numberRole(NodeTables.Kind block, Item item) {
		boolean signed = block == NodeTables.Kind.CHANGE || item.kind() == ItemKind.SIGNED_DELTA;
		if (item.kind() == ItemKind.MONEY) {
			return signed ? Styles.Role.SIGNED_MONEY : Styles.Role.MONEY;
		}
		return signed ? Styles.Role.SIGNED_COUNT : Styles.Role.COUNT;
	}

}
