/**
 * Reading a sheet's values. Excel on the web answers at most 5 MB per sync (Microsoft, "Resource limits
 * and performance optimization for Office Add-ins"; Excel.ErrorCodes.responsePayloadSizeLimitExceeded):
 * a sheet is read whole in one sync, and only a sheet past the limit is read again in slices of rows.
 */
import { datesToCore, queueDateSystem } from './dateSystem';
import { isOfficeError } from './officeError';

/** Cells per slice when a sheet is too large for one answer: about 1 to 2 MB of usual cells. */
export const CELLS_PER_SLICE = 50_000;

/**
 * The used range's values (and number formats, and which rows are hidden, when asked for), where it starts,
 * or null for an empty sheet.
 */
interface UsedValues {
  readonly values: unknown[][];
  readonly numberFormat?: unknown[][];
  /** Rows of the sheet (0-based, from row 1) hidden or filtered out, in order. */
  readonly hiddenRows?: readonly number[];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** What a read loads beside the values. */
interface ReadWith {
  readonly formats: boolean;
  readonly hiddenRows: boolean;
}

/**
 * Queues, in the sync that reads a sheet's values, which of its used rows are hidden: the rows none of
 * whose cells is visible (getSpecialCellsOrNullObject, ExcelApi 1.9: hidden and filtered-out rows are
 * not), taken over entire rows so that a hidden column hides no row. The used range is the one that is
 * never a null object (A1 on an empty sheet), so nothing is asked of a null object.
 */
function queueHiddenRows(sheet: Excel.Worksheet): () => number[] {
  const used = sheet.getUsedRange(true).load(['rowIndex', 'rowCount']);
  const visible = used.getEntireRow().getSpecialCellsOrNullObject('Visible');
  visible.load(['areas/items/rowIndex', 'areas/items/rowCount']);
  return () => {
    const shown = visible.isNullObject
      ? []
      : visible.areas.items
          .map((area) => ({ from: area.rowIndex, to: area.rowIndex + area.rowCount }))
          .sort((a, b) => a.from - b.from);
    const hidden: number[] = [];
    let row = used.rowIndex;
    const end = used.rowIndex + used.rowCount;
    for (const { from, to } of [...shown, { from: end, to: end }]) {
      for (; row < Math.min(from, end); row++) hidden.push(row);
      row = Math.max(row, to);
    }
    return hidden;
  };
}

/** The used range in slices of rows: one sync for its size, then one per slice. */
async function slicedValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  { formats, hiddenRows }: ReadWith,
): Promise<UsedValues> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  const hidden = hiddenRows ? queueHiddenRows(sheet) : undefined;
  await context.sync();
  const rows = Math.max(1, Math.floor(CELLS_PER_SLICE / used.columnCount));
  const values: unknown[][] = [];
  const numberFormat: unknown[][] = [];
  for (let row = 0; row < used.rowCount; row += rows) {
    const count = Math.min(rows, used.rowCount - row);
    const slice = sheet.getRangeByIndexes(used.rowIndex + row, used.columnIndex, count, used.columnCount);
    slice.load(formats ? ['values', 'numberFormat'] : 'values');
    await context.sync();
    // Row by row: spreading a slice into push() would pass tens of thousands of arguments.
    for (const sliceRow of slice.values) values.push(sliceRow);
    if (formats) for (const sliceRow of slice.numberFormat) numberFormat.push(sliceRow);
  }
  return {
    values,
    ...(formats ? { numberFormat } : {}),
    ...(hidden ? { hiddenRows: hidden() } : {}),
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
  };
}

/** Queues the load of a sheet's used range as `read` asks; what it read, once synced. */
function queueUsed(sheet: Excel.Worksheet, read: ReadWith): () => UsedValues | null {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['values', ...(read.formats ? ['numberFormat'] : []), 'rowIndex', 'columnIndex']);
  const hidden = read.hiddenRows ? queueHiddenRows(sheet) : undefined;
  return () => {
    if (used.isNullObject) return null;
    const { values, rowIndex, columnIndex } = used;
    return {
      values,
      ...(read.formats ? { numberFormat: used.numberFormat } : {}),
      ...(hidden ? { hiddenRows: hidden() } : {}),
      rowIndex,
      columnIndex,
    };
  };
}

/**
 * The used ranges of `sheets` in one sync; when Excel says the answer is too large, each sheet again on
 * its own, one sync each, and a sheet too large alone in slices (slicedValues).
 */
async function usedValues(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  read: ReadWith,
): Promise<(UsedValues | null)[]> {
  const queued = sheets.map((sheet) => queueUsed(sheet, read));
  try {
    await context.sync();
    return queued.map((used) => used());
  } catch (error) {
    if (!isOfficeError(error, 'ResponsePayloadSizeLimitExceeded')) throw error;
  }
  const each: (UsedValues | null)[] = [];
  for (const sheet of sheets) {
    if (sheets.length === 1) each.push(await slicedValues(context, sheet, read));
    else each.push(...(await usedValues(context, [sheet], read)));
  }
  return each;
}

/** A used range's cells from A1, padded above and to the left with `fill`. */
function fromA1(cells: unknown[][], used: UsedValues, fill: unknown): unknown[][] {
  const width = used.columnIndex + (cells[0]?.length ?? 0);
  const blankRow = (): unknown[] => new Array<unknown>(width).fill(fill);
  const top = Array.from({ length: used.rowIndex }, blankRow);
  const left = new Array<unknown>(used.columnIndex).fill(fill);
  return [...top, ...cells.map((row) => [...left, ...row])];
}

/**
 * The used ranges of the sheets `names` (with their number formats when `formats`), `'missing'` for a
 * name no sheet has; their dates counted in the 1900 system whatever the workbook's (dateSystem.ts). Two
 * syncs, however many sheets: the one that finds them learns the date system, so a 1904 workbook's number
 * formats, which tell its dates, are loaded with its values.
 */
async function usedCells(
  context: Excel.RequestContext,
  names: readonly string[],
  read: ReadWith,
): Promise<(UsedValues | null | 'missing')[]> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  const dateSystem = queueDateSystem(context);
  await context.sync();
  const system = dateSystem();
  const found = sheets.filter((sheet) => !sheet.isNullObject);
  const read1904 = { ...read, formats: read.formats || system === '1904' };
  const used = found.length === 0 ? [] : await usedValues(context, found, read1904);
  return sheets.map((sheet) => {
    if (sheet.isNullObject) return 'missing';
    const cells = used[found.indexOf(sheet)]!;
    if (cells === null || system === '1900') return cells;
    const { numberFormat, ...rest } = cells;
    return {
      ...rest,
      values: datesToCore(system, cells.values, numberFormat!),
      ...(read.formats ? { numberFormat } : {}),
    };
  });
}

/** A used range's values from A1, `[]` for an empty sheet, null for a missing one. */
function valuesFromA1(used: UsedValues | null | 'missing'): unknown[][] | null {
  if (used === 'missing') return null;
  return used === null ? [] : fromA1(used.values, used, '');
}

/**
 * The values of each sheet of `names` from A1 to its last used cell (empty cells are `''`, as Office.js
 * reports them), so row and column indexes match the sheet; `[]` for an empty sheet, null when there is no
 * such sheet. Two syncs however many sheets; an answer too large for one sync costs one more per sheet,
 * and a sheet too large alone its slices (CELLS_PER_SLICE).
 */
export async function readSheetsValues(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<(unknown[][] | null)[]> {
  return (await usedCells(context, names, { formats: false, hiddenRows: false })).map(valuesFromA1);
}

/** readSheetsValues of one sheet. */
export async function readSheetValues(
  context: Excel.RequestContext,
  name: string,
): Promise<unknown[][] | null> {
  return (await readSheetsValues(context, [name]))[0]!;
}

/** A sheet as `readSheetsValuesAndFormats` reads it. */
export interface FormattedSheet {
  readonly values: unknown[][];
  readonly numberFormats: unknown[][];
  /** The rows (0-based, as `values`) hidden or filtered out in the sheet, in order. */
  readonly hiddenRows: readonly number[];
}

function formattedFromA1(used: UsedValues | null | 'missing'): FormattedSheet | null {
  if (used === 'missing') return null;
  if (used === null) return { values: [], numberFormats: [], hiddenRows: [] };
  return {
    values: fromA1(used.values, used, ''),
    numberFormats: fromA1(used.numberFormat!, used, 'General'),
    hiddenRows: used.hiddenRows ?? [],
  };
}

/**
 * As `readSheetsValues`, with each cell's number format (`General` for a cell outside the used range) and
 * which rows are hidden loaded in the same syncs: the reader of a supplier's invoice tells 0.2 from 20 %,
 * and says which lines the supplier hid.
 */
export async function readSheetsValuesAndFormats(
  context: Excel.RequestContext,
  names: readonly string[],
): Promise<(FormattedSheet | null)[]> {
  return (await usedCells(context, names, { formats: true, hiddenRows: true })).map(formattedFromA1);
}

/** readSheetsValuesAndFormats of one sheet. */
export async function readSheetValuesAndFormats(
  context: Excel.RequestContext,
  name: string,
): Promise<FormattedSheet | null> {
  return (await readSheetsValuesAndFormats(context, [name]))[0]!;
}
