/**
 * The state of the Excel fake's workbook, and Excel's rules where the add-in depends on them: text typed or
 * written into a cell becomes a formula when it starts with `=`, a number when it reads as one, unless the
 * cell is formatted as text (`@`), and a leading apostrophe is a prefix that keeps the rest as text; formulas are calculated when read; sheet and table names are unique
 * (ignoring case) and follow Excel's character rules. Office.js's batching lives in excelFake.ts.
 */
import { MAX_COLS, MAX_ROWS, cellName, parseAddress, rectName, type Rect } from './a1';
import { parseCustomCall, type CustomCall, type CustomFunction } from './customCall';
import { evaluateFormula, parseFormula, type FormulaNode } from './formula';

/** A constant as Excel stores it. */
export type CellValue = string | number | boolean;

/** What a cell holds; a formula's value is calculated on read. */
interface StoredCell {
  constant: CellValue | null;
  formula:
    | { readonly text: string; readonly node: FormulaNode }
    | { readonly text: string; readonly call: CustomCall }
    | null;
  numberFormat: string;
}

/** A sheet as the test sees it. */
export interface FakeSheet {
  /** Excel's id of the sheet, which stays when the sheet is renamed. */
  readonly id: string;
  /** Its name, which `worksheet.name = …` changes (renameSheet). */
  name: string;
  /** By `row:col`. */
  readonly cells: Map<string, StoredCell>;
  readonly tables: { name: string; address: string; hasHeaders: boolean; headers: CellValue[] }[];
  readonly validations: { address: string; rule: unknown }[];
  /** Every `format.*` write but column widths, in order. */
  readonly formats: { address: string; property: string; value: unknown }[];
  /** Points, by column letter. */
  readonly columnWidths: Record<string, number>;
  freeze: { rows: number; columns: number } | null;
  readonly pageLayout: Record<string, unknown>;
  /** Worksheet custom properties (ExcelApi 1.12), by key. */
  readonly customProperties: Map<string, string>;
  /** Charts added by `worksheet.charts.add`, in order. */
  readonly charts: FakeChart[];
  /** Conditional formats added by `range.conditionalFormats.add`, in order. */
  readonly conditionalFormats: FakeConditionalFormat[];
  /**
   * The rows (0-based) hidden by the user (Hide Rows, or a filter that leaves them out) or by
   * `range.rowHidden`: their cells keep their values, and only visible cells count as `Visible` cells.
   */
  readonly hiddenRows: Set<number>;
}

/**
 * A chart as Office.js built it. Ranges are A1 addresses, prefixed by their sheet's name when it is not
 * the chart's. `charts.add` makes one series per column of its source (seriesBy `Columns`), named
 * `Series1`… and without x values, as Excel does for a source of numbers only; the fake does not guess
 * headers or categories from the source's text, so a painter must name series and set x values itself.
 */
export interface FakeChart {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string | undefined;
  title: string | null;
  readonly axisTitles: { category: string | null; value: string | null };
  /** `setPosition(start, end?)`; null until called (Excel then places it itself). */
  position: { start: string; end: string | null } | null;
  readonly series: { name: string; values: string | null; xValues: string | null }[];
  /** `axes.categoryAxis.minimum` / `.maximum`, once set (absent: Excel's automatic bounds). */
  categoryBounds?: { minimum?: number; maximum?: number };
}

/** A conditional format: its type (`CellValue`), rule as set, and the format of matching cells. */
export interface FakeConditionalFormat {
  readonly address: string;
  readonly type: string;
  rule: unknown;
  fill: string | null;
  fontColor: string | null;
}

/** A JSON-safe picture of a sheet, for assertions and for comparing a sheet before and after an action. */
export interface SheetSnapshot {
  readonly name: string;
  /** By A1 address: the calculated value, the formula if any, the number format. */
  readonly cells: Record<string, { value: CellValue; formula: string | null; numberFormat: string }>;
  readonly tables: FakeSheet['tables'];
  readonly validations: FakeSheet['validations'];
  readonly formats: FakeSheet['formats'];
  readonly columnWidths: Record<string, number>;
  readonly freeze: FakeSheet['freeze'];
  readonly pageLayout: Record<string, unknown>;
}

/** An error as Office.js reports it from `context.sync()`: `code`, message and where it failed. */
export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
    this.debugInfo = { code, message, errorLocation };
  }
}

const GENERAL = 'General';
const TEXT_FORMAT = '@';
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Excel's rule for sheet names: 1 to 31 characters, none of `[]:*?/\`, no apostrophe at either end. */
const SHEET_NAME = /^(?!')[^[\]:*?/\\]{1,31}(?<!')$/;
/**
 * ECMA-376's rule for a name (§18.2.5, "Names"), which Excel applies to tables: a letter of any script,
 * an underscore or a backslash first, then letters, digits, underscores, points or backslashes; at most
 * 255 characters. Nor may it read as a cell in either reference style (`A1`, `R1C1`, `R`, `C`), nor be a
 * logical value: Excel refuses `TRUE` and `FALSE` in any case, which the grammar alone would let through.
 */
const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u;
const R1C1_REFERENCE = /^(r\d*c?\d*|c\d*)$/i;
const LOGICAL = /^(true|false)$/i;

const key = (row: number, col: number): string => `${row}:${col}`;

/** The workbook: sheets in tab order, the active sheet, the selection. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: string | null = null;
  /** Each sheet's selection, as Excel keeps one per sheet and shows it again when the sheet is activated. */
  private readonly selections = new WeakMap<FakeSheet, string>();
  private tableCount = 0;
  private sheetCount = 0;
  /** Table names taken on no sheet the test looks at (set-up of call-log tests). */
  readonly reservedTableNames: string[] = [];
  /** The workbook's defined names (Name Manager): a table cannot take one, as in Excel. */
  readonly definedNames: string[] = [];
  /** The user is typing in a cell: Excel refuses every request until they leave it. */
  editingCell = false;
  /**
   * Review → Protect Workbook (structure): `workbook.protection.protected` reads true, and adding or
   * deleting a sheet is refused (the painter looks first and adds none; the refusal is the fake's guess).
   */
  structureProtected = false;
  /**
   * The bytes Excel on the web takes in one request, as the fake counts them (officeJs.ts requestBytes):
   * a test lowers it for an Excel that counts Office.js's wrapping as more than the painter does.
   */
  requestLimitBytes = 5 * 1024 * 1024;
  /** The add-in's worksheet functions formulas may call (`FEES.CONTRACTFEE`), by name. */
  readonly customFunctions = new Map<string, CustomFunction>();
  /**
   * File → Options → Advanced → "Use 1904 date system" (Excel for Mac's old default): a cell keeps the
   * same serial, but serials count days from 1904-01-01, so DATE(2026,10,1) is 44834 where it is 46296.
   */
  dateSystem: '1900' | '1904' = '1900';
  /**
   * The system `workbook.functions.date` answers in, where a test makes it differ from the cells' (an
   * Excel whose Functions API ignored the 1904 setting: the mistake Diagnostics' dateFormula check
   * exists to catch); `null`, as Excel documents it, the workbook's own.
   */
  functionsDateSystem: '1900' | '1904' | null = null;

  /** What DATE(year, month, day) answers in this workbook (or in `system`): days from its day 0. */
  dateSerial(year: number, month: number, day: number, system = this.dateSystem): number {
    const zero = system === '1904' ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    return (Date.UTC(year, month - 1, day) - zero) / 86_400_000;
  }

  /** The selection the user sees: the active sheet's, `null` where nothing was selected on it. */
  get selection(): { sheet: string; address: string } | null {
    const sheet = this.active === null ? undefined : this.find(this.active);
    const address = sheet && this.selections.get(sheet);
    return sheet && address !== undefined ? { sheet: sheet.name, address } : null;
  }

  /** Selecting a range activates its sheet; `null` clears the active sheet's selection. */
  set selection(selected: { sheet: string; address: string } | null) {
    const sheet = selected
      ? this.find(selected.sheet)
      : this.active === null
        ? undefined
        : this.find(this.active);
    if (!sheet) return;
    if (selected) {
      this.selections.set(sheet, selected.address);
      this.active = sheet.name;
    } else this.selections.delete(sheet);
  }

  /**
   * How this Excel tells sheet names apart: `sheetNameFolding(a) === sheetNameFolding(b)` is the same name,
   * for finding a sheet and for refusing a second one (ItemAlreadyExists). Microsoft documents only that
   * names ignore case; the default is JavaScript's case folding and nothing else (no ß as ss, accent or
   * width folded), an assumption: the painter names new sheets apart under a folding that takes in every
   * one of those (core/layout/uniqueSheetName.ts sheetNameCollisionKey), so an Excel folding more or less
   * paints on the first try either way; a test sets a broader folding to see it.
   */
  sheetNameFolding: (name: string) => string = (name) => name.toLowerCase();

  /** The sheet named `name`, as this Excel compares names (`sheetNameFolding`). */
  find(name: string): FakeSheet | undefined {
    const folded = this.sheetNameFolding(name);
    return this.sheets.find((sheet) => this.sheetNameFolding(sheet.name) === folded);
  }

  /** The sheet `getItem(key)` finds: by id, or by name ignoring case. */
  findItem(key: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === key) ?? this.find(key);
  }

  /** The sheet named `name`, or Excel's ItemNotFound error at `location`. */
  existing(name: string, location: string): FakeSheet {
    const sheet = this.findItem(name);
    if (!sheet)
      throw new FakeOfficeError('ItemNotFound', `The worksheet '${name}' does not exist.`, location);
    return sheet;
  }

  addSheet(name: string, location = 'WorksheetCollection.add'): FakeSheet {
    this.checkSheetName(name, null, location);
    const sheet: FakeSheet = {
      id: `{00000000-0001-0000-${String(++this.sheetCount).padStart(4, '0')}-000000000000}`,
      name,
      cells: new Map(),
      tables: [],
      validations: [],
      formats: [],
      columnWidths: {},
      freeze: null,
      pageLayout: {},
      customProperties: new Map(),
      charts: [],
      conditionalFormats: [],
      hiddenRows: new Set(),
    };
    this.sheets.push(sheet);
    this.active ??= name;
    return sheet;
  }

  /**
   * Whether a copied sheet (`worksheet.copy`, the tab's Move or Copy) keeps the custom properties the
   * add-in marks sheets with: Microsoft does not document it, so it is an assumption here, which
   * Diagnostics' copiedSheetTag checks in the user's Excel; a test sets it false to see the other way.
   */
  copyKeepsCustomProperties = true;

  /**
   * A copy of `sheet` placed right after it, named as Excel names one (`Actuals (2)`, then `(3)`… within
   * 31 characters): its cells, formats, widths, frozen panes and hidden rows, its custom properties where
   * `copyKeepsCustomProperties`, and its tables under new names (Excel's own are `Name_2`; the fake's are
   * `Table<n>`, as any table it adds). Charts and conditional formats stay on the original.
   */
  copySheet(sheet: FakeSheet, location = 'Worksheet.copy'): FakeSheet {
    if (!this.sheets.includes(sheet))
      throw new FakeOfficeError('ItemNotFound', 'The worksheet was deleted.', location);
    const base = sheet.name.replace(/ \(\d+\)$/, '');
    let name = '';
    for (let n = 2; name === '' || this.find(name); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, 31 - suffix.length) + suffix;
    }
    const copy = this.addSheet(name, location);
    this.sheets.splice(this.sheets.indexOf(copy), 1);
    this.sheets.splice(this.sheets.indexOf(sheet) + 1, 0, copy);
    for (const [at, cell] of sheet.cells) copy.cells.set(at, { ...cell });
    copy.validations.push(...sheet.validations.map((validation) => ({ ...validation })));
    copy.formats.push(...sheet.formats.map((format) => ({ ...format })));
    Object.assign(copy.columnWidths, sheet.columnWidths);
    copy.freeze = sheet.freeze && { ...sheet.freeze };
    Object.assign(copy.pageLayout, sheet.pageLayout);
    for (const row of sheet.hiddenRows) copy.hiddenRows.add(row);
    if (this.copyKeepsCustomProperties)
      for (const [property, value] of sheet.customProperties) copy.customProperties.set(property, value);
    for (const table of sheet.tables)
      this.addTable(copy, parseAddress(table.address) as Rect, table.hasHeaders);
    return copy;
  }

  /**
   * Excel refuses to delete the last visible sheet; the fake hides no sheet, so it refuses the only one.
   * Unproved and unneeded: the add-in deletes only sheets it added beside the user's own.
   */
  deleteSheet(sheet: FakeSheet, location = 'Worksheet.delete'): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw new FakeOfficeError('ItemNotFound', 'The worksheet was deleted.', location);
    if (this.sheets.length === 1)
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one sheet.', location);
    this.sheets.splice(index, 1);
    if (this.active === sheet.name) this.active = this.sheets[Math.max(0, index - 1)].name;
  }

  /** Every table name in the workbook. */
  tableNames(): string[] {
    return [
      ...this.reservedTableNames,
      ...this.sheets.flatMap((sheet) => sheet.tables.map((table) => table.name)),
    ];
  }

  /**
   * Adds a table on `rect` named `Table<n>`; Excel refuses overlapping tables. A refusal the product never
   * meets (no layout overlaps two tables), kept so a test fails where a layout would in Excel. Its headers
   * stay as written, as Excel keeps distinct texts (it rewrites a blank, repeated or non-text header):
   * excel-addin/tableHeaders.test.ts proves every table the pane paints has such headers.
   */
  addTable(sheet: FakeSheet, rect: Rect, hasHeaders: boolean): FakeSheet['tables'][number] {
    const overlap = sheet.tables.some((table) => {
      const other = parseAddress(table.address) as Rect;
      return (
        rect.row < other.row + other.rows &&
        other.row < rect.row + rect.rows &&
        rect.col < other.col + other.cols &&
        other.col < rect.col + rect.cols
      );
    });
    if (overlap)
      throw new FakeOfficeError(
        'InvalidOperation',
        "A table can't overlap another table.",
        'TableCollection.add',
      );
    let name: string;
    do name = `Table${++this.tableCount}`;
    while (this.tableNames().some((n) => n.toLowerCase() === name.toLowerCase()));
    const headers = hasHeaders
      ? Array.from({ length: rect.cols }, (_, c) => this.valueAt(sheet, rect.row, rect.col + c))
      : [];
    const table = { name, address: rectName(rect), hasHeaders, headers };
    sheet.tables.push(table);
    return table;
  }

  renameTable(table: FakeSheet['tables'][number], name: string): void {
    if (
      !TABLE_NAME.test(name) ||
      parseAddress(name) !== null ||
      R1C1_REFERENCE.test(name) ||
      LOGICAL.test(name)
    )
      throw new FakeOfficeError('InvalidArgument', `'${name}' is not a valid table name.`, 'Table.name');
    if (this.tableNames().some((n) => n !== table.name && n.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError('InvalidArgument', `A table named '${name}' already exists.`, 'Table.name');
    if (this.definedNames.some((n) => n.toLowerCase() === name.toLowerCase()))
      throw new FakeOfficeError('InvalidArgument', `The name '${name}' already exists.`, 'Table.name');
    table.name = name;
  }

  numberFormatAt(sheet: FakeSheet, row: number, col: number): string {
    return sheet.cells.get(key(row, col))?.numberFormat ?? GENERAL;
  }

  setNumberFormat(sheet: FakeSheet, row: number, col: number, format: string): void {
    this.cellFor(sheet, row, col).numberFormat = format;
  }

  /**
   * Writes `input` as `range.formulas` or `range.values` (or the user's typing) does: `null` leaves the
   * cell alone, `''` empties it, a leading apostrophe is dropped and makes the rest text, and other text is
   * read through the cell's number format.
   */
  write(sheet: FakeSheet, row: number, col: number, input: unknown, location: string): void {
    if (input === null || input === undefined) return;
    const cell = this.cellFor(sheet, row, col);
    cell.formula = null;
    cell.constant = null;
    if (typeof input === 'number' || typeof input === 'boolean') {
      cell.constant = input;
    } else if (typeof input !== 'string') {
      throw new FakeOfficeError('InvalidArgument', `Cannot write ${typeof input} to a cell.`, location);
    } else if (input === '') {
      // Emptied: nothing but the format stays.
    } else if (input.startsWith("'")) {
      // The prefix character, whatever the format: what follows is text as it stands, and the apostrophe
      // is no part of the value (Range.PrefixCharacter; office-js #6687 reads such a cell without it).
      cell.constant = input.slice(1);
    } else if (cell.numberFormat === TEXT_FORMAT) {
      cell.constant = input;
    } else if (input.startsWith('=') && input.length > 1) {
      const node = parseFormula(input);
      const call = node ? null : parseCustomCall(input, [...this.customFunctions.keys()]);
      if (!node && !call) {
        throw new Error(`The Excel fake cannot calculate ${input} (${sheet.name}!${cellName(row, col)}).`);
      }
      cell.formula = node ? { text: input, node } : { text: input, call: call! };
      // Microsoft's DATE reference: "If the cell format was General before the function was entered, the
      // result is formatted as a date" (listed in EXCEL_ASSUMPTIONS, checked by Diagnostics' dateFormula).
      if (node?.kind === 'date' && cell.numberFormat === GENERAL) cell.numberFormat = 'm/d/yyyy';
    } else if (NUMBER.test(input.trim())) {
      cell.constant = Number(input.trim());
    } else if (/^(true|false)$/i.test(input)) {
      cell.constant = input.toLowerCase() === 'true';
    } else {
      cell.constant = input;
    }
  }

  /**
   * Writes a typed cell value as `range.valuesAsJson` does (ExcelApi 1.16): `null` leaves the cell alone;
   * a `String` value is the cell's text as given, never read as a formula or a number. The add-in writes
   * no other type, so the fake refuses them.
   */
  writeTyped(sheet: FakeSheet, row: number, col: number, input: unknown, location: string): void {
    if (input === null || input === undefined) return;
    const value = input as { type?: unknown; basicValue?: unknown };
    if (value.type !== 'String' || typeof value.basicValue !== 'string')
      throw new FakeOfficeError(
        'InvalidArgument',
        'The Excel fake writes only String cell values.',
        location,
      );
    const cell = this.cellFor(sheet, row, col);
    cell.formula = null;
    cell.constant = value.basicValue === '' ? null : value.basicValue;
  }

  /** What `range.values` reads: the constant, the calculated formula, or `''`. */
  valueAt(sheet: FakeSheet, row: number, col: number, visiting = new Set<string>()): CellValue {
    const cell = sheet.cells.get(key(row, col));
    if (!cell?.formula) return cell?.constant ?? '';
    const here = key(row, col);
    if (visiting.has(here)) return 0; // Excel warns about the circular reference and shows 0.
    visiting.add(here);
    const value =
      'call' in cell.formula
        ? this.callValue(sheet, cell.formula.call, visiting)
        : evaluateFormula(
            cell.formula.node,
            (r, c) => this.valueAt(sheet, r, c, visiting),
            (y, m, d) => this.dateSerial(y, m, d),
          );
    visiting.delete(here);
    return value;
  }

  /** A custom function's value: Excel shows `#VALUE!` when it throws (the message is the add-in's). */
  private callValue(sheet: FakeSheet, call: CustomCall, visiting: Set<string>): CellValue {
    const args = call.args.map((arg) => {
      if ('text' in arg) return arg.text;
      if ('number' in arg) return arg.number;
      if ('skipped' in arg) return null;
      const on = arg.sheet === undefined ? sheet : this.find(arg.sheet);
      if (!on) return '#REF!';
      return Array.from({ length: arg.rect.rows }, (_, r) =>
        Array.from({ length: arg.rect.cols }, (_, c) =>
          this.valueAt(on, arg.rect.row + r, arg.rect.col + c, visiting),
        ),
      );
    });
    try {
      return this.customFunctions.get(call.name)!(args);
    } catch {
      return '#VALUE!';
    }
  }

  /** What `range.formulas` reads: the formula, else the constant, else `''`. */
  formulaAt(sheet: FakeSheet, row: number, col: number): CellValue {
    const cell = sheet.cells.get(key(row, col));
    return cell?.formula?.text ?? cell?.constant ?? '';
  }

  /** `worksheet.name = name`: Excel's rule for a sheet's name, unique case aside among the others. */
  renameSheet(sheet: FakeSheet, name: string, location = 'Worksheet.name'): void {
    this.checkSheetName(name, sheet, location);
    if (this.active === sheet.name) this.active = name;
    sheet.name = name;
  }

  private checkSheetName(name: string, renaming: FakeSheet | null, location: string): void {
    if (!SHEET_NAME.test(name) || name.toLowerCase() === 'history')
      throw new FakeOfficeError('InvalidArgument', `The name '${name}' is not a valid sheet name.`, location);
    const clash = this.find(name);
    if (clash && clash !== renaming)
      throw new FakeOfficeError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, location);
  }

  /** The smallest rectangle holding every value or formula (and, unless `valuesOnly`, every format). */
  usedRect(sheet: FakeSheet, valuesOnly: boolean): Rect | null {
    let top = MAX_ROWS;
    let left = MAX_COLS;
    let bottom = -1;
    let right = -1;
    for (const [at, cell] of sheet.cells) {
      if (cell.constant === null && !cell.formula && (valuesOnly || cell.numberFormat === GENERAL)) continue;
      const [row, col] = at.split(':').map(Number);
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** The user types `input` into `address` of `sheetName` and presses Enter. */
  typeInto(sheetName: string, address: string, input: string): void {
    const sheet = this.existing(sheetName, 'typeInto');
    const rect = parseAddress(address);
    if (!rect) throw new Error(`Bad address ${address}`);
    this.write(sheet, rect.row, rect.col, input, 'typeInto');
  }

  /** The user hides `rows` (1-based, as Excel numbers them) of `sheetName`: Home → Format → Hide Rows. */
  hideRows(sheetName: string, rows: readonly number[]): void {
    const sheet = this.existing(sheetName, 'hideRows');
    for (const row of rows) sheet.hiddenRows.add(row - 1);
  }

  /**
   * The cells of `rect` a user sees, as `getSpecialCells('Visible')` gives them: one rectangle per run of
   * rows not hidden (the fake hides no columns); none when every row is hidden.
   */
  visibleAreas(sheet: FakeSheet, rect: Rect): Rect[] {
    const areas: { row: number; col: number; rows: number; cols: number }[] = [];
    for (let row = rect.row; row < rect.row + rect.rows; row++) {
      if (sheet.hiddenRows.has(row)) continue;
      const last = areas[areas.length - 1];
      if (last && last.row + last.rows === row) last.rows += 1;
      else areas.push({ row, col: rect.col, rows: 1, cols: rect.cols });
    }
    return areas;
  }

  /** The values from A1 to the last used cell, `''` where empty: what a reader of the sheet gets. */
  grid(sheetName: string): CellValue[][] {
    const sheet = this.existing(sheetName, 'grid');
    const used = this.usedRect(sheet, true);
    if (!used) return [];
    return Array.from({ length: used.row + used.rows }, (_, r) =>
      Array.from({ length: used.col + used.cols }, (_, c) => this.valueAt(sheet, r, c)),
    );
  }

  snapshot(sheetName: string): SheetSnapshot {
    const sheet = this.existing(sheetName, 'snapshot');
    const cells: Record<string, SheetSnapshot['cells'][string]> = {};
    const sorted = [...sheet.cells.keys()]
      .map((at) => at.split(':').map(Number))
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [row, col] of sorted) {
      const cell = sheet.cells.get(key(row, col)) as StoredCell;
      // A cell written empty with the default format looks like one never written: leave it out.
      if (cell.constant === null && !cell.formula && cell.numberFormat === GENERAL) continue;
      cells[cellName(row, col)] = {
        value: this.valueAt(sheet, row, col),
        formula: cell.formula?.text ?? null,
        numberFormat: cell.numberFormat,
      };
    }
    return JSON.parse(
      JSON.stringify({
        name: sheet.name,
        cells,
        tables: sheet.tables,
        validations: sheet.validations,
        formats: sheet.formats,
        columnWidths: sheet.columnWidths,
        freeze: sheet.freeze,
        pageLayout: sheet.pageLayout,
      }),
    ) as SheetSnapshot;
  }

  private cellFor(sheet: FakeSheet, row: number, col: number): StoredCell {
    const at = key(row, col);
    let cell = sheet.cells.get(at);
    if (!cell) sheet.cells.set(at, (cell = { constant: null, formula: null, numberFormat: GENERAL }));
    return cell;
  }
}
