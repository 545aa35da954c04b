/**
 * Plans as rectangles of cells: `planToGrid` renders a plan's values the way a painter would leave them,
 * which is what a reader gets back from a host; `GridBuilder` assembles a plan's single block row by row.
 */
import type { PlanBlock, PlanValue, SheetPlan } from './sheetPlan';

/**
 * The cell values a painted plan leaves on its sheet, as a rectangle from A1 (`null` for empty cells).
 * Formulas are not evaluated: a formula cell holds the block's value for it, as cached results do.
 */
export function planToGrid(plan: SheetPlan): PlanValue[][] {
  let rows = 0;
  let cols = 0;
  for (const block of plan.blocks) {
    rows = Math.max(rows, block.row + block.values.length);
    cols = Math.max(cols, block.col + (block.values[0]?.length ?? 0));
  }
  const grid: PlanValue[][] = Array.from({ length: rows }, () => Array<PlanValue>(cols).fill(null));
  for (const block of plan.blocks) {
    block.values.forEach((line, r) =>
      line.forEach((value, c) => (grid[block.row + r][block.col + c] = value)),
    );
  }
  return grid;
}

/** Rows of values and number formats of a fixed width, turned into one block (one write for a painter). */
export class GridBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly formats: (string | null)[][] = [];

  constructor(readonly width: number) {}

  /** Index of the next row to be added. */
  get rowCount(): number {
    return this.values.length;
  }

  /** Adds a row; missing cells are empty, `formats` defaults to none. Returns the row's index. */
  addRow(values: readonly PlanValue[] = [], formats: readonly (string | null)[] = []): number {
    if (values.length > this.width || formats.length > this.width) {
      throw new RangeError(
        `row wider than the grid (${Math.max(values.length, formats.length)} > ${this.width})`,
      );
    }
    this.values.push(Array.from({ length: this.width }, (_, c) => values[c] ?? null));
    this.formats.push(Array.from({ length: this.width }, (_, c) => formats[c] ?? null));
    return this.values.length - 1;
  }

  /** The block of every row added, top-left at A1. */
  block(): PlanBlock {
    return { row: 0, col: 0, values: this.values, numberFormats: this.formats };
  }
}
