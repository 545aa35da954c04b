import type { Grid } from '../contract/sheet/cells';
import type { SheetPlan } from '../layout/sheetPlan';
import type { MaybePromise } from './maybePromise';
import { notPaintedHereText } from '../i18n/hostMessages';

/**
 * The mark the add-in leaves on a sheet it created for a contract, stored by the host beside the sheet
 * (Sheets developer metadata, an Excel worksheet custom property), never in its cells: the pane tells our
 * Contract and Actuals sheets from a user's own sheet of the same name, and pairs them even once renamed;
 * and it tells the invoice and correction note sheets it wrote, which Correct an invoice offers and reads.
 */
export interface SheetTag {
  readonly role: 'contract' | 'actuals' | 'invoice' | 'note';
  /**
   * Shared by the Contract and Actuals sheets of one contract, unique in the workbook; on an invoice or a
   * note, the id of the contract it is of.
   */
  readonly contract: string;
}

/** A sheet as the actions see it: its name and our mark, if it carries one. */
export interface SheetInfo {
  readonly name: string;
  readonly tag: SheetTag | null;
  /**
   * The sheet's first cells from A1, as `readTopLeft` gives them, where `sheets` was asked for them
   * (`TopLeft`) and the port reads them in the listing's own host calls; absent otherwise.
   */
  readonly top?: Grid;
}

/** How many rows and columns from A1 a listing may read of each sheet with its name and tag. */
export interface TopLeft {
  readonly rows: number;
  readonly columns: number;
}

/** The sheets of the workbook, in workbook order, and the one the user is on. */
export interface WorkbookSheets {
  readonly sheets: readonly SheetInfo[];
  /** Name of the active sheet; `null` when the host cannot tell. */
  readonly active: string | null;
}

/** A sheet's values from A1, as `readSheets` gives them, and the number format of each of its cells. */
export interface FormattedGrid {
  readonly values: Grid;
  /** Beside `values`: `0.00%`, `[$$-409]#,##0.00`, `General`; `null` or absent where none is known. */
  readonly numberFormats: readonly (readonly (string | null)[])[];
  /**
   * The rows (0-based, as `values`) hidden or filtered out in the sheet, where the host's read tells them:
   * Excel in every read, the Sheets sidebar when asked (`ReadOptions`); absent elsewhere.
   */
  readonly hiddenRows?: readonly number[];
}

/** What a formatted read may be asked to tell besides values and formats. */
export interface ReadOptions {
  /**
   * The hidden rows of each sheet (`FormattedGrid.hiddenRows`): Sheets tells them only through a temporary
   * sheet, so the reads that need them (Reconcile's, Diagnostics') ask.
   */
  readonly hiddenRows?: boolean;
}

/** Two sheet names, for a host to say whether it takes them for one (`WorkbookPort.compareSheetNames`). */
export type SheetNamePair = readonly [first: string, second: string];

/**
 * How the host took a pair: `one` name (it refused the second, ItemAlreadyExists), `two` names (it took
 * both), `firstRefused` (it refused the first, which no sheet had as the painters compare names), or
 * `null`, not probed: a sheet of the workbook already had one of the two names.
 */
export type SheetNameAnswer = 'one' | 'two' | 'firstRefused' | null;

/** What `compareSheetNames` found, and the sheets it added but could not delete. */
export interface SheetNameComparison {
  /** Beside the pairs asked, as far as the probe went. */
  readonly answers: readonly SheetNameAnswer[];
  /** The host's failure that stopped the probe early, if one did. */
  readonly error?: unknown;
  readonly left: readonly string[];
}

/**
 * One limit of the host the painters write within, as `WorkbookPort.probeLimits` found it: `max` is the
 * most the host documents (a sheet name's characters, a spreadsheet's cells, a sheet's rows or columns);
 * `atMax` whether the host took exactly that much (null where trying it would fill the user's workbook),
 * `pastMax` whether it took one more, which it should refuse.
 */
export interface LimitProbe {
  readonly limit: 'sheetName' | 'cells' | 'rows' | 'columns';
  readonly max: number;
  readonly atMax: boolean | null;
  readonly pastMax: boolean;
}

/** A plan to paint on a new sheet, with the mark to leave on that sheet. */
export interface PaintRequest {
  readonly plan: SheetPlan;
  readonly tag?: SheetTag;
}

/**
 * What the task pane's actions need from a workbook, implemented once per host, each method in a constant
 * number of host calls whatever the size of the sheets or plans (one Excel.run with a constant number of
 * syncs; a constant number of Spreadsheet calls behind one `google.script.run`). The Sheets sidebar's port
 * and Excel's are both asynchronous; the in-memory test workbook is synchronous.
 */
export interface WorkbookPort {
  /**
   * Every sheet with its mark, and the active one. With `topLeft`, a port that can read cells in the
   * listing's own host calls (Excel: the same sync as the tags) gives each untagged sheet its `top`, so
   * a list that tells sheets by their first rows costs no second round trip; another port ignores it
   * and the caller reads them with `readTopLeft`.
   */
  sheets(topLeft?: TopLeft): MaybePromise<WorkbookSheets>;
  /** The values of the named sheets from A1 (blanks as `""` or `null`), `null` for a name no sheet has. */
  readSheets(names: readonly string[]): MaybePromise<readonly (Grid | null)[]>;
  /**
   * The first `rows` rows and `columns` columns of the named sheets from A1 (a port may give more, or
   * fewer where the sheet is smaller), `null` for a name no sheet has: what tells a sheet the add-in
   * wrote (its labels and number text) without reading a user's sheet of any size whole; a date may come
   * as the host holds it. Absent in a port with no cheaper read than `readSheets` (a test's), which
   * then serves.
   */
  readTopLeft?(
    names: readonly string[],
    rows: number,
    columns: number,
  ): MaybePromise<readonly (Grid | null)[]>;
  /**
   * As `readSheets`, with each cell's number format read in the same host calls: a supplier's amount
   * formatted as a percentage holds 0.2 where it shows 20 %. Absent where the host's read gives values only.
   */
  readFormattedSheets?(
    names: readonly string[],
    options?: ReadOptions,
  ): MaybePromise<readonly (FormattedGrid | null)[]>;
  /**
   * Paints plans as new sheets, each under a unique name and carrying its tag; all of them or none (a
   * failure removes what this call built and rejects/throws with a message naming the sheet). Returns the
   * names used, in order.
   */
  paint(requests: readonly PaintRequest[]): MaybePromise<readonly string[]>;
  /**
   * Activates the sheet and selects the cell. Without an address, only activates the sheet, which then
   * shows the selection it had: each host keeps one per sheet (Diagnostics so gives the user back the
   * sheet they were on, and checks it).
   */
  select(sheet: string, address?: string): MaybePromise<void>;
  /**
   * The range the user has selected, as an A1 address naming its sheet (`'Supplier invoice'!B3:F20`), for
   * the pane to fill a range field with: the core reads and refuses it as it would a typed one.
   */
  selectedRange(): MaybePromise<string>;
  /**
   * Deletes a sheet this port's `paint` created, named as `paint` returned it: cleanup removes only what
   * it created, so the host finds the sheet by the id it gave it at paint time (a sheet the user renamed
   * is still ours, another sheet that took its name never is). Nothing happens when the sheet is already
   * gone; a name this port did not paint is refused (throws/rejects) and nothing is deleted.
   */
  removePainted(name: string): MaybePromise<void>;
  /**
   * Hides rows (0-based) of a sheet this port's `paint` created, as `removePainted` finds it; a name it
   * did not paint is refused. Only Diagnostics calls it, to see `readFormattedSheets` name a hidden row;
   * absent where that read names none.
   */
  hideRows?(name: string, rows: readonly number[]): MaybePromise<void>;
  /**
   * Duplicates a sheet this port's `paint` created, as `removePainted` finds it, the way the user's
   * Duplicate does (Sheets: the sheet tab's Duplicate, `duplicateActiveSheet`), and returns the copy's
   * name; the copy is then this port's to delete, and may be the active sheet. Only Diagnostics calls it, to
   * see whether a copy keeps the mark (`SheetTag`), which tells a copied Contract or Actuals sheet from
   * the original; absent where the pane makes no copies.
   */
  copyPainted?(name: string): MaybePromise<string>;
  /**
   * How the host compares sheet names, which the painters' unique names rely on
   * (core/layout/uniqueSheetName.ts): for each pair, adds a sheet named as its first name, then one named
   * as its second, which the host refuses where it takes the two for one name; then deletes every sheet it
   * added, by the id the host gave it, and nothing else. A pair either of whose names the workbook already
   * has (as `sheetNameCollisionKey` compares) is not probed. Only Diagnostics calls it; absent where the
   * host is not probed so (the in-memory workbook). Sheets inserts the sheets in one server call.
   */
  compareSheetNames?(pairs: readonly SheetNamePair[]): MaybePromise<SheetNameComparison>;
  /**
   * The heights, in points, of rows (0-based) of a sheet this port's `paint` created, as `removePainted`
   * finds it. Only Diagnostics calls it, to see a row planned at the painters' cap kept at it; absent where
   * the painter sets no heights (Google Sheets fits rows to their text itself).
   */
  rowHeights?(name: string, rows: readonly number[]): MaybePromise<readonly (number | null)[]>;
  /**
   * Tries the host's limits on a sheet this port's `paint` created, as `removePainted` finds it: a name of
   * the longest length the host takes and one character more (the sheet's own name given back after), and
   * the grid at and past its end (Excel: the last row and column; Sheets: a spreadsheet's cells, past them
   * only). The painters refuse a plan past them before writing; only Diagnostics calls it, to see the host
   * keep them. Absent where the host has no such limits to try (the in-memory workbook).
   */
  probeLimits?(name: string): MaybePromise<readonly LimitProbe[]>;
  /**
   * The names of the tables on a sheet this port's `paint` created, as `removePainted` finds it, as the
   * host kept them. Only Diagnostics calls it, to see the names the painter gives tables taken as given;
   * absent where the host has no named tables (Google Sheets: a plan's table is a row banding there).
   */
  tableNames?(name: string): MaybePromise<readonly string[]>;
  /**
   * How a formula in this host calls the add-in's CONTRACTFEE (`FEES.CONTRACTFEE` in Excel); absent where
   * the host has none (Google Sheets: it is left out of Code.js), and a Scenarios sheet then holds values only.
   */
  readonly contractFeeFunction?: string;
  /**
   * How a formula in this host names the add-in's cell functions (`FEES.` in Excel, nothing in Sheets);
   * absent where no formula can call them (the in-memory test workbook), and Diagnostics then cannot
   * check how the host passes their arguments.
   */
  readonly cellFunctionPrefix?: string;
}

/** Why `removePainted` refused a name: this port painted no sheet of that name; the pane says it in its language. */
export class NotPaintedHere extends Error {
  constructor(readonly sheet: string) {
    super(notPaintedHereText('en', sheet));
    this.name = 'NotPaintedHere';
  }
}

export function notPaintedHere(name: string): NotPaintedHere {
  return new NotPaintedHere(name);
}
