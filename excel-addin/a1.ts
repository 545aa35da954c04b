import { a1, columnLetters } from '../core/layout/a1';

export { columnLetters };

/**
 * The address Excel reports for a rectangle given by its 0-based top-left cell and size: `B3` for one
 * cell (where core's `a1Range` would say `B3:B3`), `A1:C10` otherwise.
 */
export function a1Address(row: number, col: number, rows = 1, cols = 1): string {
  const topLeft = a1(row, col);
  return rows === 1 && cols === 1 ? topLeft : `${topLeft}:${a1(row + rows - 1, col + cols - 1)}`;
}
