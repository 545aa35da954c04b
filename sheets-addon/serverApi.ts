/**
 * What crosses `google.script.run` between the sidebar and Code.js: the thin server's functions, typed
 * once for both sides. The sidebar runs the task pane's actions itself (core/app/actions.ts, as Excel's
 * pane does) over a workbook port whose every method is one call here; the server only reads grids,
 * paints plans and selects cells, each in a constant number of Spreadsheet calls.
 *
 * `google.script.run` carries only JSON-like values (a `Date` would make the whole answer `null`), so
 * cells travel through `toWireCell` / `fromWireCell`. A date cell crosses as the day it shows: Sheets
 * builds its `Date` at midnight in the spreadsheet's time zone, which the script (in `appsscript.json`'s
 * zone) and the page (in the browser's) would each read as another day, and a 1 October header in a
 * Tokyo spreadsheet as September.
 */
import type { Lang } from '../core/app/bridge';
import type { LimitProbe, PaintRequest, WorkbookSheets } from '../core/app/workbookPort';
import type { CellValue } from '../core/contract/sheet/cells';
import { sheetsServerTexts } from '../core/i18n/sheetsServer';

/** A cell as it crosses: a date becomes its day (`yyyy-MM-dd` in the spreadsheet's zone), the rest is JSON. */
export type WireCell = string | number | boolean | null | { readonly date: string };

/** A sheet's values as they cross, `null` for a sheet that does not exist. */
export type WireGrid = readonly (readonly WireCell[])[] | null;

/**
 * A sheet's values and, beside each, its number format as Sheets gives it, and the rows hidden in it
 * (0-based) when they were asked for; `null` for no such sheet.
 */
export type FormattedWireGrid = {
  readonly values: NonNullable<WireGrid>;
  readonly numberFormats: readonly (readonly string[])[];
  readonly hiddenRows?: readonly number[];
} | null;

/** A sheet `paintPlans` created: its name and the id Sheets gave it (`getSheetId`), which a rename keeps. */
export interface PaintedSheet {
  readonly name: string;
  readonly id: number;
}

/**
 * What `compareSheetNames` found: per pair, as far as it went, `one` name, `two`, `firstRefused` or `null`
 * (not probed); the failure that stopped it, in Google's words; the sheets it could not delete.
 */
export interface SheetNamesProbed {
  readonly answers: readonly ('one' | 'two' | 'firstRefused' | null)[];
  readonly error?: string;
  readonly left: readonly string[];
}

/** The server functions the sidebar calls, by name. */
export interface SheetsServer {
  /** Every sheet with its tag, and the active one. */
  workbookSheets(): WorkbookSheets;
  /** The values of the named sheets from A1, or only their first `rows` rows. */
  readSheets(names: readonly string[], rows?: number): readonly WireGrid[];
  /**
   * The same values with each cell's number format, read in the same call; with a `probeName`, the
   * hidden rows too, told by a temporary sheet of that name (made unique) which the call deletes.
   */
  readFormattedSheets(names: readonly string[], probeName: string | null): readonly FormattedWireGrid[];
  /** Paints the plans on new sheets (all or none) and returns the sheets made. */
  paintPlans(requests: readonly PaintRequest[]): readonly PaintedSheet[];
  /** Deletes the sheet of this id, if it is still there; the sidebar passes only ids it painted. */
  removeSheet(id: number): void;
  /** Hides rows (0-based) of the sheet of this id, which the sidebar painted as `name`; gone: `noSheet`. */
  hideSheetRows(id: number, name: string, rows: readonly number[]): void;
  /** Duplicates the sheet of this id, which the sidebar painted as `name`, and returns the copy; gone: `noSheet`. */
  duplicateSheet(id: number, name: string): PaintedSheet;
  /** Inserts each pair's names as sheets, sees which Sheets takes for one, and deletes what it inserted. */
  compareSheetNames(pairs: readonly (readonly [string, string])[]): SheetNamesProbed;
  /** Tries Sheets' limits (a sheet name's length, the cells) on the sheet of this id, painted as `name`. */
  probeLimits(id: number, name: string): readonly LimitProbe[];
  /** Activates a sheet and selects a cell in it; `null`: activates it with the selection it had. */
  selectCell(sheet: string, address: string | null): void;
  /** The sheet and A1 address (`B3:F20`) of the user's selection. */
  selectedRange(): readonly [sheet: string, address: string];
  /** The user's language, from their account's locale. */
  hostLanguage(): Lang;
}

/**
 * A value `getValues()` handed over, ready to cross; `day` gives a date's `yyyy-MM-dd` in the
 * spreadsheet's time zone (`Utilities.formatDate` on the server).
 */
export function toWireCell(value: unknown, day: (date: Date) => string): WireCell {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { date: day(value as Date) };
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return value === undefined || value === null ? null : String(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A cell back as the core reads it. A day becomes its UTC midnight, which the core reads as that day and
 * month in every browser zone. Anything else where a day should be is a defect, said in `lang`.
 */
export function fromWireCell(cell: WireCell, lang: Lang): CellValue {
  if (typeof cell !== 'object' || cell === null) return cell;
  const match = DAY.exec(cell.date);
  if (!match) throw new Error(sheetsServerTexts(lang).notADay(String(cell.date)));
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}
