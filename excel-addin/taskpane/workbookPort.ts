/**
 * The open workbook as the core's task-pane actions see it, over Office.js: the asynchronous twin of the
 * Sheets add-on's `SheetsWorkbookPort`. Each method is one `Excel.run` with a constant number of syncs
 * (the painter's), whatever the size of the sheet or plan.
 */
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { paintWorkbookPlan, readSheetValues } from '../painter';
import type { ExcelHost } from './excelBridge';

/** A workbook, asynchronously: what the Excel task pane hands the core's actions. */
export interface ExcelWorkbookPort {
  /** Names of the sheets, in tab order. */
  sheetNames(): Promise<string[]>;
  /** Every value of a sheet from A1 (blanks `""`, dates as serial numbers), or null when there is none. */
  readSheet(name: string): Promise<unknown[][] | null>;
  /**
   * Paints each plan on a new, uniquely named sheet, all or nothing (a failure removes every sheet of the
   * call), activates the first and returns the names in plan order.
   */
  paintSheets(plans: readonly SheetPlan[]): Promise<string[]>;
}

/** The port over the workbook `host` runs batches on. */
export function excelWorkbook(host: ExcelHost): ExcelWorkbookPort {
  return {
    sheetNames: () =>
      host.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        return sheets.items.map((sheet) => sheet.name);
      }),
    readSheet: (name) => host.run((context) => readSheetValues(context, name)),
    paintSheets: (plans) => host.run((context) => paintWorkbookPlan(context, plans)),
  };
}
