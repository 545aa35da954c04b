import type { CellValue, Grid } from '../../contract/sheet/cells';
import type { Texts } from './result';

export function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col];
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || value === '';
}

function day(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/** A cell as the report shows it: its kind and its value. */
export function describe(value: CellValue, t: Texts): string {
  if (isBlank(value)) return t.sawBlank;
  if (typeof value === 'string') return t.sawText(JSON.stringify(value));
  if (typeof value === 'number') return t.sawNumber(String(value));
  if (value instanceof Date) return t.sawDate(day(value));
  return t.sawOther(JSON.stringify(value));
}
