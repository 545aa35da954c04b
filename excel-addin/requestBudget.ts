/**
 * How much one `context.sync()` may carry. Excel on the web refuses a request over 5 MB (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins": payload size for requests and
 * responses). A paint's request is mostly its cells, the formulas-or-values matrix and the number formats
 * sent as JSON, so the painter counts those bytes and groups its sheets into syncs that stay under a
 * budget a fifth below the limit, which leaves room for Office.js's wrapping and the other calls.
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

/** A sheet too large for one request: `tooLarge` is the data the pane words; the message, English. */
export class SheetTooLargeError extends RangeError {
  constructor(readonly tooLarge: SheetTooLarge) {
    super(paintReasonText('en', tooLarge));
    this.name = 'SheetTooLargeError';
  }
}

/**
 * Consecutive sheets, by index, in groups whose cell bytes add up to at most `budget`: one group when
 * everything fits, as it does for everything the pane paints. Throws a SheetTooLargeError naming the first
 * sheet that does not fit a request on its own.
 */
export function requestGroups(
  sizes: readonly number[],
  names: readonly string[],
  budget = REQUEST_BUDGET_BYTES,
): number[][] {
  const groups: number[][] = [];
  let used = Infinity;
  sizes.forEach((size, i) => {
    if (size > budget)
      throw new SheetTooLargeError({
        problem: 'tooLarge',
        sheet: names[i] ?? '',
        bytes: size,
        budget,
        limit: REQUEST_LIMIT_BYTES,
      });
    if (used + size > budget) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1]!.push(i);
    used += size;
  });
  return groups;
}
