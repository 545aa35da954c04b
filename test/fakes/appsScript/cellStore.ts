/** The cells of one fake sheet: sparse, keyed by 1-based row and column. */
import type { CellValue } from './cellValues';
import type { FakeDataValidation } from './dataValidation';

/** Which edges of a cell carry a border. */
export interface CellBorders {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
}

/** Everything the fake keeps about one cell; `null` means the Sheets default. */
export interface Cell {
  value: CellValue;
  formula: string | null;
  format: string | null;
  fontWeight: string | null;
  fontStyle: string | null;
  fontColor: string | null;
  fontSize: number | null;
  background: string | null;
  wrap: boolean | null;
  horizontalAlignment: string | null;
  borders: CellBorders;
  validation: FakeDataValidation | null;
}

function emptyCell(): Cell {
  return {
    value: '',
    formula: null,
    format: null,
    fontWeight: null,
    fontStyle: null,
    fontColor: null,
    fontSize: null,
    background: null,
    wrap: null,
    horizontalAlignment: null,
    borders: {},
    validation: null,
  };
}

/** A cell has content when it holds a value or a formula (formats alone do not count for getLastRow). */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== null);
}

/** Sparse cell storage with the row and column shifts that inserting and deleting need. */
export class CellStore {
  private cells = new Map<string, Cell>();

  /** The cell if it was ever touched. */
  get(row: number, col: number): Cell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell, created with defaults if needed. */
  ensure(row: number, col: number): Cell {
    const k = key(row, col);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = emptyCell();
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Every cell of `other` in place of this store's, each copied (a duplicated sheet's cells). */
  copyFrom(other: CellStore): void {
    this.cells = new Map([...other.cells].map(([k, cell]) => [k, { ...cell, borders: { ...cell.borders } }]));
  }

  /** Forgets a cell entirely (content and formats). */
  delete(row: number, col: number): void {
    this.cells.delete(key(row, col));
  }

  /** The last row holding content, 0 when none. */
  lastRow(): number {
    let last = 0;
    for (const [k, cell] of this.cells) if (hasContent(cell)) last = Math.max(last, parseKey(k)[0]);
    return last;
  }

  /** The last column holding content, 0 when none. */
  lastColumn(): number {
    let last = 0;
    for (const [k, cell] of this.cells) if (hasContent(cell)) last = Math.max(last, parseKey(k)[1]);
    return last;
  }

  /** Moves every cell at or after `from` (a row, or a column) by `by`, dropping cells moved below 1 or into a deleted band. */
  shift(axis: 'row' | 'col', from: number, by: number): void {
    const next = new Map<string, Cell>();
    for (const [k, cell] of this.cells) {
      const [row, col] = parseKey(k);
      const at = axis === 'row' ? row : col;
      if (at < from) {
        next.set(k, cell);
        continue;
      }
      // A negative shift deletes the band [from, from - by) and pulls the rest up.
      if (by < 0 && at < from - by) continue;
      const moved = at + by;
      next.set(axis === 'row' ? key(moved, col) : key(row, moved), cell);
    }
    this.cells = next;
  }
}

function key(row: number, col: number): string {
  return `${row},${col}`;
}

function parseKey(k: string): [number, number] {
  const [row, col] = k.split(',');
  return [Number(row), Number(col)];
}
