/** `Sheet`: a grid of cells with a fixed size that grows only when rows or columns are inserted. */
import { isDate, type CallLog } from './callLog';
import { GridRect, parseA1 } from './a1';
import { BandingThemeName, FakeBanding } from './banding';
import { CellStore } from './cellStore';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import type { FakeConditionalFormatRule } from './conditionalFormat';
import { CellValue, userEntered } from './cellValues';
import { customFunctionArgument } from './customFunctionArgument';
import { FakeDeveloperMetadata } from './developerMetadata';
import { isDateFormat } from './displayFormat';
import { FormulaError, evaluateFormula, isDateFormula } from './formula';
import { FakeRange } from './range';
import { Recorded } from './recorder';
import type { FakeSpreadsheet } from './spreadsheet';

/** Rows of a new sheet, as in Sheets. */
export const DEFAULT_MAX_ROWS = 1000;
/** Columns of a new sheet. */
export const DEFAULT_MAX_COLUMNS = 26;
/** Pixels of a column nobody resized. */
export const DEFAULT_COLUMN_WIDTH = 100;

/** Cells being evaluated right now, to turn a circular reference into `#REF!` instead of a stack overflow. */
const evaluating = new Set<string>();

/** `Sheet`: cells, size, frozen panes, column widths and bandings. */
export class FakeSheet extends Recorded {
  readonly __service = 'Sheet';
  readonly __group = 'SpreadsheetApp' as const;
  readonly __cells = new CellStore();
  private maxRows = DEFAULT_MAX_ROWS;
  private maxColumns = DEFAULT_MAX_COLUMNS;
  private frozenRows = 0;
  private frozenColumns = 0;
  private hidden = false;
  /** Rows (1-based) hidden by Hide row or `hideRows`, and rows a filter's criteria hide. */
  private readonly rowsHiddenByUser = new Set<number>();
  private readonly rowsHiddenByFilter = new Set<number>();
  private readonly columnWidths = new Map<number, number>();
  /** Reads of each custom function's cell so far, by `sheet:row:col`, for its "Loading..." reads. */
  private readonly __customReads = new Map<string, number>();
  private bandings: FakeBanding[] = [];
  private developerMetadata: FakeDeveloperMetadata[] = [];
  private charts: FakeEmbeddedChart[] = [];
  private conditionalFormatRules: FakeConditionalFormatRule[] = [];

  constructor(
    log: CallLog,
    readonly __spreadsheet: FakeSpreadsheet,
    public __name: string,
    readonly __id: number,
  ) {
    super(log);
  }

  override __describe(): string {
    return this.__name;
  }

  getName(): string {
    return this.__name;
  }
  setName(name: string): this {
    this.__spreadsheet.__checkNewName(name, this);
    this.__name = name;
    return this;
  }
  getSheetName(): string {
    return this.__name;
  }
  getSheetId(): number {
    return this.__id;
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.developerMetadata.push(new FakeDeveloperMetadata(this.__log, this, String(key), value ?? null));
    return this;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return [...this.developerMetadata];
  }
  /** The sheet's metadata, unrecorded. */
  __developerMetadata(): readonly FakeDeveloperMetadata[] {
    return this.developerMetadata;
  }
  __removeDeveloperMetadata(metadata: FakeDeveloperMetadata): void {
    this.developerMetadata = this.developerMetadata.filter((m) => m !== metadata);
  }
  /**
   * Makes `copy` (a new, empty sheet) a duplicate of this one, as the sheet tab's Duplicate does: its
   * cells, size, frozen panes, column widths, hidden rows, and its developer metadata when
   * `keepMetadata` (undocumented either way: Diagnostics checks it, core/app/diagnostics/copiedTagCheck.ts).
   * Charts, bandings and conditional formats are not copied: no test reads them on a copy.
   */
  __duplicateInto(copy: FakeSheet, keepMetadata: boolean): void {
    copy.__cells.copyFrom(this.__cells);
    copy.maxRows = this.maxRows;
    copy.maxColumns = this.maxColumns;
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    for (const [column, width] of this.columnWidths) copy.columnWidths.set(column, width);
    for (const row of this.rowsHiddenByUser) copy.rowsHiddenByUser.add(row);
    for (const row of this.rowsHiddenByFilter) copy.rowsHiddenByFilter.add(row);
    if (keepMetadata)
      for (const metadata of this.developerMetadata)
        copy.addDeveloperMetadata(metadata.getKey(), metadata.getValue() ?? undefined);
  }
  getIndex(): number {
    return this.__spreadsheet.__indexOf(this) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.__spreadsheet;
  }
  activate(): this {
    this.__spreadsheet.__activate(this, null);
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  showSheet(): this {
    this.hidden = false;
    return this;
  }

  // ---- hidden rows ----

  /** `hideRows(rowIndex)`, `hideRows(rowIndex, numRows)`: hides rows, as the user's Hide row does. */
  hideRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.rowsHiddenByUser.add(r);
  }
  /** Unhides rows the user hid; rows a filter hides stay hidden, as only the filter shows them again. */
  showRows(rowIndex: number, numRows = 1): void {
    this.checkRows(rowIndex, numRows);
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.rowsHiddenByUser.delete(r);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.rowsHiddenByUser.has(rowPosition);
  }
  isRowHiddenByFilter(rowPosition: number): boolean {
    return this.rowsHiddenByFilter.has(rowPosition);
  }
  /** Hides rows as a filter's criteria would (the fake models no filter criteria): a test's set-up. */
  __filterOutRows(rows: readonly number[]): void {
    for (const row of rows) this.rowsHiddenByFilter.add(row);
  }
  /** How the row is hidden, if it is: `user` wins where both hide it, as either hides it from SUBTOTAL 10x. */
  __rowHidden(row: number): 'user' | 'filter' | null {
    if (this.rowsHiddenByUser.has(row)) return 'user';
    return this.rowsHiddenByFilter.has(row) ? 'filter' : null;
  }

  private checkRows(rowIndex: number, numRows: number): void {
    if (!Number.isInteger(rowIndex) || !Number.isInteger(numRows) || numRows < 1 || rowIndex < 1)
      throw new Error('Those rows are out of bounds.');
    if (rowIndex + numRows - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
  }

  // ---- ranges ----

  /** `getRange(a1)`, `getRange(row, column)`, `getRange(row, column, numRows)`, `getRange(row, column, numRows, numColumns)`. */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1, { maxRows: this.maxRows, maxCols: this.maxColumns });
      if (!ref) throw new Error('Range not found');
      return this.__range(this.checkBounds(ref.rect));
    }
    if (column === undefined)
      throw new Error(
        "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
      );
    if (rowOrA1 < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this.__range(this.checkBounds({ row: rowOrA1, col: column, rows: numRows, cols: numColumns }));
  }

  /** From A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    return this.__range({
      row: 1,
      col: 1,
      rows: Math.max(1, this.getLastRow()),
      cols: Math.max(1, this.getLastColumn()),
    });
  }
  getLastRow(): number {
    return this.__cells.lastRow();
  }
  getLastColumn(): number {
    return this.__cells.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  // ---- growing and shrinking ----

  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.insertBand('row', afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertBand('row', beforePosition, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertBand('row', afterPosition + 1, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.insertBand('col', afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.insertBand('col', beforePosition, howMany);
  }
  deleteRows(rowPosition: number, howMany: number): this {
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    this.__cells.shift('row', rowPosition, -howMany);
    this.shiftHiddenRows(rowPosition, -howMany);
    this.maxRows -= howMany;
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.__cells.shift('col', columnPosition, -howMany);
    this.maxColumns -= howMany;
    return this;
  }
  /** Writes after the last row with content, growing the sheet by one row when it is full. */
  appendRow(rowContents: unknown[]): this {
    const row = this.getLastRow() + 1;
    const cols = Math.max(rowContents.length, this.maxColumns);
    this.__spreadsheet.__checkGrowth(Math.max(row, this.maxRows) * cols - this.maxRows * this.maxColumns);
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((value, i) => {
      const cell = this.__cells.ensure(row, i + 1);
      Object.assign(cell, userEntered(value, cell.format));
    });
    return this;
  }

  // ---- view ----

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows >= this.maxRows)
      throw new Error('Sorry, it is not possible to freeze all visible rows.');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns >= this.maxColumns)
      throw new Error('Sorry, it is not possible to freeze all visible columns.');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    if (startColumn < 1 || startColumn + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  // ---- charts and conditional formats ----

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.__log, this);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart) || chart.__sheet !== this)
      throw new Error('The chart was not built for this sheet.');
    if (this.charts.includes(chart)) throw new Error('The chart is already on the sheet.');
    this.charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.conditionalFormatRules];
  }
  /** Replaces every rule of the sheet; each rule's ranges must be on this sheet. */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules))
      throw new Error(
        "The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
      );
    if (rules.some((rule) => rule.__ranges.some((range) => range.__sheet !== this)))
      throw new Error('A conditional format rule cannot reference a different sheet.');
    this.conditionalFormatRules = [...rules];
  }

  getBandings(): FakeBanding[] {
    return [...this.bandings];
  }
  clear(): this {
    this.__range({ row: 1, col: 1, rows: this.maxRows, cols: this.maxColumns }).clear();
    return this;
  }
  clearContents(): this {
    this.__range({ row: 1, col: 1, rows: this.maxRows, cols: this.maxColumns }).clearContent();
    return this;
  }
  clearFormats(): this {
    this.__range({ row: 1, col: 1, rows: this.maxRows, cols: this.maxColumns }).clearFormat();
    return this;
  }

  // ---- fake-only helpers ----

  /** A range object without bounds checks (the caller checked). */
  __range(rect: GridRect): FakeRange {
    return new FakeRange(this.__log, this, rect);
  }

  /**
   * The value `getValues` shows for one cell: formulas computed, errors as their code, and a number shown
   * as a date as the `Date` Sheets makes of it.
   */
  __computed(row: number, col: number): CellValue {
    const value = this.__evaluate(row, col);
    if (isDate(value)) return this.__spreadsheet.__scriptDate(value);
    if (typeof value === 'number' && this.showsDate(row, col)) return this.__spreadsheet.__serialDate(value);
    return value instanceof FormulaError ? value.code : value;
  }

  /**
   * Whether a number in this cell shows as a date: its format is a date format, or it is automatic (never
   * set, or reset with 'General') and its formula gives a date, as `=DATE(2026,10,1)` does in Sheets.
   */
  private showsDate(row: number, col: number): boolean {
    const cell = this.__cells.get(row, col);
    const format = cell?.format ?? null;
    if (format !== null) return isDateFormat(format);
    return cell?.formula !== null && cell?.formula !== undefined && isDateFormula(cell.formula);
  }

  /** One cell's value with errors kept as errors, so they propagate through formulas that read it. */
  __evaluate(row: number, col: number): CellValue | FormulaError {
    const cell = this.__cells.get(row, col);
    if (!cell) return '';
    if (cell.formula === null) return cell.value;
    const key = `${this.__id}:${row}:${col}`;
    if (evaluating.has(key)) return new FormulaError('#REF!');
    evaluating.add(key);
    try {
      return evaluateFormula(cell.formula, {
        value: (sheet, r, c) => {
          const target = sheet === null ? this : this.__spreadsheet.__sheetNamed(sheet);
          return target ? target.__evaluate(r, c) : new FormulaError('#REF!');
        },
        hasSheet: (name) => this.__spreadsheet.__sheetNamed(name) !== null,
        customFunction: (name) => this.__customFunction(key, name),
        argument: (sheet, rect) => {
          const target = sheet === null ? this : this.__spreadsheet.__sheetNamed(sheet);
          return target ? customFunctionArgument(target.__range(rect)) : '#REF!';
        },
        date: (serial) => this.__spreadsheet.__serialDate(serial),
        rowHidden: (sheet, r) =>
          (sheet === null ? this : this.__spreadsheet.__sheetNamed(sheet))?.__rowHidden(r) ?? null,
        callsSubtotal: (sheet, r, c) => {
          const formula = (sheet === null ? this : this.__spreadsheet.__sheetNamed(sheet))?.__cells.get(
            r,
            c,
          )?.formula;
          return typeof formula === 'string' && /\bSUBTOTAL\s*\(/i.test(formula);
        },
      });
    } finally {
      evaluating.delete(key);
    }
  }

  /** The script's function `name` as the formula in cell `key` calls it: "Loading..." on its first reads. */
  private __customFunction(key: string, name: string): ((...args: unknown[]) => unknown) | undefined {
    const fn = this.__spreadsheet.__customFunction(name);
    if (!fn) return undefined;
    return (...args) => {
      const reads = (this.__customReads.get(key) ?? 0) + 1;
      this.__customReads.set(key, reads);
      return reads <= this.__spreadsheet.__loadingReads() ? 'Loading...' : fn(...args);
    };
  }

  __addBanding(
    rect: GridRect,
    theme: BandingThemeName,
    showHeader: boolean,
    showFooter: boolean,
  ): FakeBanding {
    if (this.bandings.some((b) => overlaps(b.__rect, rect))) {
      throw new Error('You cannot add alternating colors to a range that already has alternating colors.');
    }
    const banding = new FakeBanding(this.__log, this, rect, theme, showHeader, showFooter);
    this.bandings.push(banding);
    return banding;
  }

  __removeBanding(banding: FakeBanding): void {
    this.bandings = this.bandings.filter((b) => b !== banding);
  }

  __bandingsOver(rect: GridRect): FakeBanding[] {
    return this.bandings.filter((b) => overlaps(b.__rect, rect));
  }

  /** Column widths set so far, column number → pixels. */
  __columnWidths(): ReadonlyMap<number, number> {
    return this.columnWidths;
  }

  private checkBounds(rect: GridRect): GridRect {
    if (rect.row + rect.rows - 1 > this.maxRows || rect.col + rect.cols - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return rect;
  }

  /** Hidden rows follow their row when rows are inserted or deleted before them; a deleted row's mark goes. */
  private shiftHiddenRows(from: number, by: number): void {
    for (const set of [this.rowsHiddenByUser, this.rowsHiddenByFilter]) {
      const moved = [...set].flatMap((row) =>
        row < from ? [row] : by < 0 && row < from - by ? [] : [row + by],
      );
      set.clear();
      for (const row of moved) set.add(row);
    }
  }

  private insertBand(axis: 'row' | 'col', at: number, howMany: number): this {
    const max = axis === 'row' ? this.maxRows : this.maxColumns;
    if (howMany < 1)
      throw new Error(`The number of ${axis === 'row' ? 'rows' : 'columns'} to insert must be at least 1.`);
    if (at < 1 || at > max + 1) throw new Error('The position is out of bounds.');
    this.__spreadsheet.__checkGrowth(howMany * (axis === 'row' ? this.maxColumns : this.maxRows));
    this.__cells.shift(axis, at, howMany);
    if (axis === 'row') this.shiftHiddenRows(at, howMany);
    if (axis === 'row') this.maxRows += howMany;
    else this.maxColumns += howMany;
    for (const banding of this.bandings) {
      const r = banding.__rect;
      const start = axis === 'row' ? r.row : r.col;
      const size = axis === 'row' ? r.rows : r.cols;
      if (at <= start)
        banding.__rect = axis === 'row' ? { ...r, row: r.row + howMany } : { ...r, col: r.col + howMany };
      else if (at < start + size)
        banding.__rect = axis === 'row' ? { ...r, rows: r.rows + howMany } : { ...r, cols: r.cols + howMany };
    }
    return this;
  }
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
