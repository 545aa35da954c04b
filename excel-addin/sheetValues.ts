/**
 * Reading a sheet's values. Excel on the web answers at most 5 MB per sync (Microsoft, "Resource limits
 * and performance optimization for Office Add-ins"; Excel.ErrorCodes.responsePayloadSizeLimitExceeded):
 * a sheet is read whole in one sync, and only a sheet past the limit is read again in slices of rows.
 */
import { datesToCore, queueDateSystem } from './dateSystem';
import { isOfficeError } from './officeError';

/** Cells per slice when a sheet is too large for one answer: about 1 to 2 MB of usual cells. */
export const CELLS_PER_SLICE = 50_000;

/** The used range's values (and number formats, when asked for), where it starts, or null for an empty sheet. */
interface UsedValues {
  readonly values: unknown[][];
  readonly numberFormat?: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
}

/** The used range in slices of rows: one sync for its size, then one per slice. */
async function slicedValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  formats: boolean,
): Promise<UsedValues> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
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
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
  };
}

/** The used range's values in one sync, or in slices when Excel says the answer is too large. */
async function usedValues(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  formats: boolean,
): Promise<UsedValues | null> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['values', ...(formats ? ['numberFormat'] : []), 'rowIndex', 'columnIndex']);
  try {
    await context.sync();
  } catch (error) {
    if (!isOfficeError(error, 'ResponsePayloadSizeLimitExceeded')) throw error;
    return slicedValues(context, sheet, formats);
  }
  return used.isNullObject ? null : used;
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
 * The used range of sheet `name` (with its number formats when `formats`), or null when there is no such
 * sheet; its dates counted in the 1900 system whatever the workbook's (dateSystem.ts). The date system is
 * learnt in the sync that finds the sheet, so a 1904 workbook's number formats, which tell its dates, are
 * loaded with its values: no sync more.
 */
async function usedCells(
  context: Excel.RequestContext,
  name: string,
  formats: boolean,
): Promise<UsedValues | null | 'missing'> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  const dateSystem = queueDateSystem(context);
  await context.sync();
  if (sheet.isNullObject) return 'missing';
  const system = dateSystem();
  const used = await usedValues(context, sheet, formats || system === '1904');
  if (used === null || system === '1900') return used;
  return {
    values: datesToCore(system, used.values, used.numberFormat!),
    ...(formats ? { numberFormat: used.numberFormat } : {}),
    rowIndex: used.rowIndex,
    columnIndex: used.columnIndex,
  };
}

/**
 * The values of sheet `name` from A1 to the last used cell (empty cells are `''`, as Office.js reports
 * them), so row and column indexes match the sheet; `[]` for an empty sheet, null when there is no such
 * sheet. Two syncs; a sheet too large for one answer costs its slices more (CELLS_PER_SLICE).
 */
export async function readSheetValues(
  context: Excel.RequestContext,
  name: string,
): Promise<unknown[][] | null> {
  const used = await usedCells(context, name, false);
  if (used === 'missing') return null;
  return used === null ? [] : fromA1(used.values, used, '');
}

/**
 * As `readSheetValues`, with each cell's number format loaded in the same syncs (`General` for a cell
 * outside the used range): the reader of a supplier's invoice tells 0.2 from 20 %.
 */
export async function readSheetValuesAndFormats(
  context: Excel.RequestContext,
  name: string,
): Promise<{ values: unknown[][]; numberFormats: unknown[][] } | null> {
  const used = await usedCells(context, name, true);
  if (used === 'missing') return null;
  if (used === null) return { values: [], numberFormats: [] };
  return {
    values: fromA1(used.values, used, ''),
    numberFormats: fromA1(used.numberFormat!, used, 'General'),
  };
}
