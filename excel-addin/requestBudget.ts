/**
 * How much one `context.sync()` may carry. Excel on the web refuses a request over 5 MB (Microsoft,
 * "Resource limits and performance optimization for Office Add-ins": payload size for requests and
 * responses). A paint's request is its cells, the formulas-or-values matrix and the number formats sent
 * as JSON, and every other write (styles, row heights, tables, formats), each an action on an object path
 * that Office.js sends with it. The painter counts both and groups its sheets into syncs that stay under a
 * budget a fifth below the limit. A sheet over the budget on its own is written in slices of rows, one sync
 * each (rowParts), its other writes in as many further syncs as they need (sheetSyncs).
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
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * What Office.js sends for one object a write reaches (`getRangeByIndexes(…)`, `.format`, `.font`): its
 * object path, `{"Id":…,"ObjectPathType":3,"Name":"getRangeByIndexes","ParentObjectPathId":…,
 * "ArgumentInfo":{"Arguments":[12345,0,1,1]}}` keyed by its id (140 B with six-digit ids), and the
 * Instantiate action that precedes its first use (61 B); the largest the painter makes, rounded up.
 */
export const OBJECT_BYTES = 210;
/** One SetProperty action, `{"Id":…,"ActionType":4,"Name":"RowHeight","ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}`, without its value. */
export const ACTION_BYTES = 110;

/**
 * The bytes of the request `write` makes, found by queuing it on a stand-in worksheet that counts as
 * Office.js serialises: each object reached (a method's result, or a property object written to or
 * through: `format`, `font`, once per parent as Office.js keeps them) and each property set, with the
 * JSON of arguments and values. A method called for its effect (`activate`) counts as an object: a little
 * over, never under.
 */
export function writeBytes(write: (sheet: Excel.Worksheet) => void): number {
  let bytes = 0;
  const stand = new WeakSet<object>();
  const data = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(data) : stand.has(value as object) ? 0 : value;
  const object = (onUse: () => void): object => {
    let used = false;
    const use = (): void => {
      if (!used) onUse();
      used = true;
    };
    const children = new Map<PropertyKey, object>();
    const node: object = new Proxy(function standIn() {}, {
      get: (_, key) => {
        if (typeof key === 'symbol' || key === 'toJSON' || key === 'then') return undefined;
        use();
        let child = children.get(key);
        if (!child) children.set(key, (child = object(() => (bytes += OBJECT_BYTES))));
        return child;
      },
      set: (_, _key, value) => {
        use();
        bytes += ACTION_BYTES + jsonBytes(data(value));
        return true;
      },
      apply: (_, _this, args: unknown[]) => {
        bytes += OBJECT_BYTES + jsonBytes(data(args));
        return object(() => undefined);
      },
    });
    stand.add(node);
    return node;
  };
  write(object(() => undefined) as Excel.Worksheet);
  return bytes;
}

/**
 * What writing one formula-like text as a typed string (ExcelApi 1.16: `range.getCell(r, c).valuesAsJson
 * = [[{ type: "String", basicValue }]]`) sends besides the text: the cell's object path and the action.
 */
export const TYPED_TEXT_BYTES =
  OBJECT_BYTES + ACTION_BYTES + jsonBytes([[{ type: 'String', basicValue: '' }]]);

/**
 * The bytes a sheet's cell writes send: every block's cells and number formats, and each formula-like
 * text's own typed write.
 */
export function cellBytes(blocks: readonly (CellMatrices | null)[]): number {
  let bytes = 0;
  for (const block of blocks) {
    if (block === null) continue;
    bytes += jsonBytes(block.formulas);
    if (block.numberFormats !== null) bytes += jsonBytes(block.numberFormats);
    for (const cell of block.formulaLikeText) bytes += TYPED_TEXT_BYTES + jsonBytes(cell.text);
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
 * after each, and its formula-like texts' typed writes. A slice of rows costs their sum plus one bracket per matrix.
 */
function rowBytes(block: CellMatrices): number[] {
  const bytes = block.formulas.map(
    (row, r) => jsonBytes(row) + 1 + (block.numberFormats ? jsonBytes(block.numberFormats[r]) + 1 : 0),
  );
  for (const cell of block.formulaLikeText) bytes[cell.row]! += TYPED_TEXT_BYTES + jsonBytes(cell.text);
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

/** How a sheet over the budget on its own is spread over syncs. */
export interface SheetSyncs {
  /** Its cells in parts of rows (rowParts): the first in its group's sync, each further one in its own. */
  readonly cells: readonly (readonly RowSlice[])[];
  /** The indexes of its other writes that begin a new sync; those before the first go with the last cells. */
  readonly breaks: ReadonlySet<number>;
}

/**
 * A sheet's cells in parts of rows, then its other writes (of `writes` bytes each, in order) filling what
 * the last part leaves of `budget` and as many syncs after it as they need. Throws rowParts' error.
 */
export function sheetSyncs(
  blocks: readonly (CellMatrices | null)[],
  writes: readonly number[],
  sheet: string,
  budget = REQUEST_BUDGET_BYTES,
): SheetSyncs {
  const cells = rowParts(blocks, sheet, budget);
  const last = cells[cells.length - 1]!;
  let used = cellBytes(last.map(({ block, from, to }) => sliceMatrices(blocks[block]!, from, to)));
  const breaks = new Set<number>();
  writes.forEach((bytes, i) => {
    if (used > 0 && used + bytes > budget) {
      breaks.add(i);
      used = 0;
    }
    used += bytes;
  });
  return { cells, breaks };
}
