/**
 * The Excel fake, for tests in Node: a workbook that follows Excel's rules (`workbook.ts`) behind
 * Office.js's batching (`officeJs.ts`). The e2e test runs the same fake inside the page (`browser.ts`);
 * painter tests read it through its call log (`mockWorkbook.ts`).
 *
 *   const excel = fakeExcel({ sheets: { Contract: [['Name', 'Target']] } });
 *   await excel.run(async (context) => { ... await context.sync(); });
 *   excel.runs;  // each Excel.run with its syncs and round trips
 */
import { createExcelRun, type RunRecord } from './officeJs';
import { requirements } from './requirements';
import type { CustomFunction } from './customCall';
import { FakeWorkbook, type CellValue } from './workbook';

export {
  FakeOfficeError,
  FakeWorkbook,
  type CellValue,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeSheet,
  type SheetSnapshot,
} from './workbook';
export type { CustomFunction } from './customCall';
export { createExcelRun, type FakeContext, type HostCall, type RunRecord } from './officeJs';
export { createMockWorkbook, type MockWorkbook } from './mockWorkbook';

export interface FakeExcelOptions {
  /** Sheets in tab order with their values from A1 (`null` for an empty cell). Default: an empty `Sheet1`. */
  readonly sheets?: Readonly<Record<string, readonly (readonly (CellValue | null)[])[]>>;
  /** The add-in's worksheet functions formulas may call, by the name formulas use (`FEES.CONTRACTFEE`). */
  readonly customFunctions?: Readonly<Record<string, CustomFunction>>;
  /** The workbook's date system (FakeWorkbook.dateSystem). Default 1900. */
  readonly dateSystem?: '1900' | '1904';
  /** How the workbook tells sheet names apart (FakeWorkbook.sheetNameFolding). Default: case aside. */
  readonly sheetNameFolding?: (name: string) => string;
}

/** One fake Excel: its workbook, `Excel.run` over it, and the record of every run. */
export interface FakeExcel {
  readonly book: FakeWorkbook;
  readonly runs: RunRecord[];
  /** `Excel.run`, typed as the real one for the code under test. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export function fakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const book = new FakeWorkbook();
  book.dateSystem = options.dateSystem ?? '1900';
  if (options.sheetNameFolding) book.sheetNameFolding = options.sheetNameFolding;
  for (const [name, fn] of Object.entries(options.customFunctions ?? {})) book.customFunctions.set(name, fn);
  const sheets = options.sheets ?? { Sheet1: [] };
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addSheet(name, 'setup');
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) book.write(sheet, r, c, value, 'setup');
      }),
    );
  }
  const runs: RunRecord[] = [];
  const run = createExcelRun(book, runs);
  return {
    book,
    runs,
    run: (batch) => run((context) => batch(context as unknown as Excel.RequestContext)),
  };
}

/**
 * Makes the global `Office` answer requirement sets as an Excel supporting ExcelApi up to `excelApi`, as
 * the add-in asks it; returns what puts the previous global back.
 */
export function useOfficeRequirements(excelApi: string): () => void {
  const global = globalThis as { Office?: unknown };
  const previous = global.Office;
  global.Office = { context: { requirements: requirements(excelApi) } };
  return () => {
    global.Office = previous;
  };
}
