/**
 * The active spreadsheet as the task pane's actions see a workbook: read a table sheet, paint a plan on a
 * new sheet, select a cell. Everything here is synchronous, as Apps Script is; painting is helper code
 * (`painter.ts`) that spends a constant number of Spreadsheet calls per plan.
 */
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { paintSheetPlan } from '../painter';
import { readSheetValues } from '../readSheetValues';
import type { SpreadsheetAppLike } from '../spreadsheetTypes';
import { spreadsheetApp, type ActiveSpreadsheetLike } from './appsScript';

/** A workbook, synchronously: what the Sheets server hands the core's actions. */
export interface SheetsWorkbookPort {
  /** Names of the sheets, in tab order. */
  sheetNames(): string[];
  /** Every value of a sheet from A1 (blanks `""`, dates `Date`), or null when there is no such sheet. */
  readSheet(name: string): unknown[][] | null;
  /** Paints `plan` on a new, uniquely named sheet, leaves it active and returns its name. */
  paintSheet(plan: SheetPlan): string;
  /** Deletes a sheet the add-on created (undoing half of a two-sheet creation); absent sheets are ignored. */
  deleteSheet(name: string): void;
  /** Activates `sheet` and selects `address` (A1, without the sheet) in it. */
  selectCell(sheet: string, address: string): void;
}

/** The port over a spreadsheet; by default the active one of the global `SpreadsheetApp`. */
export function spreadsheetWorkbook(
  spreadsheet: ActiveSpreadsheetLike = spreadsheetApp().getActiveSpreadsheet(),
  app: SpreadsheetAppLike = spreadsheetApp(),
): SheetsWorkbookPort {
  return {
    sheetNames: () => spreadsheet.getSheets().map((sheet) => sheet.getName()),
    readSheet: (name) => readSheetValues(spreadsheet, name),
    paintSheet: (plan) => paintSheetPlan(spreadsheet, plan, app),
    deleteSheet: (name) => {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) spreadsheet.deleteSheet(sheet);
    },
    selectCell: (name, address) => {
      const sheet = spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`There is no sheet named "${name}".`);
      spreadsheet.setActiveSheet(sheet);
      sheet.getRange(address).activate();
    },
  };
}
