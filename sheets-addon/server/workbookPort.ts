/**
 * The active spreadsheet as the core's task-pane actions see a workbook (`core/app/workbookPort.ts`):
 * read a table sheet, paint plans on new sheets, select a cell. Synchronous, as Apps Script is; each plan
 * is painted by the Sheets painter in a constant number of Spreadsheet calls.
 */
import type { WorkbookPort } from '../../core/app/workbookPort';
import type { Grid } from '../../core/contract/sheet/cells';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { paintSheetPlan } from '../painter';
import { readSheetValues } from '../readSheetValues';
import type { SpreadsheetAppLike } from '../spreadsheetTypes';
import { spreadsheetApp, type ActiveSpreadsheetLike } from './appsScript';

/** The Sheets port: every method returns its value, never a promise. */
export interface SheetsWorkbookPort extends WorkbookPort {
  sheetNames(): readonly string[];
  readSheet(name: string): Grid | null;
  paint(plans: readonly SheetPlan[]): readonly string[];
  select(sheet: string, address: string): void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The port over a spreadsheet; by default the active one of the global `SpreadsheetApp`. */
export function spreadsheetWorkbook(
  spreadsheet: ActiveSpreadsheetLike = spreadsheetApp().getActiveSpreadsheet(),
  app: SpreadsheetAppLike = spreadsheetApp(),
): SheetsWorkbookPort {
  /** Deletes sheets this paint created, so a failed paint leaves the spreadsheet as it was. */
  const undo = (names: readonly string[]): string => {
    for (const name of names) {
      try {
        const sheet = spreadsheet.getSheetByName(name);
        if (sheet) spreadsheet.deleteSheet(sheet);
      } catch (error) {
        return ` (the sheet "${name}" could not be removed: ${reason(error)})`;
      }
    }
    return '';
  };

  return {
    sheetNames: () => spreadsheet.getSheets().map((sheet) => sheet.getName()),
    // getValues() hands numbers, text, booleans, Dates and "" for blanks: the core's cell values.
    readSheet: (name) => readSheetValues(spreadsheet, name) as Grid | null,
    paint: (plans) => {
      const painted: string[] = [];
      for (const plan of plans) {
        try {
          // The painter removes its own half-built sheet; the sheets painted before it are undone here.
          painted.push(paintSheetPlan(spreadsheet, plan, app));
        } catch (error) {
          const cleanup = undo(painted);
          throw new Error(`${reason(error)}${cleanup}`, { cause: error });
        }
      }
      return painted;
    },
    select: (name, address) => {
      const sheet = spreadsheet.getSheetByName(name);
      if (!sheet) throw new Error(`There is no sheet named "${name}".`);
      spreadsheet.setActiveSheet(sheet);
      sheet.getRange(address).activate();
    },
  };
}
