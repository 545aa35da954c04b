/**
 * The Excel fake's call-log view, for painter tests: a workbook that records every host call by target and
 * operation (`Invoice!A1:C3`, `numberFormat`), for tests that hold the painter to its calls. The request context is an office-addin-mock `OfficeMockObject`
 * (so collection `items` read before `load` + `sync` are error strings, as the library models Office.js);
 * the objects it hands out record every write. Like Office.js, writes are queued and reach the workbook
 * only at `context.sync()`, in order; a batch can be made to fail at a chosen call, in which case the calls
 * before it stay applied and the rest are dropped, as in Excel. The workbook then behaves like Excel where
 * it matters for the tests: `=…` written to a cell is a formula unless the cell is already text (`@`).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellName, columnName, rectName } from './a1';
import { FakeOfficeError } from './workbook';

/** One host call as Excel received it. */
export interface HostCall {
  /** 1-based number of the `sync()` that carried the call. */
  readonly batch: number;
  /** The object written to: `workbook`, a sheet name, or `Sheet!A1:C3`. */
  readonly target: string;
  /** The property set or method called: `numberFormat`, `format.font.bold`, `add`, `freezeRows`. */
  readonly op: string;
  readonly args: readonly unknown[];
}

/** A cell as Excel stores it. A formula's value is not computed: it stays `null`. */
export interface MockCell {
  readonly value: string | number | boolean | null;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** The state of one sheet, for assertions. */
export interface MockSheet {
  /** Excel's id of the sheet (`{…}`), which `getItem` also finds it by. */
  readonly id: string;
  readonly name: string;
  /** By A1 address. */
  readonly cells: Map<string, MockCell>;
  readonly tables: { name: string; address: string; hasHeaders: boolean }[];
  readonly validations: { address: string; rule: unknown }[];
  /** Width in points by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** Every `format.*` write other than column widths, in order. */
  readonly formats: { address: string; property: string; value: unknown }[];
  readonly pageLayout: Record<string, unknown>;
  freeze: { rows: number; columns: number } | null;
}

export interface MockWorkbookOptions {
  /** Existing sheets, in tab order, with their values from A1. */
  readonly sheets?: Readonly<Record<string, readonly (readonly (string | number | boolean | null)[])[]>>;
  /** Existing table names (on no particular sheet). */
  readonly tables?: readonly string[];
  /** Makes the batch fail at the first call for which this returns a message (Excel's error message). */
  readonly failWhen?: (call: HostCall) => string | undefined;
}

export interface MockWorkbook {
  /** Pass to the code under test; typed as the real thing. */
  readonly context: Excel.RequestContext;
  /** Calls applied so far, in order (a failed batch keeps the calls before the failing one). */
  readonly calls: HostCall[];
  /** How many times `context.sync()` ran, failed ones included. */
  syncs(): number;
  sheetNames(): string[];
  sheet(name: string): MockSheet;
  /** Adds a sheet at once, outside any batch: another paint or a co-author working at the same time. */
  addSheet(name: string, rows?: readonly (readonly (string | number | boolean | null)[])[]): void;
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
}

/** An Office.js error as `context.sync()` rejects with it: the fake's one error class. */
export const MockHostError = FakeOfficeError;

const MAX_ROWS = 1_048_576;
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

type Matrix = readonly (readonly unknown[])[];

interface Queued {
  readonly call: Omit<HostCall, 'batch'>;
  readonly apply: () => void;
}

function notLoaded(property: string): never {
  throw new MockHostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Load it and sync first.`,
    property,
  );
}

function parseAddress(address: string): { row: number; col: number; rows: number; cols: number } {
  const cell = (ref: string): [number, number] => {
    const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
    if (!match) throw new MockHostError('InvalidArgument', `Bad address ${address}`, 'Worksheet.getRange');
    const col = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return [Number(match[2]) - 1, col];
  };
  const [from, to = from] = address.split(':');
  const [r1, c1] = cell(from);
  const [r2, c2] = cell(to);
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    cols: Math.abs(c2 - c1) + 1,
  };
}

/** The workbook state and the queue between the code under test and it. */
class Host {
  batch = 0;
  readonly calls: HostCall[] = [];
  readonly sheets: MockSheet[] = [];
  readonly tableNames: string[] = [];
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  private pending: Queued[] = [];
  private resolvers: (() => void)[] = [];

  constructor(private readonly failWhen?: (call: HostCall) => string | undefined) {}

  queue(target: string, op: string, args: readonly unknown[], apply: () => void): void {
    this.pending.push({ call: { target, op, args }, apply });
  }

  /** Runs at the next sync, after the queued writes: how loads and null-object checks resolve. */
  afterSync(resolve: () => void): void {
    this.resolvers.push(resolve);
  }

  /** The sheet named `key` (any case) or with the id `key`, as `getItem` looks it up. */
  find(key: string): MockSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === key || sheet.name.toLowerCase() === key.toLowerCase());
  }

  existing(name: string, location: string): MockSheet {
    return this.find(name) ?? notFound(`The worksheet '${name}' does not exist`, location);
  }

  private sheetsAdded = 0;

  addSheet(name: string): MockSheet {
    const sheet: MockSheet = {
      id: `{00000000-0001-0000-${String(++this.sheetsAdded).padStart(4, '0')}-000000000000}`,
      name,
      cells: new Map(),
      tables: [],
      validations: [],
      columnWidths: new Map(),
      formats: [],
      pageLayout: {},
      freeze: null,
    };
    this.sheets.push(sheet);
    return sheet;
  }

  async sync(): Promise<void> {
    this.batch++;
    const [queued, resolvers] = [this.pending, this.resolvers];
    this.pending = [];
    this.resolvers = [];
    for (const { call, apply } of queued) {
      const applied: HostCall = { batch: this.batch, ...call };
      const failure = this.failWhen?.(applied);
      if (failure !== undefined)
        throw new MockHostError('InvalidArgument', failure, `${call.target}.${call.op}`);
      apply();
      this.calls.push(applied);
    }
    for (const resolve of resolvers) resolve();
  }
}

function notFound(message: string, location: string): never {
  throw new MockHostError('ItemNotFound', message, location);
}

/**
 * A recorder for property trees such as `range.format` or `sheet.pageLayout`: every property write is a
 * queued call (`format.font.bold`), reads navigate deeper, and method calls (`borders.getItem('EdgeTop')`)
 * navigate too, so any formatting code the painter writes is recorded without a hand-written class.
 */
function recorder(
  host: Host,
  target: string,
  path: string,
  onSet: (property: string, value: unknown) => void,
): object {
  return new Proxy(function navigate() {}, {
    get: (_fn, property) =>
      typeof property === 'string' && property !== 'then' && property !== 'toJSON'
        ? recorder(host, target, `${path}.${property}`, onSet)
        : undefined,
    set: (_fn, property, value: unknown) => {
      const op = `${path}.${String(property)}`;
      host.queue(target, op, [value], () => onSet(op, value));
      return true;
    },
    apply: (_fn, _this, args: unknown[]) =>
      recorder(host, target, `${path}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`, onSet),
  });
}

/** Excel's reading of a value written to a cell with format `numberFormat`. */
function stored(value: unknown, numberFormat: string): MockCell {
  if (typeof value === 'string' && numberFormat !== '@' && /^[=+\-@]/.test(value)) {
    return { value: null, formula: value, numberFormat };
  }
  if (value === '' || value === null || value === undefined)
    return { value: null, formula: null, numberFormat };
  return { value: value as string | number | boolean, formula: null, numberFormat };
}

class MockRange {
  private loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  constructor(
    private readonly host: Host,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    /** Set for getUsedRangeOrNullObject: the rectangle is computed at sync. */
    private readonly usedRange = false,
  ) {
    if (usedRange) {
      host.afterSync(() => {
        const sheet = host.find(sheetName);
        this.nullObject = !sheet || usedRect(sheet) === null;
      });
    }
  }

  get label(): string {
    return this.usedRange ? `${this.sheetName}!<used range>` : `${this.sheetName}!${this.address}`;
  }

  private get address(): string {
    return this.rows >= MAX_ROWS
      ? `${columnName(this.col)}:${columnName(this.col + this.cols - 1)}`
      : rectName({ row: this.row, col: this.col, rows: this.rows, cols: this.cols });
  }

  private sheet(location: string): MockSheet {
    return this.host.existing(this.sheetName, location);
  }

  private writeMatrix(
    op: string,
    matrix: Matrix,
    write: (sheet: MockSheet, address: string, value: unknown) => void,
  ) {
    this.host.queue(this.label, op, [matrix], () => {
      if (matrix.length !== this.rows || matrix.some((row) => row.length !== this.cols)) {
        throw new MockHostError(
          'InvalidArgument',
          `The ${op} matrix does not match ${this.address}`,
          `Range.${op}`,
        );
      }
      const sheet = this.sheet(`Range.${op}`);
      matrix.forEach((row, r) =>
        row.forEach((value, c) => write(sheet, cellName(this.row + r, this.col + c), value)),
      );
    });
  }

  set numberFormat(matrix: Matrix) {
    this.writeMatrix('numberFormat', matrix, (sheet, address, format) => {
      const cell = sheet.cells.get(address) ?? stored(null, 'General');
      sheet.cells.set(address, { ...cell, numberFormat: String(format) });
    });
  }

  set formulas(matrix: Matrix) {
    this.writeMatrix('formulas', matrix, (sheet, address, value) => {
      sheet.cells.set(address, stored(value, sheet.cells.get(address)?.numberFormat ?? 'General'));
    });
  }

  set values(matrix: Matrix) {
    this.writeMatrix('values', matrix, (sheet, address, value) => {
      sheet.cells.set(address, stored(value, sheet.cells.get(address)?.numberFormat ?? 'General'));
    });
  }

  get values(): unknown[][] {
    return (this.loaded.has('values') ? this.loaded.get('values') : notLoaded('values')) as unknown[][];
  }

  get rowIndex(): number {
    return (this.loaded.has('rowIndex') ? this.loaded.get('rowIndex') : notLoaded('rowIndex')) as number;
  }

  get columnIndex(): number {
    return (
      this.loaded.has('columnIndex') ? this.loaded.get('columnIndex') : notLoaded('columnIndex')
    ) as number;
  }

  get isNullObject(): boolean {
    return this.nullObject ?? notLoaded('isNullObject');
  }

  get format(): object {
    return recorder(this.host, this.label, 'format', (property, value) => {
      const sheet = this.sheet(`Range.${property}`);
      if (property === 'format.columnWidth' && this.rows >= MAX_ROWS) {
        for (let c = this.col; c < this.col + this.cols; c++) sheet.columnWidths.set(c, value as number);
      } else {
        sheet.formats.push({ address: this.address, property, value });
      }
    });
  }

  get dataValidation(): object {
    return recorder(this.host, this.label, 'dataValidation', (_property, rule) => {
      this.sheet('DataValidation.rule').validations.push({ address: this.address, rule });
    });
  }

  getEntireColumn(): MockRange {
    return new MockRange(this.host, this.sheetName, 0, this.col, MAX_ROWS, this.cols);
  }

  select(): void {
    this.host.queue(this.label, 'select', [], () => {
      this.sheet('Range.select');
      this.host.selection = { sheet: this.sheetName, address: this.address };
    });
  }

  load(properties: string | string[]): this {
    const wanted = typeof properties === 'string' ? properties.split(',').map((p) => p.trim()) : properties;
    this.host.afterSync(() => {
      const sheet = this.host.find(this.sheetName);
      const rect = this.usedRange && sheet ? usedRect(sheet) : this;
      if (!sheet || rect === null) return;
      const values = Array.from({ length: rect.rows }, (_, r) =>
        Array.from(
          { length: rect.cols },
          (_, c) => sheet?.cells.get(cellName(rect.row + r, rect.col + c))?.value ?? '',
        ),
      );
      const all: Record<string, unknown> = { values, rowIndex: rect.row, columnIndex: rect.col };
      for (const property of wanted) this.loaded.set(property, all[property] ?? notLoaded(property));
    });
    return this;
  }

  /** For `tables.add(range)`: where the range is, checked at apply time. */
  place(): { sheet: string; address: string; row: number; col: number; rows: number; cols: number } {
    return {
      sheet: this.sheetName,
      address: this.address,
      row: this.row,
      col: this.col,
      rows: this.rows,
      cols: this.cols,
    };
  }
}

function usedRect(sheet: MockSheet): { row: number; col: number; rows: number; cols: number } | null {
  const filled = [...sheet.cells.entries()].filter(
    ([, cell]) => cell.value !== null || cell.formula !== null,
  );
  if (filled.length === 0) return null;
  const places = filled.map(([address]) => parseAddress(address));
  const row = Math.min(...places.map((p) => p.row));
  const col = Math.min(...places.map((p) => p.col));
  const rows = Math.max(...places.map((p) => p.row)) - row + 1;
  const cols = Math.max(...places.map((p) => p.col)) - col + 1;
  return { row, col, rows, cols };
}

function overlaps(a: { row: number; col: number; rows: number; cols: number }, b: typeof a): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

class MockWorksheet {
  private nullObject: boolean | undefined;
  private loadedId: string | undefined;

  constructor(
    private readonly host: Host,
    /** The name this proxy was obtained by; like Office.js, `name` itself must be loaded to be read. */
    private readonly sheetName: string,
    nullable = false,
  ) {
    if (nullable) this.host.afterSync(() => (this.nullObject = this.host.find(sheetName) === undefined));
  }

  get name(): string {
    return notLoaded('name');
  }

  get isNullObject(): boolean {
    return this.nullObject ?? notLoaded('isNullObject');
  }

  get id(): string {
    return this.loadedId ?? notLoaded('id');
  }

  /**
   * Loads `id` as an action of the batch: like Office.js, a batch that fails later still hands back what
   * the actions before the failure returned.
   */
  load(properties: string): this {
    if (properties !== 'id') throw new Error(`mockWorkbook cannot load "${properties}" on a worksheet`);
    this.host.queue(this.sheetName, 'load', [properties], () => {
      this.loadedId = this.host.existing(this.sheetName, 'Worksheet.load').id;
    });
    return this;
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): MockRange {
    return new MockRange(this.host, this.sheetName, row, col, rows, cols);
  }

  getRange(address: string): MockRange {
    const { row, col, rows, cols } = parseAddress(address);
    return new MockRange(this.host, this.sheetName, row, col, rows, cols);
  }

  getUsedRangeOrNullObject(): MockRange {
    return new MockRange(this.host, this.sheetName, 0, 0, 0, 0, true);
  }

  activate(): void {
    this.host.queue(this.sheetName, 'activate', [], () => {
      this.host.existing(this.sheetName, 'Worksheet.activate');
      this.host.active = this.sheetName;
    });
  }

  delete(): void {
    this.host.queue(this.sheetName, 'delete', [], () => {
      const sheet = this.host.existing(this.sheetName, 'Worksheet.delete');
      this.host.sheets.splice(this.host.sheets.indexOf(sheet), 1);
      for (const table of sheet.tables)
        this.host.tableNames.splice(this.host.tableNames.indexOf(table.name), 1);
      if (this.host.active === sheet.name) this.host.active = null;
    });
  }

  get tables(): { add(range: MockRange | string, hasHeaders: boolean): object } {
    return {
      add: (range, hasHeaders) => {
        const place = (typeof range === 'string' ? this.getRange(range) : range).place();
        const table = { name: `Table${this.host.tableNames.length + 1}`, address: place.address, hasHeaders };
        this.host.queue(this.sheetName, 'tables.add', [place.address, hasHeaders], () => {
          const sheet = this.host.existing(place.sheet, 'TableCollection.add');
          if (sheet.tables.some((other) => overlaps(parseAddress(other.address), place))) {
            throw new MockHostError(
              'InvalidArgument',
              'A table cannot overlap another table',
              'TableCollection.add',
            );
          }
          sheet.tables.push(table);
          this.host.tableNames.push(table.name);
        });
        const host = this.host;
        const sheetName = this.sheetName;
        return {
          get name(): string {
            return notLoaded('name');
          },
          set name(name: string) {
            host.queue(sheetName, 'table.name', [name], () => {
              if (
                host.tableNames.some(
                  (other) => other !== table.name && other.toLowerCase() === name.toLowerCase(),
                )
              ) {
                throw new MockHostError(
                  'InvalidArgument',
                  `A table named ${name} already exists`,
                  'Table.name',
                );
              }
              host.tableNames[host.tableNames.indexOf(table.name)] = name;
              table.name = name;
            });
          },
        };
      },
    };
  }

  get freezePanes(): Record<'freezeRows' | 'freezeColumns' | 'freezeAt', (arg: unknown) => void> {
    const freeze = (op: string, rows: () => number, columns: () => number) =>
      this.host.queue(this.sheetName, op, [], () => {
        this.host.existing(this.sheetName, `WorksheetFreezePanes.${op}`).freeze = {
          rows: rows(),
          columns: columns(),
        };
      });
    return {
      freezeRows: (count) =>
        freeze(
          'freezeRows',
          () => Number(count ?? 1),
          () => 0,
        ),
      freezeColumns: (count) =>
        freeze(
          'freezeColumns',
          () => 0,
          () => Number(count ?? 1),
        ),
      freezeAt: (range) => {
        const place = (typeof range === 'string' ? this.getRange(range) : (range as MockRange)).place();
        freeze(
          'freezeAt',
          () => place.rows,
          () => place.cols,
        );
      },
    };
  }

  get pageLayout(): object {
    return recorder(this.host, this.sheetName, 'pageLayout', (property, value) => {
      this.host.existing(this.sheetName, property).pageLayout[property.replace(/^pageLayout\./, '')] = value;
    });
  }
}

/** A collection node for OfficeMockObject: `load('items/name')` loads `items`, refreshed at each sync. */
function collectionData(
  host: Host,
  items: { name: string }[],
  names: () => string[],
  methods: object,
): object {
  return {
    items,
    load(this: OfficeMockObject, properties: string) {
      if (!/^items(\/name)?$/.test(properties)) throw new Error(`mockWorkbook cannot load "${properties}"`);
      // office-addin-mock loads plain properties only: refresh the array it holds, then let it track the load.
      host.afterSync(() => items.splice(0, items.length, ...names().map((name) => ({ name }))));
      return OfficeMockObject.prototype.load.call(this, 'items');
    },
    ...methods,
  };
}

/** A new mock workbook; see MockWorkbook. */
export function createMockWorkbook(options: MockWorkbookOptions = {}): MockWorkbook {
  const host = new Host(options.failWhen);
  const addSheet = (name: string, rows: readonly (readonly (string | number | boolean | null)[])[] = []) => {
    const sheet = host.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((value, c) => sheet.cells.set(cellName(r, c), stored(value, 'General'))),
    );
  };
  for (const [name, rows] of Object.entries(options.sheets ?? {})) addSheet(name, rows);
  host.tableNames.push(...(options.tables ?? []));

  const worksheets = collectionData(host, [], () => host.sheets.map((sheet) => sheet.name), {
    add: (name: string) => {
      host.queue('workbook', 'worksheets.add', [name], () => {
        if (host.find(name))
          throw new MockHostError('ItemAlreadyExists', `A sheet named ${name} exists`, 'add');
        if (name.length > 31 || FORBIDDEN_SHEET_CHARS.test(name)) {
          throw new MockHostError('InvalidArgument', `Invalid sheet name ${name}`, 'WorksheetCollection.add');
        }
        host.addSheet(name);
      });
      return new MockWorksheet(host, name);
    },
    getItem: (name: string) => new MockWorksheet(host, name),
    getItemOrNullObject: (name: string) => new MockWorksheet(host, name, true),
  });
  const tables = collectionData(host, [], () => [...host.tableNames], {});
  const context = new OfficeMockObject({ workbook: { worksheets, tables } });
  const mockSync = context.sync.bind(context);
  context.sync = async () => {
    await host.sync();
    await mockSync();
    // office-addin-mock settles nested properties in un-awaited callbacks: let them run.
    await new Promise((resolve) => setImmediate(resolve));
  };

  return {
    context: context as unknown as Excel.RequestContext,
    calls: host.calls,
    syncs: () => host.batch,
    sheetNames: () => host.sheets.map((sheet) => sheet.name),
    sheet: (name) =>
      host.find(name) ?? notFound(`No sheet ${name} in the mock workbook`, 'mockWorkbook.sheet'),
    addSheet,
    activeSheet: () => host.active,
    selection: () => host.selection,
  };
}
