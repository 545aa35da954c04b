/** A1 notation for the fake: `B3`, `A1:C10`, `'My sheet'!A1:B2`, whole columns `A:C`, rows `2:5`. */

/** A rectangle, 1-based like Apps Script. */
export interface GridRect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

/** An A1 reference split into its optional sheet name and its rectangle (open ends filled by `limits`). */
export interface A1Reference {
  readonly sheet: string | null;
  readonly rect: GridRect;
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** `A` → 1, `AA` → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3`, or `A1:C10` for a larger rectangle, as `Range.getA1Notation` writes it. */
export function a1Notation(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/**
 * Parses an A1 reference. `limits` gives the sheet size for open references (`A:A`, `3:3`).
 * Returns null when the text is not an A1 reference.
 */
export function parseA1(text: string, limits: { maxRows: number; maxCols: number }): A1Reference | null {
  let sheet: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    const rawSheet = ref.slice(0, bang);
    sheet =
      rawSheet.startsWith("'") && rawSheet.endsWith("'")
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    ref = ref.slice(bang + 1);
  }
  const [first, second, extra] = ref.split(':');
  if (extra !== undefined || first === undefined || first === '') return null;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  if (second === undefined && (!a[1] || !a[2])) return null;
  const col1 = a[1] ? columnNumber(a[1]) : 1;
  const col2 = b[1] ? columnNumber(b[1]) : limits.maxCols;
  const row1 = a[2] ? Number(a[2]) : 1;
  const row2 = b[2] ? Number(b[2]) : limits.maxRows;
  if (row1 < 1 || row2 < 1) return null;
  const row = Math.min(row1, row2);
  const col = Math.min(col1, col2);
  return {
    sheet,
    rect: { row, col, rows: Math.abs(row2 - row1) + 1, cols: Math.abs(col2 - col1) + 1 },
  };
}
