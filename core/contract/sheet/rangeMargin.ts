/**
 * A Contract-sheet range chosen by hand (CONTRACTFEE's `contract`) may stop short of the sheet: a KPI
 * clauses table cut at column Z still reads as a valid contract, its gates and conditions dropped, and a
 * clause typed below the range is silently left out. The reader finds columns by header and cannot tell a
 * cut table from a short one; a blank last row and column can: they prove the range reaches past the tables.
 */
import { isBlank, type Grid } from './cells';

/** The first filled cell on the range's last row, else on its last column: where the range may cut a table. */
export interface CutEdge {
  readonly edge: 'row' | 'column';
  /** 0-based, in the range. */
  readonly row: number;
  readonly col: number;
}

export function cutEdge(grid: Grid): CutEdge | undefined {
  const last = grid.length - 1;
  const width = Math.max(0, ...grid.map((row) => row.length));
  if (last < 0 || width === 0) return undefined;
  const inLastRow = (grid[last] ?? []).findIndex((value) => !isBlank(value));
  if (inLastRow >= 0) return { edge: 'row', row: last, col: inLastRow };
  const inLastColumn = grid.findIndex((row) => row.length === width && !isBlank(row[width - 1]));
  if (inLastColumn >= 0) return { edge: 'column', row: inLastColumn, col: width - 1 };
  return undefined;
}
