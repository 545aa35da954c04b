import type { PlanRect } from './sheetPlan';

/** Column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0)
    throw new RangeError(`column index must be an integer >= 0, got ${col}`);
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A1 address of a 0-based (row, col): (0, 0) → `A1`. */
export function a1(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0)
    throw new RangeError(`row index must be an integer >= 0, got ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 range of a rectangle: `B2:D9`; a single cell keeps the range form (`B2:B2`) so callers can split it. */
export function a1Range(rect: PlanRect): string {
  return `${a1(rect.row, rect.col)}:${a1(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/** A sheet name as it must appear in a formula reference: always quoted, inner quotes doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
