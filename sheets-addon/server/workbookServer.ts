/**
 * The thin server of the sidebar: the functions `google.script.run` calls (typed in `serverApi.ts`). Each
 * checks what the page sent, then reads or paints the active spreadsheet in a constant number of
 * Spreadsheet calls per sheet, whatever the sheets hold. Contracts, invoices and layouts are computed in
 * the sidebar, so none of that code is in Code.js. A thrown `Error` reaches the page's failure handler
 * with its message.
 */
import { SHEET_TAG_KEY, parseSheetTag, sheetTagText } from '../../core/app/sheetTag';
import type { Lang } from '../../core/app/bridge';
import type { SheetInfo, WorkbookSheets } from '../../core/app/workbookPort';
import { paintSheetPlan } from '../painter';
import { toWireCell, type PaintedSheet, type SheetsServer, type WireGrid } from '../serverApi';
import { spreadsheetApp, utilities } from './appsScript';
import { userLang } from './language';
import { paintRequestsFrom } from './paintRequests';

function reason(error: unknown): string {
  return error instanceof Error || Object.prototype.toString.call(error) === '[object Error]'
    ? (error as Error).message
    : String(error);
}

function active(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return spreadsheetApp().getActiveSpreadsheet();
}

function texts(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`The sidebar sent no ${what}.`);
  }
  return value;
}

function text(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`The sidebar sent no ${what}.`);
  return value;
}

/** Every sheet with its tag (one metadata search for the whole spreadsheet), and the active sheet. */
export function workbookSheets(): WorkbookSheets {
  const spreadsheet = active();
  const tags = new Map<string, SheetInfo['tag']>();
  for (const metadata of spreadsheet.createDeveloperMetadataFinder().withKey(SHEET_TAG_KEY).find()) {
    const tag = parseSheetTag(metadata.getValue());
    const sheet = metadata.getLocation().getSheet();
    if (tag && sheet) tags.set(sheet.getName(), tag);
  }
  return {
    sheets: spreadsheet.getSheets().map((sheet) => {
      const name = sheet.getName();
      return { name, tag: tags.get(name) ?? null };
    }),
    active: spreadsheet.getActiveSheet().getName(),
  };
}

/**
 * The named sheets' values from A1 to their last cell with content: one read per sheet. Dates leave as
 * the day they show in the spreadsheet's own time zone, not the script's.
 */
export function readSheets(names: unknown): WireGrid[] {
  const wanted = texts(names, 'sheet names');
  const spreadsheet = active();
  const zone = spreadsheet.getSpreadsheetTimeZone();
  const formatter = utilities();
  const day = (date: Date) => formatter.formatDate(date, zone, 'yyyy-MM-dd');
  return wanted.map((name) => {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet
      ? sheet
          .getDataRange()
          .getValues()
          .map((row) => row.map((value) => toWireCell(value, day)))
      : null;
  });
}

/** Deletes sheets this call created, so a failed paint leaves the spreadsheet as it was. */
function undo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, names: readonly string[]): string {
  for (const name of names) {
    try {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) spreadsheet.deleteSheet(sheet);
    } catch (error) {
      return ` (the sheet "${name}" could not be removed: ${reason(error)})`;
    }
  }
  return '';
}

/**
 * Paints each plan on a new, uniquely named sheet and leaves its tag on it; all of them or none. The
 * painter removes its own half-built sheet; the sheets painted before it are undone here.
 */
export function paintPlans(requests: unknown): PaintedSheet[] {
  const checked = paintRequestsFrom(requests);
  const spreadsheet = active();
  const app = spreadsheetApp();
  const painted: PaintedSheet[] = [];
  for (const { plan, tag } of checked) {
    try {
      const name = paintSheetPlan(spreadsheet, plan, app);
      const sheet = spreadsheet.getSheetByName(name)!;
      painted.push({ name, id: sheet.getSheetId() });
      if (tag) sheet.addDeveloperMetadata(SHEET_TAG_KEY, sheetTagText(tag));
    } catch (error) {
      const names = painted.map((p) => p.name);
      throw new Error(`${reason(error)}${undo(spreadsheet, names)}`, { cause: error });
    }
  }
  return painted;
}

/**
 * Deletes the sheet Sheets knows by `id`, found among the sheets (a rename keeps the id); nothing when it
 * is gone. The sidebar's port sends only ids its own paint returned.
 */
export function removeSheet(id: unknown): void {
  if (!Number.isSafeInteger(id)) throw new Error('The sidebar sent no sheet id.');
  const spreadsheet = active();
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === id);
  if (sheet) spreadsheet.deleteSheet(sheet);
}

/** Activates a sheet and selects a cell in it (a problem the check listed). */
export function selectCell(sheet: unknown, address: unknown): void {
  const name = text(sheet, 'sheet name');
  const cell = text(address, 'cell address');
  const spreadsheet = active();
  const target = spreadsheet.getSheetByName(name);
  if (!target) throw new Error(`There is no sheet named "${name}".`);
  spreadsheet.setActiveSheet(target);
  target.getRange(cell).activate();
}

/** The user's selection: its sheet's name and its A1 address; the sidebar joins them. */
export function selectedRange(): readonly [string, string] {
  const range = active().getActiveRange();
  if (!range) throw new Error('No range is selected.');
  return [range.getSheet().getName(), range.getA1Notation()];
}

/** The user's language, from their Google account's locale. */
export function hostLanguage(): Lang {
  return userLang();
}

/** Every function of the sidebar's server API: the compiler checks the list against `SheetsServer`. */
export const SHEETS_SERVER = {
  workbookSheets,
  readSheets,
  paintPlans,
  removeSheet,
  selectCell,
  selectedRange,
  hostLanguage,
} satisfies { [K in keyof SheetsServer]: (...args: never[]) => ReturnType<SheetsServer[K]> };
