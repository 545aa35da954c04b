/**
 * A range the user types or pastes in the pane to point at the supplier's invoice: `B3:F20`, `$B$3:$F$20`,
 * whole columns `B:F`, optionally on a sheet, `'Supplier invoice'!B3:F20` or `Sheet2!B3:F20`. The range is
 * applied by blanking every cell outside it rather than cutting the grid, so the supplier reader still names
 * each cell at its real address.
 */
import type { CellValue, Grid } from '../contract/sheet/cells';

/** A parsed range: 0-based, inclusive; `lastRow` undefined for whole columns. */
export interface RangeAddress {
  /** The sheet the address names, if it names one. */
  readonly sheet?: string;
  readonly firstRow: number;
  readonly lastRow?: number;
  readonly firstCol: number;
  readonly lastCol: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/** The sheet part of `'It''s'!A1:B2` or `Sheet2!A1:B2`, and the rest; `undefined` when it is malformed. */
function splitSheet(text: string): { sheet?: string; rest: string } | undefined {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { rest: text };
  const raw = text.slice(0, bang).trim();
  const rest = text.slice(bang + 1);
  if (raw.startsWith("'")) {
    if (raw.length < 3 || !raw.endsWith("'")) return undefined;
    const inner = raw.slice(1, -1);
    // Inside quotes a quote is written twice; a lone one means the text is not one quoted name.
    if (/(^|[^'])'($|[^'])/.test(inner.replace(/''/g, ''))) return undefined;
    return { sheet: inner.replace(/''/g, "'"), rest };
  }
  return raw === '' || /['!]/.test(raw) ? undefined : { sheet: raw, rest };
}

/** Parses an A1 range; `undefined` for anything else (a single cell is not a table). */
export function parseRangeAddress(text: string): RangeAddress | undefined {
  const split = splitSheet(text.trim());
  if (!split) return undefined;
  const parts = split.rest.trim().split(':');
  if (parts.length !== 2) return undefined;
  const sheet = split.sheet === undefined ? {} : { sheet: split.sheet };
  const [from, to] = parts.map((p) => p.trim());
  const cells = [CELL.exec(from), CELL.exec(to)];
  if (cells[0] && cells[1]) {
    const rows = cells.map((m) => Number(m![2]) - 1);
    const cols = cells.map((m) => columnIndex(m![1]));
    if (rows.some((r) => r < 0)) return undefined;
    return {
      ...sheet,
      firstRow: Math.min(...rows),
      lastRow: Math.max(...rows),
      firstCol: Math.min(...cols),
      lastCol: Math.max(...cols),
    };
  }
  const columns = [COLUMN.exec(from), COLUMN.exec(to)];
  if (columns[0] && columns[1]) {
    const cols = columns.map((m) => columnIndex(m![1]));
    return { ...sheet, firstRow: 0, firstCol: Math.min(...cols), lastCol: Math.max(...cols) };
  }
  return undefined;
}

/** The grid with every cell outside `range` blank, at the same addresses. */
export function withinRange(grid: Grid, range: RangeAddress): CellValue[][] {
  const last = Math.min(grid.length - 1, range.lastRow ?? Infinity);
  const rows: CellValue[][] = [];
  for (let row = 0; row <= last; row++) {
    const inside = row >= range.firstRow;
    rows.push(
      (grid[row] ?? []).map((value, col) =>
        inside && col >= range.firstCol && col <= range.lastCol ? value : null,
      ),
    );
  }
  return rows;
}
