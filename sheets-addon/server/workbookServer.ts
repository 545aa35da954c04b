/**
 * The thin server of the sidebar: the functions `google.script.run` calls (typed in `serverApi.ts`). Each
 * checks what the page sent, then reads or paints the active spreadsheet in a constant number of
 * Spreadsheet calls per sheet, whatever the sheets hold. Contracts, invoices and layouts are computed in
 * the sidebar, so none of that code is in Code.js. A failure is thrown as a `ServerFailure` (a code and
 * its data, ../serverFailure.ts), which the sidebar words in the pane's language.
 */
import { SHEET_TAG_KEY, parseSheetTag, sheetTagText } from '../../core/app/sheetTag';
import type { Lang } from '../../core/app/bridge';
import type { LimitProbe, SheetInfo, WorkbookSheets } from '../../core/app/workbookPort';
import { sheetNameCollisionKey } from '../../core/layout/uniqueSheetName';
import { MAX_SPREADSHEET_CELLS, heldCells, paintPreparedPlan, paintedCells } from '../painter';
import { preparePlans } from '../planToCalls';
import {
  toWireCell,
  type FormattedWireGrid,
  type PaintedSheet,
  type SheetNamesProbed,
  type SheetsServer,
  type WireGrid,
} from '../serverApi';
import { PAINT_DEADLINE_MS, ServerFailure, reasonOf, type ServerArgument } from '../serverFailure';
import { lockService, spreadsheetApp, utilities } from './appsScript';
import { userLang } from './language';
import { paintRequestsFrom } from './paintRequests';
import { hiddenRowsOf } from './hiddenRows';

/**
 * How long a paint waits for another paint of the same spreadsheet (another user, another sidebar) to
 * finish. A paint takes seconds; an execution may last six minutes.
 */
const LOCK_WAIT_MS = 60_000;

/** Thrown before a sheet the deadline leaves no time for. */
class OutOfTime extends Error {}

function active(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return spreadsheetApp().getActiveSpreadsheet();
}

function badCall(what: ServerArgument): never {
  throw new ServerFailure({ code: 'badCall', what });
}

function texts(value: unknown, what: ServerArgument): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) badCall(what);
  return value;
}

function text(value: unknown, what: ServerArgument): string {
  if (typeof value !== 'string') badCall(what);
  return value;
}

/**
 * Runs `work` holding the document lock, waiting for a paint that holds it (a 'busy' failure past
 * LOCK_WAIT_MS), and releases it when `work` ends. Around a read: a sidebar in another tab (or another
 * user's) would otherwise list and read the sheets of a paint still under way, a Contract without its
 * Actuals, half of a year of invoices; released at once, so a paint waits for no read long.
 */
function underDocumentLock<T>(work: () => T): T {
  // null outside a document's context, which an add-on's call never is.
  const lock = lockService().getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) throw new ServerFailure({ code: 'busy' });
  try {
    return work();
  } finally {
    lock?.releaseLock();
  }
}

/** Every sheet with its tag (one metadata search for the whole spreadsheet), and the active sheet. */
export function workbookSheets(): WorkbookSheets {
  return underDocumentLock(listSheets);
}

function listSheets(): WorkbookSheets {
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
 * `read` of each named sheet's range from A1 to its last cell with content, or to its `rows`th row of it
 * (`null` for a name no sheet has), with its values as they cross: dates as the day they show in the
 * spreadsheet's own time zone, not the script's. `then` sees every read in the same lock.
 */
function readRanges<T>(
  names: unknown,
  read: (range: GoogleAppsScript.Spreadsheet.Range, values: NonNullable<WireGrid>) => T,
  then: (
    reads: (T | null)[],
    spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    names: string[],
  ) => (T | null)[] = (reads) => reads,
  rows: number | null = null,
): (T | null)[] {
  const wanted = texts(names, 'sheetNames');
  return underDocumentLock(() => {
    const spreadsheet = active();
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const formatter = utilities();
    const day = (date: Date) => formatter.formatDate(date, zone, 'yyyy-MM-dd');
    const reads = wanted.map((name) => {
      try {
        const data = spreadsheet.getSheetByName(name)?.getDataRange();
        const range = data && rows ? data.offset(0, 0, Math.min(rows, data.getNumRows())) : data;
        return range
          ? read(
              range,
              range.getValues().map((row) => row.map((value) => toWireCell(value, day))),
            )
          : null;
      } catch (error) {
        // A chart moved to its own sheet has no cells: its first rows (what tells our sheets) are none.
        if (rows) return null;
        throw error;
      }
    });
    return then(reads, spreadsheet, wanted);
  });
}

/**
 * The named sheets' values from A1 to their last cell with content, or to their `rows`th row (what tells a
 * sheet the add-in wrote, however large the sheet): one read per sheet. Left out (undefined, or the null
 * `google.script.run` may make of it): every row.
 */
export function readSheets(names: unknown, rows?: unknown): WireGrid[] {
  const top = rows ?? null;
  if (top !== null && !(Number.isSafeInteger(top) && (top as number) > 0)) badCall('rowCount');
  return readRanges(names, (_range, values) => values, undefined, top as number | null);
}

/**
 * As `readSheets`, with each cell's number format (`0.00%`, `#,##0.00 [$€-1]`) read from the same range:
 * two reads per sheet. A supplier's amount formatted as a percentage holds 0.2 where it shows 20 %. With
 * a `probeName`, the rows hidden in each sheet, told by a temporary sheet of that name (hiddenRows.ts),
 * read in the same lock: a paint cannot hide or show rows in between.
 */
export function readFormattedSheets(names: unknown, probeName: unknown): FormattedWireGrid[] {
  // Left out (undefined) as google.script.run leaves a trailing null: no hidden rows.
  const probe = probeName === null || probeName === undefined ? null : text(probeName, 'probeName');
  return readRanges(
    names,
    (range, values) => ({ values, numberFormats: range.getNumberFormats() }),
    (reads, spreadsheet, sheetNames) => {
      if (probe === null) return reads;
      const hidden = hiddenRowsOf(
        spreadsheet,
        probe,
        reads.map(
          (read, i) =>
            // A data range has a row and a column at least (A1 of an empty sheet).
            read && { name: sheetNames[i]!, rows: read.values.length, columns: read.values[0]!.length },
        ),
      );
      return reads.map((read, i) => read && { ...read, hiddenRows: hidden[i]! });
    },
  );
}

/**
 * Deletes sheets this call created, so a failed paint leaves the spreadsheet as it was; false if one stays.
 * Flushed, as LockService asks of every change before the lock goes: a paint waiting for it then picks its
 * names among the sheets that are really left.
 */
function undo(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  names: readonly string[],
): boolean {
  try {
    for (const name of names) {
      const sheet = spreadsheet.getSheetByName(name);
      if (sheet) spreadsheet.deleteSheet(sheet);
    }
    app.flush();
    return true;
  } catch {
    return false;
  }
}

/**
 * Paints each plan on a new, uniquely named sheet and leaves its tag on it; all of them or none. The
 * painter removes its own half-built sheet; the sheets painted before it are undone here. The document
 * lock makes a second paint (another user, another sidebar) wait, so it sees this one's sheets when it
 * picks its names; its changes are flushed before the lock is released, as LockService asks.
 */
export function paintPlans(requests: unknown): PaintedSheet[] {
  const started = Date.now();
  const checked = paintRequestsFrom(requests);
  const prepared = preparePlans(checked.map((request) => request.plan));
  const spreadsheet = active();
  const app = spreadsheetApp();
  return underDocumentLock(() => {
    // Counted under the lock, where no other paint adds cells: refused whole before any sheet is inserted,
    // where Google would refuse the sheet that passes the limit once the others are painted.
    const held = heldCells(spreadsheet);
    const needed = prepared.reduce((n, plan) => n + paintedCells(plan), 0);
    if (held + needed > MAX_SPREADSHEET_CELLS)
      throw new ServerFailure({
        code: 'paint',
        sheets: checked.map(({ plan }) => plan.name),
        reason: '',
        cleanup: 'not-created',
        tooManyCells: { held, needed, limit: MAX_SPREADSHEET_CELLS },
      });
    const painted: PaintedSheet[] = [];
    try {
      checked.forEach(({ plan, tag }, i) => {
        if (i > 0 && Date.now() - started > PAINT_DEADLINE_MS) throw new OutOfTime();
        const name = paintPreparedPlan(spreadsheet, plan.name, prepared[i]!, app);
        const sheet = spreadsheet.getSheetByName(name)!;
        painted.push({ name, id: sheet.getSheetId() });
        if (tag) sheet.addDeveloperMetadata(SHEET_TAG_KEY, sheetTagText(tag));
      });
      app.flush();
      return painted;
    } catch (error) {
      const names = painted.map((p) => p.name);
      const own = error instanceof ServerFailure && error.failure.code === 'paint' ? error.failure : null;
      const undone = undo(spreadsheet, app, names);
      const nothingMade = names.length === 0 && own?.cleanup === 'not-created';
      // The failing sheet's own failure (a text or total Sheets did not keep, with its cell) is kept whole.
      throw new ServerFailure({
        ...own,
        code: 'paint',
        sheets: [...names, ...(own?.sheets ?? [])],
        reason: own?.reason ?? reasonOf(error),
        cleanup: !undone || own?.cleanup === 'left' ? 'left' : nothingMade ? 'not-created' : 'removed',
        ...(error instanceof OutOfTime
          ? { outOfTime: { painted: names.length, total: checked.length } }
          : {}),
      });
    }
  });
}

/**
 * `work`, a change to the spreadsheet, under the document lock as a paint is, flushed before the lock goes
 * (LockService's rule): a paint or a read in another sidebar never sees it half made.
 */
function changeUnderLock<T>(work: (spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) => T): T {
  return underDocumentLock(() => {
    const done = work(active());
    spreadsheetApp().flush();
    return done;
  });
}

/**
 * Deletes the sheet Sheets knows by `id`, found among the sheets (a rename keeps the id); nothing when it
 * is gone. The sidebar's port sends only ids its own paint returned.
 */
export function removeSheet(id: unknown): void {
  if (!Number.isSafeInteger(id)) badCall('sheetId');
  changeUnderLock((spreadsheet) => {
    const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === id);
    if (sheet) spreadsheet.deleteSheet(sheet);
  });
}

/** The sheet Sheets knows by `id`, one the sidebar painted as `name`; a sheet gone since is `noSheet`. */
function paintedSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  id: number,
  name: string,
): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheets().find((s) => s.getSheetId() === id);
  if (!sheet) throw new ServerFailure({ code: 'noSheet', sheet: name });
  return sheet;
}

/**
 * Hides rows (0-based) of the sheet Sheets knows by `id` (one the sidebar painted as `name`: Diagnostics'),
 * one call per run of adjacent rows; a sheet gone since is `noSheet`.
 */
export function hideSheetRows(id: unknown, name: unknown, rows: unknown): void {
  if (!Number.isSafeInteger(id)) badCall('sheetId');
  const painted = text(name, 'sheetName');
  if (!Array.isArray(rows) || !rows.every((row) => Number.isSafeInteger(row) && (row as number) >= 0))
    badCall('rowIndexes');
  const sorted = [...new Set(rows as number[])].sort((a, b) => a - b);
  changeUnderLock((spreadsheet) => {
    const sheet = paintedSheet(spreadsheet, id as number, painted);
    sorted.forEach((row, i) => {
      if (i > 0 && sorted[i - 1] === row - 1) return;
      let end = i;
      while (sorted[end + 1] === sorted[end]! + 1) end++;
      sheet.hideRows(row + 1, end - i + 1);
    });
  });
}

/**
 * Duplicates the sheet Sheets knows by `id` (one the sidebar painted as `name`: Diagnostics') as the sheet
 * tab's Duplicate does, and returns the copy, which is active then, as after the user's Duplicate. Whether
 * the copy keeps the sheet's developer metadata, its tag, is undocumented: Diagnostics lists it to see.
 * Under the document lock, as a paint: the copy takes a name a paint would otherwise pick.
 */
export function duplicateSheet(id: unknown, name: unknown): PaintedSheet {
  if (!Number.isSafeInteger(id)) badCall('sheetId');
  const painted = text(name, 'sheetName');
  return changeUnderLock((spreadsheet) => {
    spreadsheet.setActiveSheet(paintedSheet(spreadsheet, id as number, painted));
    const copy = spreadsheet.duplicateActiveSheet();
    return { name: copy.getName(), id: copy.getSheetId() };
  });
}

/**
 * How Sheets compares sheet names (Diagnostics' sheetNameFolding; Google documents none of it): for each
 * pair whose names no sheet has (as the painters compare names), inserts a sheet of its first name, then
 * one of its second. A refused insert counts as the name taken only where getSheetByName then finds a
 * sheet of it, as the fake assumes (names one case aside, in lookups and inserts alike); any other failure
 * stops the probe and is named. Every sheet inserted is deleted, by its id, and the flush made, before the
 * lock goes; those that could not be are named. Two inserts per pair, a fixed number.
 */
export function compareSheetNames(pairs: unknown): SheetNamesProbed {
  if (
    !Array.isArray(pairs) ||
    !pairs.every(
      (pair) => Array.isArray(pair) && pair.length === 2 && pair.every((name) => typeof name === 'string'),
    )
  )
    badCall('sheetNamePairs');
  return changeUnderLock((spreadsheet) => {
    const taken = new Set(spreadsheet.getSheets().map((sheet) => sheetNameCollisionKey(sheet.getName())));
    const added: GoogleAppsScript.Spreadsheet.Sheet[] = [];
    /** Whether Sheets took `name` for a new sheet; false where it holds the name as another's. */
    const insert = (name: string): boolean => {
      try {
        added.push(spreadsheet.insertSheet(name));
        return true;
      } catch (error) {
        if (spreadsheet.getSheetByName(name)) return false;
        throw error;
      }
    };
    const answers: SheetNamesProbed['answers'][number][] = [];
    let error: string | undefined;
    try {
      for (const [first, second] of pairs as [string, string][]) {
        if ([first, second].some((name) => taken.has(sheetNameCollisionKey(name)))) answers.push(null);
        else if (!insert(first)) answers.push('firstRefused');
        else answers.push(insert(second) ? 'two' : 'one');
      }
    } catch (failure) {
      error = reasonOf(failure);
    }
    const left: string[] = [];
    for (const sheet of added) {
      const name = sheet.getName();
      try {
        spreadsheet.deleteSheet(sheet);
      } catch {
        left.push(name);
      }
    }
    return error === undefined ? { answers, left } : { answers, error, left };
  });
}

/** The longest sheet name Sheets takes (its editor refuses a 101st character; Google documents none). */
const MAX_SHEET_NAME = 100;

/**
 * Tries Sheets' limits on the sheet Sheets knows by `id` (one the sidebar painted as `name`: Diagnostics'
 * empty sheet): renames it to 100 characters and to 101, then back, and grows it by the rows that take
 * the spreadsheet one row past Google's 10 million cells, which Sheets should refuse (filling the
 * spreadsheet to try the limit itself is not done). Under the lock, flushed; a sheet gone is `noSheet`.
 */
export function probeLimits(id: unknown, name: unknown): LimitProbe[] {
  if (!Number.isSafeInteger(id)) badCall('sheetId');
  const painted = text(name, 'sheetName');
  return changeUnderLock((spreadsheet) => {
    const sheet = paintedSheet(spreadsheet, id as number, painted);
    const takes = (work: () => unknown): boolean => {
      try {
        work();
        return true;
      } catch {
        return false;
      }
    };
    const own = sheet.getName();
    const named = (length: number) => (own + '.'.repeat(length)).slice(0, length);
    const longest = takes(() => sheet.setName(named(MAX_SHEET_NAME)));
    const longer = takes(() => sheet.setName(named(MAX_SHEET_NAME + 1)));
    sheet.setName(own);
    const rows = Math.floor((MAX_SPREADSHEET_CELLS - heldCells(spreadsheet)) / sheet.getMaxColumns()) + 1;
    const grown = takes(() => sheet.insertRowsAfter(sheet.getMaxRows(), Math.max(1, rows)));
    return [
      { limit: 'sheetName', max: MAX_SHEET_NAME, atMax: longest, pastMax: longer },
      { limit: 'cells', max: MAX_SPREADSHEET_CELLS, atMax: null, pastMax: grown },
    ];
  });
}

/**
 * Activates a sheet and selects a cell in it (a problem the check listed); without a cell (`null`), gives
 * the sheet back with its most recent selection (setActiveSheet's restoreSelection). Under the document
 * lock, flushed, as a change is: a paint in another sidebar activates each sheet it inserts and deletes
 * those it undoes, so the sheet found by name here could otherwise be gone, or the selection taken away,
 * before Sheets applies it; past the lock's wait it refuses as busy, selecting nothing.
 */
export function selectCell(sheet: unknown, address: unknown): void {
  const name = text(sheet, 'sheetName');
  const cell = address === null ? null : text(address, 'cellAddress');
  changeUnderLock((spreadsheet) => {
    const target = spreadsheet.getSheetByName(name);
    if (!target) throw new ServerFailure({ code: 'noSheet', sheet: name });
    if (cell === null) {
      spreadsheet.setActiveSheet(target, true);
      return;
    }
    spreadsheet.setActiveSheet(target);
    target.getRange(cell).activate();
  });
}

/** The user's selection: its sheet's name and its A1 address; the sidebar joins them. */
export function selectedRange(): readonly [string, string] {
  const range = active().getActiveRange();
  if (!range) throw new ServerFailure({ code: 'noSelection' });
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
  readFormattedSheets,
  paintPlans,
  removeSheet,
  hideSheetRows,
  duplicateSheet,
  compareSheetNames,
  probeLimits,
  selectCell,
  selectedRange,
  hostLanguage,
} satisfies { [K in keyof SheetsServer]: (...args: never[]) => ReturnType<SheetsServer[K]> };
