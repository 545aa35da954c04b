/**
 * A1 addresses for the in-page Excel fake. The fake keeps its own small copy instead of importing the
 * add-in's helpers, so a bug there cannot hide itself by agreeing with the fake.
 */

/** A rectangle of cells, 0-based. */
export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** Excel's grid size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** `0` → `A`, `27` → `AB`. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** `B3` for row 2, column 1. */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** The address Excel reports for `rect`: `B3`, `A1:C10`, or `B:B` for whole columns. */
export function rectName(rect: Rect): string {
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) return `${columnName(rect.col)}:${columnName(lastCol)}`;
  const topLeft = cellName(rect.row, rect.col);
  return rect.rows === 1 && rect.cols === 1
    ? topLeft
    : `${topLeft}:${cellName(rect.row + rect.rows - 1, lastCol)}`;
}

function parseCell(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/i.exec(ref);
  if (!match) return null;
  const col = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return row < MAX_ROWS && col < MAX_COLS ? { row, col } : null;
}

/** `H7`, `B2:D4` (either corner first) as a rectangle; null when Excel would reject the address. */
export function parseAddress(address: string): Rect | null {
  const [from, to = from, extra] = address.trim().split(':');
  if (extra !== undefined) return null;
  const a = parseCell(from);
  const b = parseCell(to);
  if (!a || !b) return null;
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(b.row - a.row) + 1,
    cols: Math.abs(b.col - a.col) + 1,
  };
}
