import { readFile } from 'node:fs/promises';
import type { Cell } from 'exceljs';
import { sheetPrefix } from '../contract/issues';
import { a1 } from '../layout/a1';
import type { PlanValue } from '../layout/sheetPlan';
import { isDayFormat } from '../contract/sheet/cells';
import { DATE_1904_OFFSET_DAYS } from '../layout/dateCell';
import { date1904Missed } from './date1904';
import { emptyTextResults } from './emptyTextResults';
import { checkedCells } from './readCells';
import { excelJs } from './exceljs';

/** One worksheet read back as plain grids, 0-based like a plan block anchored at A1. */
export interface ReadSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Constants, and for formula cells their cached result (or `null`). */
  readonly values: PlanValue[][];
  /** `=SUM(F8:F14)` where the cell holds a formula, else `null`. */
  readonly formulas: (string | null)[][];
  /** The cell's number format, `null` for General. */
  readonly numberFormats: (string | null)[][];
  /** The rows (0-based) hidden in the sheet: their values are read all the same. */
  readonly hiddenRows: number[];
}

/**
 * Reads every worksheet of an `.xlsx` file (a path, or its bytes) into plain grids, so a host-neutral
 * parser (or a test) can read it like a plan. Dates become Excel serial numbers, rich text its plain text,
 * errors their code, the cells of a merged range but its first blank. Throws for a zip that holds no
 * worksheet, and an `UnreadableCell` for a cell whose stored text is not what its type says (`checkedCells`).
 */
export async function readWorkbookValues(file: string | Buffer): Promise<ReadSheet[]> {
  const { Workbook, ValueType } = excelJs();
  const workbook = new Workbook();
  const bytes = typeof file === 'string' ? await readFile(file) : file;
  // Before exceljs, which reads such cells as a wrong number or fails on them with a bare TypeError.
  const dates = await checkedCells(bytes);
  // exceljs types its argument as an ArrayBuffer-like `Buffer` of its own; it reads a Node Buffer as is.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  // Any zip loads (an OpenDocument .ods, a .docx): an .xlsx holds at least one sheet.
  if (workbook.worksheets.length === 0)
    throw new Error('it holds no worksheet: a zip that is no .xlsx workbook (an .ods? save it as .xlsx)');
  // exceljs reads a 1904 workbook's flag as Excel spells it only: LibreOffice's left its Dates early.
  const system: DateSystem = workbook.properties?.date1904
    ? '1904-read'
    : (await date1904Missed(bytes))
      ? '1904-missed'
      : '1900';
  // Formula cells exceljs read no result for, by sheet: some saved the empty text (see emptyTextResults).
  const unresolved = new Map<string, [row: number, col: number][]>();
  const sheets = workbook.worksheets.map((sheet) => {
    const values: PlanValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    const hiddenRows: number[] = [];
    // exceljs recounts columns over every row on each read of columnCount: read it once.
    const rowCount = sheet.rowCount;
    const columnCount = sheet.columnCount;
    for (let r = 1; r <= rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.hidden) hiddenRows.push(r - 1);
      const rowValues: PlanValue[] = [];
      const rowFormulas: (string | null)[] = [];
      const rowFormats: (string | null)[] = [];
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        // Shared formulas report the Formula type too, and `formula` gives each cell its own translation.
        const isFormula = cell.type === ValueType.Formula;
        // exceljs repeats a merged range's value in every cell of it; Excel holds it in the first alone
        // (and hands the others as blank): a volume merged over two months is one month's.
        const merged = cell.type === ValueType.Merge;
        rowValues.push(
          merged ? null : plainValue(isFormula ? (cell.result ?? null) : cell.value, system, cell.numFmt),
        );
        if (isFormula && !merged && rowValues[c - 1] === null)
          unresolved.set(sheet.name, [...(unresolved.get(sheet.name) ?? []), [r - 1, c - 1]]);
        rowFormulas.push(isFormula ? `=${cell.formula}` : null);
        rowFormats.push(cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null);
      }
      values.push(rowValues);
      formulas.push(rowFormulas);
      numberFormats.push(rowFormats);
    }
    // A date cell stored as ISO text is that day, shown as one whatever its format: exceljs read its year.
    for (const [address, day] of dates.get(sheet.name) ?? []) {
      const cell = sheet.getCell(address);
      if (cell.type === ValueType.Merge) continue;
      const [r, c] = [Number(cell.row) - 1, Number(cell.col) - 1];
      values[r][c] = day;
      if (!isDayFormat(numberFormats[r][c] ?? undefined)) numberFormats[r][c] = 'yyyy-mm-dd';
    }
    return { name: sheet.name, state: sheet.state, values, formulas, numberFormats, hiddenRows };
  });
  if (unresolved.size > 0) {
    const empty = await emptyTextResults(bytes);
    for (const sheet of sheets) {
      const saved = empty.get(sheet.name);
      for (const [r, c] of unresolved.get(sheet.name) ?? [])
        if (saved?.has(a1(r, c))) sheet.values[r][c] = '';
    }
  }
  return sheets;
}

/** Days between Excel's 1900 epoch (as Excel counts it) and 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** A workbook's date system, and whether exceljs read its flag (see `date1904.ts`). */
type DateSystem = '1900' | '1904-read' | '1904-missed';

function plainValue(value: Cell['value'], system: DateSystem, numFmt: string | undefined): PlanValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOf(value, system, numFmt);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value && 'hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  return null;
}

/**
 * A date cell as the 1900 system's serial (what every reader of the grid counts in), whatever its
 * workbook's system. Only a number its format shows as a day moves (`isDayFormat`, the rule the Excel
 * port's excel-addin/dateSystem.ts applies): a time of day (a typed `7:30`) or a duration (`[h]:mm` of
 * 30 hours) is the same number on either system.
 */
function serialOf(date: Date, system: DateSystem, numFmt: string | undefined): number {
  const serial = date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
  if (system === '1900') return serial;
  const own = system === '1904-read' ? serial - DATE_1904_OFFSET_DAYS : serial;
  return isDayFormat(numFmt) ? own + DATE_1904_OFFSET_DAYS : own;
}

/**
 * A formula cell holds the result its program saved: a workbook written by a program that does not
 * calculate (a script, some converters) saves none, and the cell would read as blank, a value missing where
 * the user sees a formula. Thrown, naming the cell, for the sheets whose values are read as input.
 */
export function refuseUncalculated(sheet: ReadSheet): void {
  const cells: string[] = [];
  sheet.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula !== null && sheet.values[r]?.[c] === null) cells.push(a1(r, c));
    }),
  );
  if (cells.length === 0) return;
  const more = cells.length > 1 ? ` (and ${cells.length - 1} more)` : '';
  throw new Error(
    `${sheetPrefix(sheet.name)}!${cells[0]}${more} holds a formula without a saved result (the file was written by a program that does not calculate): open it in Excel or LibreOffice and save it`,
  );
}
