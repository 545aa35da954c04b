/**
 * How much one `context.sync()` may carry. Excel on the web refuses a request over 5 MB (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins": payload size for requests and
 * responses). A paint's request is mostly its cells, the formulas-or-values matrix and the number formats
 * sent as JSON, so the painter counts those bytes and groups its sheets into syncs that stay under a
 * budget a fifth below the limit, which leaves room for Office.js's wrapping and the other calls. A sheet
 * over the budget on its own is written in slices of rows, one sync each (rowParts).
 */
import { paintReasonText, type SheetTooLarge } from '../core/i18n/paintReasons';
import type { CellMatrices } from './cellMatrices';

/** Excel on the web's limit on one request. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** The cell bytes one sync of a paint may carry. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

const encoder = new TextEncoder();

/** The UTF-8 bytes of `value` as JSON, as Office.js sends it. */
function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

/** The bytes a sheet's bulk writes send: every block's cells and number formats. */
export function cellBytes(blocks: readonly (CellMatrices | null)[]): number {
  let bytes = 0;
  for (const block of blocks) {
    if (block === null) continue;
    bytes += jsonBytes(block.formulas);
    if (block.numberFormats !== null) bytes += jsonBytes(block.numberFormats);
    for (const cell of block.formulaLikeText) bytes += jsonBytes(cell.text);
  }
  return bytes;
}

/** Rows `from` (included) to `to` (excluded) of the block `block` of a sheet. */
export interface RowSlice {
  readonly block: number;
  readonly from: number;
  readonly to: number;
}

/**
 * The bytes each row of a block adds to the JSON of its matrices: its cells and formats, a comma or bracket
 * after each, and its formula-like texts. A slice of rows costs their sum plus one bracket per matrix.
 */
function rowBytes(block: CellMatrices): number[] {
  const bytes = block.formulas.map(
    (row, r) => jsonBytes(row) + 1 + (block.numberFormats ? jsonBytes(block.numberFormats[r]) + 1 : 0),
  );
  for (const cell of block.formulaLikeText) bytes[cell.row]! += jsonBytes(cell.text);
  return bytes;
}

/**
 * A sheet's blocks cut into parts of whole rows, in order, each part's bytes (cellBytes of its slices) at
 * most `budget`: one sync each. Throws a SheetTooLargeError naming the sheet when a single row is over it.
 */
export function rowParts(
  blocks: readonly (CellMatrices | null)[],
  sheet: string,
  budget = REQUEST_BUDGET_BYTES,
): RowSlice[][] {
  const parts: RowSlice[][] = [[]];
  let used = 0;
  blocks.forEach((matrices, block) => {
    if (matrices === null) return;
    const opening = matrices.numberFormats ? 2 : 1;
    let from = 0;
    rowBytes(matrices).forEach((bytes, row) => {
      if (bytes + opening > budget)
        throw new SheetTooLargeError({
          problem: 'tooLarge',
          sheet,
          bytes,
          budget,
          limit: REQUEST_LIMIT_BYTES,
        });
      const cost = bytes + (row === from ? opening : 0);
      if (used + cost <= budget) {
        used += cost;
        return;
      }
      if (row > from) parts[parts.length - 1]!.push({ block, from, to: row });
      parts.push([]);
      from = row;
      used = bytes + opening;
    });
    parts[parts.length - 1]!.push({ block, from, to: matrices.formulas.length });
  });
  return parts;
}

/** The rows `from` to `to` of a block's matrices, as a block of their own (formula-like cells moved up). */
export function sliceMatrices(block: CellMatrices, from: number, to: number): CellMatrices {
  return {
    numberFormats: block.numberFormats?.slice(from, to) ?? null,
    formulas: block.formulas.slice(from, to),
    formulaLikeText: block.formulaLikeText
      .filter((cell) => cell.row >= from && cell.row < to)
      .map((cell) => ({ ...cell, row: cell.row - from })),
  };
}

/** A sheet with a row too large for one request: `tooLarge` is the data the pane words; the message, English. */
export class SheetTooLargeError extends RangeError {
  constructor(readonly tooLarge: SheetTooLarge) {
    super(paintReasonText('en', tooLarge));
    this.name = 'SheetTooLargeError';
  }
}

/**
 * Consecutive sheets, by index, in groups whose cell bytes add up to at most `budget`: one group when
 * everything fits, as it does for everything the pane paints. A sheet over the budget is a group of its
 * own, which the painter writes in row parts (rowParts).
 */
export function requestGroups(sizes: readonly number[], budget = REQUEST_BUDGET_BYTES): number[][] {
  const groups: number[][] = [];
  let used = Infinity;
  sizes.forEach((size, i) => {
    if (used + size > budget) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1]!.push(i);
    used += size;
  });
  return groups;
}
