/**
 * Groups the formula cells of a block into rectangles, so each rectangle is one `setFormulas` call.
 * `setFormulas` writes every cell of its range, so a rectangle must hold formulas only: a constant inside
 * it would be overwritten. A column of per-line formulas is one rectangle whatever the number of lines,
 * which keeps the painter's call count independent of the plan's size.
 */

/** Formulas in a rectangle, top-left at (row, col), 0-based within the block. */
export interface FormulaRect {
  readonly row: number;
  readonly col: number;
  readonly formulas: string[][];
}

/** Column runs of formula cells, merged with neighbouring columns that have the same runs. */
export function formulaRects(formulas: readonly (readonly (string | null)[])[]): FormulaRect[] {
  const width = formulas[0]?.length ?? 0;
  const runs: { col: number; top: number; bottom: number }[] = [];
  for (let col = 0; col < width; col++) {
    let top = -1;
    for (let row = 0; row <= formulas.length; row++) {
      const has = row < formulas.length && isFormula(formulas[row]?.[col]);
      if (has && top < 0) top = row;
      if (!has && top >= 0) {
        runs.push({ col, top, bottom: row - 1 });
        top = -1;
      }
    }
  }
  const rects: { col: number; top: number; bottom: number; cols: number }[] = [];
  for (const run of runs) {
    const left = rects.find(
      (r) => r.top === run.top && r.bottom === run.bottom && r.col + r.cols === run.col,
    );
    if (left) left.cols++;
    else rects.push({ ...run, cols: 1 });
  }
  return rects.map(({ col, top, bottom, cols }) => ({
    row: top,
    col,
    formulas: formulas.slice(top, bottom + 1).map((line) => line.slice(col, col + cols) as string[]),
  }));
}

function isFormula(cell: string | null | undefined): cell is string {
  return typeof cell === 'string' && cell !== '';
}
