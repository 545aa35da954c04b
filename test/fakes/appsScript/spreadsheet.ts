/** `Spreadsheet`: an ordered list of sheets with one active sheet. */
import type { CallLog } from './callLog';
import { FakeDeveloperMetadataFinder } from './developerMetadata';
import { parseA1 } from './a1';
import type { FakeRange } from './range';
import { Recorded, unwrap } from './recorder';
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, FakeSheet } from './sheet';
import type { FakeState } from './state';
import { midnightIn } from './timeZone';

const DAY_MS = 86_400_000;
/**
 * The longest sheet name Sheets takes (its editor refuses a 101st character; the message is the fake's own
 * wording). The add-in names its sheets within Excel's 31 (core/layout/uniqueSheetName.ts).
 */
export const MAX_SHEET_NAME = 100;
/** The most cells a spreadsheet holds, its sheets' empty cells included. */
export const MAX_CELLS = 10_000_000;

/** `Spreadsheet`: the sheets, which one is active, and toasts shown. */
export class FakeSpreadsheet extends Recorded {
  readonly __service = 'Spreadsheet';
  readonly __group = 'SpreadsheetApp' as const;
  private sheets: FakeSheet[] = [];
  private active: FakeSheet | null = null;
  private activeRange: FakeRange | null = null;
  /** Each sheet's most recent selection, which setActiveSheet(sheet, true) selects again. */
  private readonly lastRanges = new Map<FakeSheet, FakeRange>();
  private nextSheetId = 0;
  /** Toasts shown, newest last. */
  readonly __toasts: { message: string; title: string }[] = [];

  constructor(
    log: CallLog,
    private readonly state: FakeState,
    private readonly name: string,
    sheetNames: readonly string[],
    readonly __id = 'fake-spreadsheet-id',
  ) {
    super(log);
    for (const sheetName of sheetNames) this.sheets.push(this.newSheet(sheetName));
    this.active = this.sheets[0] ?? null;
  }

  override __describe(): string {
    return this.name;
  }

  getName(): string {
    return this.name;
  }

  /** The script's custom function `name`, as formulas call it, if the loaded script has one. */
  __customFunction(name: string): ((...args: unknown[]) => unknown) | undefined {
    return this.state.customFunction?.(name);
  }
  /** Reads of a custom function's cell that show "Loading..." before its result. */
  __loadingReads(): number {
    return this.state.customFunctionLoadingReads ?? 0;
  }
  /** A cell's date as the script gets it: a fresh `Date` of the script's realm. */
  __scriptDate(date: Date): Date {
    return new this.state.realmDate(date.getTime());
  }
  /** The `Date` of a date serial (days since 1899-12-30): the day's midnight in this spreadsheet's zone, plus its time. */
  __serialDate(serial: number): Date {
    const day = Math.floor(serial);
    const isoDay = new Date(Date.UTC(1899, 11, 30) + day * DAY_MS).toISOString().slice(0, 10);
    const time = Math.round((serial - day) * DAY_MS);
    return new this.state.realmDate(midnightIn(isoDay, this.state.spreadsheetTimeZone) + time);
  }
  getId(): string {
    return this.__id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.__id}/edit`;
  }
  getSpreadsheetLocale(): string {
    return this.state.spreadsheetLocale;
  }
  getSpreadsheetTimeZone(): string {
    return this.state.spreadsheetTimeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  /** Sheet names are matched without regard to case, as Sheets does. */
  getSheetByName(name: string): FakeSheet | null {
    return this.__sheetNamed(name);
  }
  getSheetById(id: number): FakeSheet | null {
    return this.sheets.find((s) => s.__id === id) ?? null;
  }
  getActiveSheet(): FakeSheet {
    if (!this.active) throw new Error('The spreadsheet has no sheet.');
    return this.active;
  }
  /** With `restoreSelection`, the sheet's most recent selection is the active range again. */
  setActiveSheet(sheet: FakeSheet, restoreSelection?: boolean): FakeSheet {
    const target = unwrap(sheet);
    if (!this.sheets.includes(target)) throw new Error('The sheet does not belong to this spreadsheet.');
    this.__activate(target, restoreSelection === true ? (this.lastRanges.get(target) ?? null) : null);
    return target;
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  /** `A1` on the active sheet, or `'Other sheet'!A1:B2`. */
  getRange(a1Notation: string): FakeRange {
    const ref = parseA1(a1Notation, { maxRows: Number.MAX_SAFE_INTEGER, maxCols: Number.MAX_SAFE_INTEGER });
    if (!ref) throw new Error('Range not found');
    const sheet = ref.sheet === null ? this.getActiveSheet() : this.__sheetNamed(ref.sheet);
    if (!sheet) throw new Error('Range not found');
    const bang = a1Notation.lastIndexOf('!');
    return sheet.getRange(a1Notation.slice(bang + 1));
  }

  /**
   * `insertSheet()`, `insertSheet(index)`, `insertSheet(name)`, `insertSheet(name, index)`. Without an
   * index the sheet goes right after the active one; it becomes active. A taken name throws.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.defaultSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    this.__checkNewName(name, null);
    this.__checkGrowth(DEFAULT_MAX_ROWS * DEFAULT_MAX_COLUMNS);
    const sheet = this.newSheet(name);
    const position = at ?? (this.active ? this.sheets.indexOf(this.active) + 1 : this.sheets.length);
    if (position < 0 || position > this.sheets.length) throw new Error('The sheet index is out of range.');
    this.sheets.splice(position, 0, sheet);
    this.__activate(sheet, null);
    return sheet;
  }

  /**
   * Duplicates the active sheet as the sheet tab's Duplicate does: the copy, named "Copy of …" (Sheets'
   * English wording; "Copy of … 2" when taken), goes right after it and becomes active. It keeps the
   * developer metadata unless the fake was made with `duplicateKeepsDeveloperMetadata: false`.
   */
  duplicateActiveSheet(): FakeSheet {
    const original = this.getActiveSheet();
    const base = `Copy of ${original.__name}`.slice(0, MAX_SHEET_NAME);
    let name = base;
    for (let n = 2; this.__sheetNamed(name); n++) name = `${base} ${n}`;
    this.__checkGrowth(original.getMaxRows() * original.getMaxColumns());
    const copy = this.newSheet(name);
    original.__duplicateInto(copy, this.state.duplicateKeepsDeveloperMetadata);
    this.sheets.splice(this.sheets.indexOf(original) + 1, 0, copy);
    this.__activate(copy, null);
    return copy;
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.__log, () => this.sheets);
  }

  deleteSheet(sheet: FakeSheet): void {
    const target = unwrap(sheet);
    const index = this.sheets.indexOf(target);
    if (index < 0) throw new Error('The sheet does not belong to this spreadsheet.');
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.sheets.splice(index, 1);
    if (this.active === target) this.__activate(this.sheets[Math.max(0, index - 1)] as FakeSheet, null);
  }

  toast(msg: string, title = '', _timeoutSeconds?: number): void {
    this.__toasts.push({ message: String(msg), title: String(title) });
  }

  // ---- fake-only helpers ----

  __sheetNamed(name: string): FakeSheet | null {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.__name.toLowerCase() === wanted) ?? null;
  }

  __indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }

  __activate(sheet: FakeSheet, range: FakeRange | null): void {
    this.active = sheet;
    this.activeRange = range;
    if (range) this.lastRanges.set(sheet, range);
  }

  /** Sheet names are unique without regard to case, and at most 100 characters long. */
  __checkNewName(name: string, renaming: FakeSheet | null): void {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Sheet name cannot be empty.');
    if (name.length > MAX_SHEET_NAME)
      throw new Error(`Sheet names cannot be longer than ${MAX_SHEET_NAME} characters.`);
    const clash = this.__sheetNamed(name);
    if (clash && clash !== renaming) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  /**
   * Refuses to grow the spreadsheet by `cells` past Google's 10 million cells, every sheet's empty cells
   * counted (Google: "Files you can store in Google Drive"), as insertSheet and insertRows… do.
   */
  __checkGrowth(cells: number): void {
    const held = this.sheets.reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
    if (held + cells > MAX_CELLS)
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
  }

  private newSheet(name: string): FakeSheet {
    return new FakeSheet(this.__log, this, name, this.nextSheetId++);
  }

  private defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) if (!this.__sheetNamed(`Sheet${n}`)) return `Sheet${n}`;
  }
}
