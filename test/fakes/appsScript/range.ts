/**
 * `Range`: a rectangle of a fake sheet. Reads and writes go straight to the sheet's cells; `setValues`
 * parses strings as Sheets does for typed input, unless the cell is formatted as plain text (`@`).
 */
import type { CallLog } from './callLog';
import { GridRect, a1Notation } from './a1';
import { FakeBanding, BandingThemeName } from './banding';
import { Cell } from './cellStore';
import { CellContent, CellValue, formulaEntered, userEntered } from './cellValues';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './displayFormat';
import { FakeDataValidation } from './dataValidation';
import { Recorded } from './recorder';
import type { FakeSheet } from './sheet';

const DEFAULTS = {
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  background: '#ffffff',
  fontSize: 10,
  horizontalAlignment: 'general',
} as const;

/**
 * Sheets' limit on one cell's text, and the refusal of a write past it (nothing of the call is written):
 * Google's "Files you can store in Google Drive" lists 50,000 characters per cell.
 */
export const MAX_CELL_TEXT = 50_000;
const TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_TEXT} characters in a single cell.`;
const tooLong = (value: unknown): boolean => typeof value === 'string' && value.length > MAX_CELL_TEXT;

/** What `setHorizontalAlignment` stores for each accepted argument. */
const ALIGNMENTS: Record<string, string> = {
  left: 'left',
  center: 'center',
  right: 'right',
  normal: 'general-left',
};

/** `Range`: a rectangle of one sheet, 1-based. */
export class FakeRange extends Recorded {
  readonly __service = 'Range';
  readonly __group = 'SpreadsheetApp' as const;

  constructor(
    log: CallLog,
    readonly __sheet: FakeSheet,
    readonly __rect: GridRect,
  ) {
    super(log);
  }

  override __describe(): string {
    return `${this.__sheet.__name}!${a1Notation(this.__rect)}`;
  }

  // ---- geometry ----

  getA1Notation(): string {
    return a1Notation(this.__rect);
  }
  getRow(): number {
    return this.__rect.row;
  }
  getColumn(): number {
    return this.__rect.col;
  }
  getNumRows(): number {
    return this.__rect.rows;
  }
  getNumColumns(): number {
    return this.__rect.cols;
  }
  getHeight(): number {
    return this.__rect.rows;
  }
  getWidth(): number {
    return this.__rect.cols;
  }
  getLastRow(): number {
    return this.__rect.row + this.__rect.rows - 1;
  }
  getLastColumn(): number {
    return this.__rect.col + this.__rect.cols - 1;
  }
  getSheet(): FakeSheet {
    return this.__sheet;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.__sheet.getRange(
      this.__rect.row + rowOffset,
      this.__rect.col + columnOffset,
      numRows ?? this.__rect.rows,
      numColumns ?? this.__rect.cols,
    );
  }
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.__rect.rows || column > this.__rect.cols) {
      throw new Error('Cell reference out of range');
    }
    return this.offset(row - 1, column - 1, 1, 1);
  }
  activate(): this {
    this.__sheet.__spreadsheet.__activate(this.__sheet, this);
    return this;
  }

  // ---- values and formulas ----

  getValues(): CellValue[][] {
    return this.read((_cell, row, col) => this.__sheet.__computed(row, col));
  }
  getValue(): CellValue {
    return this.__sheet.__computed(this.__rect.row, this.__rect.col);
  }
  setValues(values: unknown): this {
    return this.write('setValues', values, (cell, value) =>
      setContent(cell, userEntered(value, cell.format)),
    );
  }
  setValue(value: unknown): this {
    if (tooLong(value)) throw new Error(TOO_LONG);
    return this.fill((cell) => setContent(cell, userEntered(value, cell.format)));
  }
  getFormulas(): string[][] {
    return this.read((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this.__sheet.__cells.get(this.__rect.row, this.__rect.col)?.formula ?? '';
  }
  setFormulas(formulas: unknown): this {
    return this.write('setFormulas', formulas, (cell, value) =>
      setContent(cell, formulaEntered(value, cell.format)),
    );
  }
  setFormula(formula: string): this {
    return this.fill((cell) => setContent(cell, formulaEntered(formula, cell.format)));
  }
  getDisplayValues(): string[][] {
    return this.read((cell, row, col) =>
      displayValue(
        this.__sheet.__computed(row, col),
        cell?.format ?? DEFAULT_NUMBER_FORMAT,
        this.__sheet.__spreadsheet.getSpreadsheetTimeZone(),
      ),
    );
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }
  isBlank(): boolean {
    return this.read((cell) => cell?.value === '' && cell.formula === null).every((row) =>
      row.every(Boolean),
    );
  }

  // ---- number formats ----

  getNumberFormats(): string[][] {
    return this.read((cell) => cell?.format ?? DEFAULT_NUMBER_FORMAT);
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormats(formats: unknown): this {
    return this.write('setNumberFormats', formats, (cell, format) => setFormat(cell, format));
  }
  setNumberFormat(format: string): this {
    return this.fill((cell) => setFormat(cell, format));
  }

  // ---- text and cell styles ----

  setFontWeight(fontWeight: string | null): this {
    return this.fill((cell) => (cell.fontWeight = fontWeight));
  }
  setFontWeights(fontWeights: unknown): this {
    return this.write('setFontWeights', fontWeights, (cell, v) => (cell.fontWeight = nullableString(v)));
  }
  getFontWeights(): string[][] {
    return this.read((cell) => cell?.fontWeight ?? DEFAULTS.fontWeight);
  }
  getFontWeight(): string {
    return this.getFontWeights()[0]?.[0] ?? DEFAULTS.fontWeight;
  }
  setFontStyle(fontStyle: string | null): this {
    return this.fill((cell) => (cell.fontStyle = fontStyle));
  }
  setFontStyles(fontStyles: unknown): this {
    return this.write('setFontStyles', fontStyles, (cell, v) => (cell.fontStyle = nullableString(v)));
  }
  getFontStyles(): string[][] {
    return this.read((cell) => cell?.fontStyle ?? DEFAULTS.fontStyle);
  }
  setFontColor(color: string | null): this {
    return this.fill((cell) => (cell.fontColor = color));
  }
  setFontColors(colors: unknown): this {
    return this.write('setFontColors', colors, (cell, v) => (cell.fontColor = nullableString(v)));
  }
  getFontColors(): string[][] {
    return this.read((cell) => cell?.fontColor ?? DEFAULTS.fontColor);
  }
  setFontSize(size: number): this {
    return this.fill((cell) => (cell.fontSize = size));
  }
  setFontSizes(sizes: unknown): this {
    return this.write('setFontSizes', sizes, (cell, v) => (cell.fontSize = typeof v === 'number' ? v : null));
  }
  getFontSizes(): number[][] {
    return this.read((cell) => cell?.fontSize ?? DEFAULTS.fontSize);
  }
  setBackground(color: string | null): this {
    return this.fill((cell) => (cell.background = color));
  }
  setBackgrounds(colors: unknown): this {
    return this.write('setBackgrounds', colors, (cell, v) => (cell.background = nullableString(v)));
  }
  getBackgrounds(): string[][] {
    return this.read((cell) => cell?.background ?? DEFAULTS.background);
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? DEFAULTS.background;
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.fill((cell) => (cell.wrap = isWrapEnabled));
  }
  setWraps(wraps: unknown): this {
    return this.write('setWraps', wraps, (cell, v) => (cell.wrap = Boolean(v)));
  }
  /** Sheets answers `true` for a cell whose wrapping was never set (a known Apps Script quirk). */
  getWraps(): boolean[][] {
    return this.read((cell) => cell?.wrap ?? true);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.fill((cell) => (cell.horizontalAlignment = alignmentOf(alignment)));
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this.write('setHorizontalAlignments', alignments, (cell, v) => {
      cell.horizontalAlignment = alignmentOf(nullableString(v));
    });
  }
  getHorizontalAlignments(): string[][] {
    return this.read((cell) => cell?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }

  /**
   * Each argument: true draws, false removes, null leaves as is. `vertical`/`horizontal` are the inner
   * edges between cells of the range.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
  ): this {
    const { row, col, rows, cols } = this.__rect;
    return this.fill((cell, r, c) => {
      const b = cell.borders;
      const firstRow = r === row;
      const lastRow = r === row + rows - 1;
      const firstCol = c === col;
      const lastCol = c === col + cols - 1;
      const apply = (side: keyof typeof b, value: boolean | null | undefined): void => {
        if (value !== null && value !== undefined) b[side] = value;
      };
      apply('top', firstRow ? top : horizontal);
      apply('bottom', lastRow ? bottom : horizontal);
      apply('left', firstCol ? left : vertical);
      apply('right', lastCol ? right : vertical);
    });
  }

  /** Fake-only: the borders of one cell of the range (0-based offsets), for tests. */
  __bordersAt(rowOffset = 0, colOffset = 0): Readonly<Cell['borders']> {
    return { ...this.__sheet.__cells.get(this.__rect.row + rowOffset, this.__rect.col + colOffset)?.borders };
  }

  // ---- data validation ----

  setDataValidation(rule: FakeDataValidation | null): this {
    checkRule(rule);
    return this.fill((cell) => (cell.validation = rule));
  }
  setDataValidations(rules: unknown): this {
    return this.write('setDataValidations', rules, (cell, rule) => {
      checkRule(rule);
      cell.validation = rule as FakeDataValidation | null;
    });
  }
  getDataValidation(): FakeDataValidation | null {
    return this.__sheet.__cells.get(this.__rect.row, this.__rect.col)?.validation ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.read((cell) => cell?.validation ?? null);
  }
  clearDataValidations(): this {
    return this.fill((cell) => (cell.validation = null));
  }

  // ---- banding ----

  applyRowBanding(
    bandingTheme: BandingThemeName = 'LIGHT_GREY',
    showHeader = true,
    showFooter = false,
  ): FakeBanding {
    return this.__sheet.__addBanding(this.__rect, bandingTheme, showHeader, showFooter);
  }
  getBandings(): FakeBanding[] {
    return this.__sheet.__bandingsOver(this.__rect);
  }

  // ---- clearing ----

  clear(): this {
    return this.forEachCell((row, col) => this.__sheet.__cells.delete(row, col));
  }
  clearContent(): this {
    return this.fill((cell) => setContent(cell, { value: '', formula: null }));
  }
  clearFormat(): this {
    return this.fill((cell) => {
      Object.assign(cell, {
        format: null,
        fontWeight: null,
        fontStyle: null,
        fontColor: null,
        fontSize: null,
      });
      Object.assign(cell, { background: null, wrap: null, horizontalAlignment: null, borders: {} });
    });
  }

  // ---- helpers (not recorded: they run on the bare object) ----

  private forEachCell(fn: (row: number, col: number) => void): this {
    const { row, col, rows, cols } = this.__rect;
    for (let r = row; r < row + rows; r++) for (let c = col; c < col + cols; c++) fn(r, c);
    return this;
  }

  private fill(fn: (cell: Cell, row: number, col: number) => unknown): this {
    return this.forEachCell((row, col) => fn(this.__sheet.__cells.ensure(row, col), row, col));
  }

  private read<T>(fn: (cell: Cell | undefined, row: number, col: number) => T): T[][] {
    const { row, col, rows, cols } = this.__rect;
    const out: T[][] = [];
    for (let r = row; r < row + rows; r++) {
      const line: T[] = [];
      for (let c = col; c < col + cols; c++) line.push(fn(this.__sheet.__cells.get(r, c), r, c));
      out.push(line);
    }
    return out;
  }

  /** Checks the matrix shape as Sheets does, then writes cell by cell. */
  private write(method: string, data: unknown, fn: (cell: Cell, value: unknown) => unknown): this {
    if (!Array.isArray(data) || data.some((line) => !Array.isArray(line))) {
      throw new Error(
        `The parameters (${typeName(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const { row, col, rows, cols } = this.__rect;
    if (data.length !== rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== cols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${cols}.`,
        );
      }
      if (line.some(tooLong)) throw new Error(TOO_LONG);
    }
    (data as unknown[][]).forEach((line, r) =>
      line.forEach((value, c) => fn(this.__sheet.__cells.ensure(row + r, col + c), value)),
    );
    return this;
  }
}

function setContent(cell: Cell, content: CellContent): void {
  cell.value = content.value;
  cell.formula = content.formula;
  if (content.format !== undefined) cell.format = content.format;
}

/** `general` (any case) is how a script resets a cell to Sheets' automatic format. */
function setFormat(cell: Cell, format: unknown): void {
  const text = format === null || format === undefined ? '' : String(format);
  if (text === '') throw new Error('Invalid number format pattern: an empty pattern.');
  // A value typed before the cell became text keeps its type: formats never re-parse content.
  cell.format = text.toLowerCase() === 'general' ? null : text;
}

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

function alignmentOf(alignment: string | null): string | null {
  if (alignment === null) return null;
  const stored = ALIGNMENTS[alignment.toLowerCase()];
  if (stored === undefined) throw new Error(`Invalid argument: ${alignment}`);
  return stored;
}

function checkRule(rule: unknown): void {
  if (rule !== null && !(rule instanceof FakeDataValidation)) {
    throw new Error(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setDataValidation.",
    );
  }
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'Object[]';
  return typeof value === 'string' ? 'String' : typeof value === 'number' ? 'number' : 'Object';
}
