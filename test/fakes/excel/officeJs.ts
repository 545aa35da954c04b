/**
 * A fake of the part of Office.js's Excel API that the add-in uses, with Office.js's batching: every call
 * on a proxy object is queued and reaches the workbook only at `context.sync()`, in order; a failing call
 * rejects the sync, keeps what came before it and drops the rest; `items`, `values` and `isNullObject`
 * can be read only after `load` (where Office.js needs one) and a sync. It records each `Excel.run` with
 * its `sync()` calls and round trips, so a test can hold the add-in to a constant number of them.
 */
import { MAX_COLS, MAX_ROWS, columnName, parseAddress, rectName, type Rect } from './a1';
import { fakeChartCollection, fakeConditionalFormats } from './charts';
import { checkRequirement } from './requirements';
import { FakeOfficeError, FakeWorkbook, type CellValue, type FakeSheet } from './workbook';

/** One `Excel.run` as the fake saw it. */
export interface RunRecord {
  /** `context.sync()` calls made by the batch (Excel.run's own closing sync is not counted). */
  syncs: number;
  /** Syncs, the closing one included, that carried queued calls: what costs a trip to Excel. */
  roundTrips: number;
  /** Queued calls applied. */
  calls: number;
  /** Sheets whose content, format or layout changed, and sheets added or deleted. */
  wrote: string[];
  /** The rejection of the run, if it failed. */
  error?: string;
}

/** One host call as Excel received it, for tests that hold code to its calls (`mockWorkbook.ts`). */
export interface HostCall {
  /** 1-based number of the `sync()` that carried the call. */
  readonly batch: number;
  /** The object called: `workbook`, a sheet (by the name or id it was got by), or `Sheet!A1:C3`. */
  readonly target: string;
  /** The property set or method called: `numberFormat`, `format.font.bold`, `worksheets.add`. */
  readonly op: string;
  readonly args: readonly unknown[];
}

/** A call before it is applied: what the call log records of it. */
export type CallDescription = Omit<HostCall, 'batch'>;

/** Hooks of a call-log test into a context: the log, and a call that fails as Excel would. */
export interface CallLogHooks {
  readonly calls: HostCall[];
  /**
   * Excel's error message for a call that is to fail (an InvalidArgument), or its code and message; the
   * calls before it stay applied.
   */
  failWhen?(call: HostCall): string | { readonly code: string; readonly message: string } | undefined;
  /** After each recorded call is applied. */
  applied?(call: HostCall): void;
}

interface Call {
  readonly location: string;
  readonly apply: () => void;
  readonly description?: CallDescription;
}

function notLoaded(property: string): never {
  throw new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    property,
  );
}

/**
 * Excel on the web's limit on one request and on its answer (Microsoft, "Resource limits and performance
 * optimization for Office Add-ins": 5 MB for requests and responses).
 */
const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;

function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/**
 * What Office.js sends for one write besides its arguments, at the least: the action (`{"Id":…,
 * "ActionType":4,"Name":"RowHeight","ObjectPathId":…,"ArgumentInfo":{"Arguments":[…]}}`, about 100 B), the
 * object path of the range it writes (`getRangeByIndexes` with its four indexes, 140 B) and that path's
 * Instantiate action (60 B), with six-digit ids as a large paint reaches. A write on `range.format` sends one
 * more path and Instantiate (150 B): not counted, so the fake refuses only what Excel surely refuses.
 */
const WRITE_BYTES = 300;

/** The bytes a batch sends: each write's arguments (values, formulas, formats) and its Office.js wrapping. */
function requestBytes(calls: readonly Call[]): number {
  let bytes = 0;
  for (const call of calls) if (call.description) bytes += WRITE_BYTES + jsonBytes(call.description.args);
  return bytes;
}

/** A request context: the queue of one `Excel.run`. */
export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Call[] = [];
  /** Bytes of the loads the batch being applied answers with. */
  private answered = 0;

  constructor(
    readonly book: FakeWorkbook,
    private readonly record: RunRecord,
    private readonly log?: CallLogHooks,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues a call; `description` is what a call log records of it (lookups and loads have none). */
  enqueue(location: string, apply: () => void, description?: CallDescription): void {
    this.queue.push({ location, apply, description });
  }

  /** Counts `value` into the answer of the batch being applied; Excel on the web refuses one over 5 MB. */
  answer(value: unknown): void {
    this.answered += jsonBytes(value);
    if (this.answered > REQUEST_LIMIT_BYTES)
      throw new FakeOfficeError(
        'ResponsePayloadSizeLimitExceeded',
        'The response payload size has exceeded the limit.',
        'Range.load',
      );
  }

  /** Marks `sheet` as written by this run. */
  wrote(sheet: FakeSheet): void {
    if (!this.record.wrote.includes(sheet.name)) this.record.wrote.push(sheet.name);
  }

  sync(): Promise<void> {
    this.record.syncs += 1;
    return this.flush();
  }

  /** Applies the queue; also Excel.run's closing sync, which Office.js skips when nothing is queued. */
  async flush(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    if (calls.length === 0) return;
    this.record.roundTrips += 1;
    // A round trip is asynchronous: the add-in's code after `sync()` runs later, as in Excel.
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.answered = 0;
    if (this.book.editingCell)
      throw new FakeOfficeError(
        'InvalidOperationInCellEditMode',
        "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the ENTER or TAB keys, or by selecting another cell, and then try again.",
        'Excel.run',
      );
    // Excel on the web refuses the whole request, before running any of it.
    if (requestBytes(calls) > this.book.requestLimitBytes)
      throw new FakeOfficeError(
        'RequestPayloadSizeLimitExceeded',
        'The request payload size has exceeded the limit.',
        'Excel.run',
      );
    for (const call of calls) {
      const logged = call.description && this.log ? { batch: this.record.syncs, ...call.description } : null;
      const failure = logged ? this.log!.failWhen?.(logged) : undefined;
      if (failure !== undefined) {
        const { code, message } =
          typeof failure === 'string' ? { code: 'InvalidArgument', message: failure } : failure;
        throw new FakeOfficeError(code, message, `${logged!.target}.${logged!.op}`);
      }
      try {
        checkRequirement(call.location);
        call.apply();
      } catch (error) {
        if (error instanceof FakeOfficeError) throw error;
        throw new FakeOfficeError('GeneralException', (error as Error).message, call.location);
      }
      this.record.calls += 1;
      if (logged) {
        this.log!.calls.push(logged);
        this.log!.applied?.(logged);
      }
    }
  }
}

/** What Excel answers while the workbook's structure is protected and a sheet is added or deleted. */
function refuseWhenProtected(book: FakeWorkbook, location: string): void {
  if (book.structureProtected)
    throw new FakeOfficeError('AccessDenied', 'You cannot perform the requested operation.', location);
}

/** `workbook.protection` (ExcelApi 1.7): whether the structure is protected, once loaded. */
class FakeWorkbookProtection {
  private loaded: boolean | undefined;
  constructor(private readonly context: FakeContext) {}

  load(_properties?: string | string[]): this {
    this.context.enqueue(
      'WorkbookProtection.load',
      () => (this.loaded = this.context.book.structureProtected),
    );
    return this;
  }

  get protected(): boolean {
    return this.loaded ?? notLoaded('protected');
  }
}

/** A worksheet function's result (`Excel.FunctionResult`, ExcelApi 1.2): its value once loaded and synced. */
class FakeFunctionResult {
  private loaded: number | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly compute: () => number,
  ) {}

  load(_properties?: string | string[]): this {
    // Named by the call that needs ExcelApi 1.2 (requirements.ts): the function evaluated, here DATE.
    this.context.enqueue('Functions.date', () => (this.loaded = this.compute()));
    return this;
  }

  get value(): number {
    return this.loaded ?? notLoaded('value');
  }
}

/** `workbook.functions` (Excel.Functions): DATE only, answered in the workbook's date system. */
class FakeFunctions {
  constructor(private readonly context: FakeContext) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    const book = this.context.book;
    return new FakeFunctionResult(this.context, () =>
      book.dateSerial(year, month, day, book.functionsDateSystem ?? book.dateSystem),
    );
  }
}

/** `context.workbook`. */
class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;
  readonly functions: FakeFunctions;
  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context);
    this.protection = new FakeWorkbookProtection(context);
    this.functions = new FakeFunctions(context);
  }

  /** The user's selection; a workbook where nothing was selected has A1 of its active sheet selected. */
  getSelectedRange(): FakeRange {
    const book = this.context.book;
    const selection = () => book.selection ?? { sheet: book.active ?? '', address: 'A1' };
    const worksheet = new FakeWorksheet(this.context, '<selection>');
    this.context.enqueue('Workbook.getSelectedRange', () =>
      worksheet.bind(book.existing(selection().sheet, 'Workbook.getSelectedRange')),
    );
    return new FakeRange(this.context, worksheet, () => parseAddress(selection().address)!);
  }
}

/** Accepts `'items/name'`, `['items/name']` or `{ select: ... }`-free forms the add-in uses. */
function loadsNames(properties: string | string[] | undefined): boolean {
  const list = properties === undefined ? [] : Array.isArray(properties) ? properties : properties.split(',');
  return list.some((p) => ['items/name', 'name', 'items'].includes(p.trim()));
}

class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly context: FakeContext) {}

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded('items');
  }

  load(properties?: string | string[]): this {
    const withNames = loadsNames(properties);
    this.context.enqueue('WorksheetCollection.load', () => {
      this.loadedItems = this.context.book.sheets.map((sheet) =>
        FakeWorksheet.bound(this.context, sheet, withNames),
      );
    });
    return this;
  }

  add(name: string): FakeWorksheet {
    const worksheet = new FakeWorksheet(this.context, String(name));
    this.context.enqueue(
      'WorksheetCollection.add',
      () => {
        refuseWhenProtected(this.context.book, 'WorksheetCollection.add');
        const sheet = this.context.book.addSheet(String(name));
        this.context.wrote(sheet);
        worksheet.bind(sheet);
      },
      { target: 'workbook', op: 'worksheets.add', args: [name] },
    );
    return worksheet;
  }

  getItem(name: string): FakeWorksheet {
    const worksheet = new FakeWorksheet(this.context, name);
    this.context.enqueue('WorksheetCollection.getItem', () =>
      worksheet.bind(this.context.book.existing(name, 'WorksheetCollection.getItem')),
    );
    return worksheet;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const worksheet = new FakeWorksheet(this.context, name);
    this.context.enqueue('WorksheetCollection.getItemOrNullObject', () =>
      worksheet.bind(this.context.book.findItem(name) ?? null),
    );
    return worksheet;
  }

  getActiveWorksheet(): FakeWorksheet {
    const worksheet = new FakeWorksheet(this.context, '<active>');
    this.context.enqueue('WorksheetCollection.getActiveWorksheet', () =>
      worksheet.bind(
        this.context.book.existing(this.context.book.active ?? '', 'WorksheetCollection.getActiveWorksheet'),
      ),
    );
    return worksheet;
  }
}

/** A worksheet custom property proxy: its value can be read after `load` and a sync. */
class FakeCustomProperty {
  private found: { value: string } | null | undefined;
  private loaded = false;
  constructor(private readonly context: FakeContext) {}

  bind(value: string | undefined): void {
    this.found = value === undefined ? null : { value };
  }

  load(_properties?: string | string[]): this {
    this.context.enqueue('WorksheetCustomProperty.load', () => (this.loaded = true));
    return this;
  }

  get isNullObject(): boolean {
    return this.found === undefined ? notLoaded('isNullObject') : this.found === null;
  }

  get value(): string {
    if (!this.loaded || this.found === undefined) return notLoaded('value');
    if (this.found === null)
      throw new FakeOfficeError(
        'InvalidObjectPath',
        'The object is a null object.',
        'WorksheetCustomProperty.value',
      );
    return this.found.value;
  }
}

class FakeTableCollection {
  private loadedItems: { name: string }[] | null = null;
  constructor(private readonly context: FakeContext) {}

  get items(): { name: string }[] {
    return this.loadedItems ?? notLoaded('items');
  }

  load(_properties?: string | string[]): this {
    this.context.enqueue('TableCollection.load', () => {
      this.loadedItems = this.context.book.tableNames().map((name) => ({ name }));
    });
    return this;
  }
}

/** `workbook.names`, the defined names: their names can be loaded. */
class FakeNamedItemCollection {
  private loadedItems: { name: string }[] | null = null;
  constructor(private readonly context: FakeContext) {}

  get items(): { name: string }[] {
    return this.loadedItems ?? notLoaded('items');
  }

  load(_properties?: string | string[]): this {
    this.context.enqueue('NamedItemCollection.load', () => {
      this.loadedItems = this.context.book.definedNames.map((name) => ({ name }));
    });
    return this;
  }
}

/** A worksheet proxy: which sheet it stands for is known only once its queued lookup has run. */
class FakeWorksheet {
  /** undefined: not looked up yet; null: a null object. */
  private target: FakeSheet | null | undefined;
  private loadedName: string | undefined;
  private loadedId: string | undefined;
  readonly tables: {
    add(range: FakeRange, hasHeaders: boolean): FakeTable;
    /** `items/name`: the sheet's tables, in the order they were added, once synced. */
    load(properties?: string | string[]): { readonly items: { name: string }[] };
  };
  readonly charts = fakeChartCollection(this);
  readonly freezePanes: {
    freezeAt(range: FakeRange): void;
    freezeRows(count: number): void;
    freezeColumns(count: number): void;
  };
  readonly pageLayout: {
    orientation: unknown;
    zoom: unknown;
    paperSize: unknown;
    setPrintTitleRows(range: FakeRange): void;
  };
  readonly customProperties: {
    add(key: string, value: string): void;
    getItemOrNullObject(key: string): FakeCustomProperty;
  };

  constructor(
    private readonly context: FakeContext,
    /** The name or id the sheet was got by: how a call log names it. */
    readonly key: string,
  ) {
    this.customProperties = {
      add: (key, value) =>
        this.change(
          'WorksheetCustomPropertyCollection.add',
          (sheet) => sheet.customProperties.set(String(key), String(value)),
          { op: 'customProperties.add', args: [key, value] },
        ),
      getItemOrNullObject: (key) => {
        const property = new FakeCustomProperty(context);
        context.enqueue('WorksheetCustomPropertyCollection.getItemOrNullObject', () =>
          property.bind(
            this.sheet('WorksheetCustomPropertyCollection.getItemOrNullObject').customProperties.get(key),
          ),
        );
        return property;
      },
    };
    this.tables = {
      add: (range, hasHeaders) => {
        const table = new FakeTable(context, this.key);
        this.change(
          'TableCollection.add',
          (sheet) => table.bind(context.book.addTable(sheet, range.rect(), hasHeaders)),
          { op: 'tables.add', args: [range.label().replace(/^[^!]*!/, ''), hasHeaders] },
        );
        return table;
      },
      load: () => {
        let loaded: { name: string }[] | null = null;
        context.enqueue('TableCollection.load', () => {
          loaded = this.sheet('TableCollection.load').tables.map((table) => ({ name: table.name }));
        });
        return {
          get items() {
            return loaded ?? notLoaded('items');
          },
        };
      },
    };
    const freeze = (location: string, rows: () => number, columns: () => number): void =>
      this.change(location, (sheet) => (sheet.freeze = { rows: rows(), columns: columns() }), {
        op: location.replace(/^WorksheetFreezePanes\./, ''),
        args: [],
      });
    this.freezePanes = {
      freezeAt: (range) =>
        freeze(
          'WorksheetFreezePanes.freezeAt',
          () => range.rect().row + range.rect().rows,
          () => range.rect().col + range.rect().cols,
        ),
      freezeRows: (count) =>
        freeze(
          'WorksheetFreezePanes.freezeRows',
          () => count,
          () => 0,
        ),
      freezeColumns: (count) =>
        freeze(
          'WorksheetFreezePanes.freezeColumns',
          () => 0,
          () => count,
        ),
    };
    const layout = (property: string) => ({
      set: (value: unknown) =>
        this.change(`PageLayout.${property}`, (sheet) => (sheet.pageLayout[property] = value), {
          op: `pageLayout.${property}`,
          args: [value],
        }),
      get: () => notLoaded(property),
    });
    const setPrintTitleRows = (range: FakeRange): void =>
      this.change(
        'PageLayout.setPrintTitleRows',
        (sheet) => (sheet.pageLayout.printTitleRows = rectName(range.rect())),
        { op: 'pageLayout.setPrintTitleRows', args: [range.label()] },
      );
    this.pageLayout = Object.defineProperties({ setPrintTitleRows } as FakeWorksheet['pageLayout'], {
      orientation: layout('orientation'),
      zoom: layout('zoom'),
      paperSize: layout('paperSize'),
    });
  }

  static bound(context: FakeContext, sheet: FakeSheet, withName: boolean): FakeWorksheet {
    const worksheet = new FakeWorksheet(context, sheet.name);
    worksheet.bind(sheet);
    if (withName) worksheet.loadedName = sheet.name;
    return worksheet;
  }

  bind(sheet: FakeSheet | null): void {
    this.target = sheet;
  }

  get name(): string {
    return this.loadedName ?? notLoaded('name');
  }

  /** Renames the sheet when the batch runs, under Excel's rule for a sheet's name (FakeWorkbook.renameSheet). */
  set name(name: string) {
    this.change('Worksheet.name', (sheet) => this.context.book.renameSheet(sheet, String(name)), {
      op: 'name',
      args: [name],
    });
  }

  get id(): string {
    return this.loadedId ?? notLoaded('id');
  }

  get isNullObject(): boolean {
    return this.target === undefined ? notLoaded('isNullObject') : this.target === null;
  }

  /** The sheet, at the time a queued call runs; Office.js fails the batch on a null or deleted sheet. */
  sheet(location: string): FakeSheet {
    const sheet = this.target;
    if (!sheet || !this.context.book.sheets.includes(sheet))
      throw new FakeOfficeError('ItemNotFound', 'The requested resource does not exist.', location);
    return sheet;
  }

  /** Queues a call that changes the sheet. */
  /** Queues a call that changes the sheet; `call` names it for a call log (the target is this sheet). */
  change(
    location: string,
    apply: (sheet: FakeSheet) => void,
    call?: Omit<CallDescription, 'target'> & { target?: string },
  ): void {
    this.context.enqueue(
      location,
      () => {
        const sheet = this.sheet(location);
        apply(sheet);
        this.context.wrote(sheet);
      },
      call && { target: call.target ?? this.key, op: call.op, args: call.args },
    );
  }

  load(properties?: string | string[]): this {
    const withName = loadsNames(properties);
    const withId = (Array.isArray(properties) ? properties : String(properties ?? '').split(',')).some(
      (p) => p.trim() === 'id',
    );
    this.context.enqueue(
      'Worksheet.load',
      () => {
        const sheet = this.sheet('Worksheet.load');
        if (withName) this.loadedName = sheet.name;
        if (withId) this.loadedId = sheet.id;
      },
      { target: this.key, op: 'load', args: [properties] },
    );
    return this;
  }

  activate(): void {
    this.context.enqueue(
      'Worksheet.activate',
      () => {
        this.context.book.active = this.sheet('Worksheet.activate').name;
      },
      { target: this.key, op: 'activate', args: [] },
    );
  }

  /**
   * `worksheet.copy()` (ExcelApi 1.7): the copy FakeWorkbook.copySheet makes. Only the call without a
   * position is modelled (the add-in makes no other); its placement is the fake's guess, right after.
   */
  copy(...position: unknown[]): FakeWorksheet {
    if (position.length > 0)
      throw new Error('The Excel fake models worksheet.copy() without a position only.');
    const copy = new FakeWorksheet(this.context, `${this.key} (copy)`);
    this.context.enqueue(
      'Worksheet.copy',
      () => {
        const original = this.sheet('Worksheet.copy');
        refuseWhenProtected(this.context.book, 'Worksheet.copy');
        const sheet = this.context.book.copySheet(original);
        this.context.wrote(sheet);
        copy.bind(sheet);
      },
      { target: this.key, op: 'copy', args: [] },
    );
    return copy;
  }

  delete(): void {
    this.context.enqueue(
      'Worksheet.delete',
      () => {
        const sheet = this.sheet('Worksheet.delete');
        refuseWhenProtected(this.context.book, 'Worksheet.delete');
        this.context.book.deleteSheet(sheet);
        this.context.wrote(sheet);
      },
      { target: this.key, op: 'delete', args: [] },
    );
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this, () => {
      const rect = parseAddress(address);
      if (!rect)
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', 'Worksheet.getRange');
      return rect;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, this, () => {
      // A lookup, not a call of its own: Excel fails the first call made on the range.
      checkRequirement('Worksheet.getRangeByIndexes');
      const valid = [row, col, rows - 1, cols - 1].every((n) => Number.isInteger(n) && n >= 0);
      if (!valid)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid.',
          'Worksheet.getRangeByIndexes',
        );
      return { row, col, rows, cols };
    });
  }

  /** As `getUsedRangeOrNullObject`, but A1 for a sheet with nothing in it, as Excel documents it. */
  getUsedRange(valuesOnly = false): FakeRange {
    let used: Rect | undefined;
    this.context.enqueue('Worksheet.getUsedRange', () => {
      const rect = this.context.book.usedRect(this.sheet('Worksheet.getUsedRange'), valuesOnly);
      used = rect ?? { row: 0, col: 0, rows: 1, cols: 1 };
    });
    return new FakeRange(this.context, this, () => used ?? null);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    let used: Rect | null | undefined;
    this.context.enqueue('Worksheet.getUsedRangeOrNullObject', () => {
      used = this.context.book.usedRect(this.sheet('Worksheet.getUsedRangeOrNullObject'), valuesOnly);
    });
    return new FakeRange(
      this.context,
      this,
      () => used ?? null,
      () => used,
    );
  }
}

class FakeTable {
  private target: FakeSheet['tables'][number] | undefined;
  constructor(
    private readonly context: FakeContext,
    private readonly sheetKey: string,
  ) {}

  bind(table: FakeSheet['tables'][number]): void {
    this.target = table;
  }

  set name(name: string) {
    this.context.enqueue(
      'Table.name',
      () => {
        if (this.target) this.context.book.renameTable(this.target, name);
      },
      { target: this.sheetKey, op: 'table.name', args: [name] },
    );
  }

  get name(): string {
    return notLoaded('name');
  }
}

type Matrix = readonly (readonly unknown[])[];

/** A range proxy; its rectangle is resolved when a queued call on it runs. */
class FakeRange {
  private readonly loaded = new Map<string, unknown>();
  /** For ranges that may be null objects: the rectangle, null, or undefined before the sync. */
  private readonly nullable: (() => Rect | null | undefined) | undefined;
  readonly format: RangeFormat;
  readonly dataValidation: { rule: unknown };
  readonly conditionalFormats = fakeConditionalFormats(this);

  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
    private readonly resolve: () => Rect | null,
    nullable?: () => Rect | null | undefined,
  ) {
    this.nullable = nullable;
    this.format = new RangeFormat(this);
    this.dataValidation = Object.defineProperty({} as { rule: unknown }, 'rule', {
      set: (rule: unknown) =>
        this.change(
          'DataValidation.rule',
          (sheet, rect) => {
            sheet.validations.push({ address: rectName(rect), rule: JSON.parse(JSON.stringify(rule)) });
          },
          { op: 'dataValidation.rule', args: [rule] },
        ),
      get: () => notLoaded('rule'),
    });
  }

  /** The rectangle, when a queued call runs. */
  rect(): Rect {
    const rect = this.resolve();
    if (!rect)
      throw new FakeOfficeError('InvalidObjectPath', 'The object path is not valid: a null object.', 'Range');
    return rect;
  }

  /** The range's sheet, when a queued call runs. */
  sheetAt(location: string): FakeSheet {
    return this.worksheet.sheet(location);
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    const rect = this.nullable();
    return rect === undefined ? notLoaded('isNullObject') : rect === null;
  }

  /** How a call log names the range: `Sheet!A1:C3` (the rectangle as known when the call is queued). */
  label(): string {
    let address: string;
    try {
      const rect = this.nullable ? null : this.resolve();
      address = rect ? rectName(rect) : '<used range>';
    } catch {
      address = '<invalid>';
    }
    return `${this.worksheet.key}!${address}`;
  }

  /** Queues a call that changes the range's sheet; `call` names it for a call log. */
  change(
    location: string,
    apply: (sheet: FakeSheet, rect: Rect) => void,
    call?: Omit<CallDescription, 'target'>,
  ): void {
    this.worksheet.change(
      location,
      (sheet) => apply(sheet, this.rect()),
      call && { ...call, target: this.label() },
    );
  }

  /**
   * A matrix whose size is not the range's is refused, with Excel's own message; the painter writes only
   * matrices of its range's size (excel-addin/checkPlan.ts refuses a ragged block first), so Diagnostics
   * has nothing to prove there.
   */
  private eachCell(
    location: string,
    input: unknown,
    write: (sheet: FakeSheet, row: number, col: number, value: unknown) => void,
  ): void {
    // Office.js copies the matrix when it is assigned: later changes to the caller's array do not count.
    const copy: unknown = Array.isArray(input) ? (input as Matrix).map((row) => [...row]) : input;
    const call = { op: location.replace(/^Range\./, ''), args: [input] };
    this.change(
      location,
      (sheet, rect) => {
        const matrix = copy as Matrix;
        const scalar = !Array.isArray(copy);
        if (
          !scalar &&
          (matrix.length !== rect.rows ||
            matrix.some((row) => !Array.isArray(row) || row.length !== rect.cols))
        ) {
          throw new FakeOfficeError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            location,
          );
        }
        for (let r = 0; r < rect.rows; r += 1)
          for (let c = 0; c < rect.cols; c += 1)
            write(sheet, rect.row + r, rect.col + c, scalar ? copy : matrix[r][c]);
      },
      call,
    );
  }

  set numberFormat(formats: unknown) {
    this.eachCell('Range.numberFormat', formats, (sheet, row, col, format) => {
      if (format !== null && format !== undefined)
        this.context.book.setNumberFormat(sheet, row, col, String(format));
    });
  }

  set formulas(formulas: unknown) {
    this.eachCell('Range.formulas', formulas, (sheet, row, col, value) =>
      this.context.book.write(sheet, row, col, value, 'Range.formulas'),
    );
  }

  /** Excel reads text written to `values` as if typed, so `=…` becomes a formula here too. */
  set values(values: unknown) {
    this.eachCell('Range.values', values, (sheet, row, col, value) =>
      this.context.book.write(sheet, row, col, value, 'Range.values'),
    );
  }

  /** Typed cell values (ExcelApi 1.16): see FakeWorkbook.writeTyped. */
  set valuesAsJson(values: unknown) {
    this.eachCell('Range.valuesAsJson', values, (sheet, row, col, value) =>
      this.context.book.writeTyped(sheet, row, col, value, 'Range.valuesAsJson'),
    );
  }

  /** The cell at `row`, `col` from the range's top-left cell. */
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const rect = this.rect();
      const cell = { row: rect.row + row, col: rect.col + col, rows: 1, cols: 1 };
      if (
        ![row, col].every(Number.isInteger) ||
        cell.row < 0 ||
        cell.col < 0 ||
        cell.row >= MAX_ROWS ||
        cell.col >= MAX_COLS
      )
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid.', 'Range.getCell');
      return cell;
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat') as string[][];
  }
  get formulas(): CellValue[][] {
    return this.read('formulas') as CellValue[][];
  }
  get values(): CellValue[][] {
    return this.read('values') as CellValue[][];
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get address(): string {
    return this.read('address') as string;
  }

  /** A loaded property (`values`, `format/rowHeight`), or Office.js' PropertyNotLoaded. */
  read(property: string): unknown {
    return this.loaded.has(property) ? this.loaded.get(property) : notLoaded(property);
  }

  load(properties?: string | string[]): this {
    const list =
      properties === undefined ? [] : Array.isArray(properties) ? properties : properties.split(',');
    this.context.enqueue('Range.load', () => {
      if (this.nullable && this.nullable() === null) return;
      const sheet = this.worksheet.sheet('Range.load');
      const rect = this.rect();
      const book = this.context.book;
      const matrix = <T>(cell: (row: number, col: number) => T): T[][] =>
        Array.from({ length: rect.rows }, (_, r) =>
          Array.from({ length: rect.cols }, (_, c) => cell(rect.row + r, rect.col + c)),
        );
      const readers: Record<string, () => unknown> = {
        values: () => matrix((row, col) => book.valueAt(sheet, row, col)),
        formulas: () => matrix((row, col) => book.formulaAt(sheet, row, col)),
        numberFormat: () => matrix((row, col) => book.numberFormatAt(sheet, row, col)),
        // One height for the range, or null where its rows differ, as Office.js answers.
        'format/rowHeight': () => {
          const heights = new Set(
            Array.from({ length: rect.rows }, (_, r) => rowHeightAt(sheet, rect.row + r)),
          );
          return heights.size === 1 ? [...heights][0] : null;
        },
        rowIndex: () => rect.row,
        columnIndex: () => rect.col,
        rowCount: () => rect.rows,
        columnCount: () => rect.cols,
        // Excel quotes a sheet name that is not letters, digits, `_` and `.` only.
        address: () =>
          `${/^[\p{L}\p{N}_.]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`}!${rectName(rect)}`,
      };
      for (const property of list.map((p) => p.trim())) {
        const reader = readers[property];
        if (!reader) throw new Error(`The Excel fake cannot load Range.${property}.`);
        const value = reader();
        this.context.answer(value);
        this.loaded.set(property, value);
      }
    });
    return this;
  }

  /** Hides or shows every row of the range (ExcelApi 1.2). */
  set rowHidden(hidden: unknown) {
    this.change(
      'Range.rowHidden',
      (sheet, rect) => {
        for (let row = rect.row; row < rect.row + rect.rows; row++)
          if (hidden === true) sheet.hiddenRows.add(row);
          else sheet.hiddenRows.delete(row);
      },
      { op: 'rowHidden', args: [hidden] },
    );
  }

  /**
   * The range's visible cells (ExcelApi 1.9), a null object when none is; the fake finds no other kind
   * of special cell, since the add-in asks for no other.
   */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.context);
    this.context.enqueue('Range.getSpecialCellsOrNullObject', () => {
      if (cellType !== 'Visible')
        throw new Error(`The Excel fake cannot find special cells of type ${cellType}.`);
      const sheet = this.worksheet.sheet('Range.getSpecialCellsOrNullObject');
      const visible = this.context.book.visibleAreas(sheet, this.rect());
      areas.bind(visible.length === 0 ? null : visible);
    });
    return areas;
  }

  getEntireRow(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const rect = this.rect();
      return { row: rect.row, col: 0, rows: rect.rows, cols: MAX_COLS };
    });
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.context, this.worksheet, () => {
      const rect = this.rect();
      return { row: 0, col: rect.col, rows: MAX_ROWS, cols: rect.cols };
    });
  }

  select(): void {
    this.context.enqueue(
      'Range.select',
      () => {
        const sheet = this.worksheet.sheet('Range.select');
        this.context.book.selection = { sheet: sheet.name, address: rectName(this.rect()) };
      },
      { target: this.label(), op: 'select', args: [] },
    );
  }
}

/** The rectangle properties `RangeAreas.areas` items load (`areas/items/rowIndex`). */
const AREA_PROPERTIES = {
  rowIndex: (rect: Rect) => rect.row,
  rowCount: (rect: Rect) => rect.rows,
  columnIndex: (rect: Rect) => rect.col,
  columnCount: (rect: Rect) => rect.cols,
} as const;
type AreaProperty = keyof typeof AREA_PROPERTIES;

/**
 * A `RangeAreas` (ExcelApi 1.9) as `getSpecialCellsOrNullObject` returns it: a null object or its
 * rectangles, whose properties are read through `areas/items/<property>` loads.
 */
class FakeRangeAreas {
  /** undefined: not looked up yet; null: a null object. */
  private target: Rect[] | null | undefined;
  private loaded: Partial<Record<AreaProperty, number>>[] | undefined;
  constructor(private readonly context: FakeContext) {}

  bind(areas: Rect[] | null): void {
    this.target = areas;
  }

  get isNullObject(): boolean {
    return this.target === undefined ? notLoaded('isNullObject') : this.target === null;
  }

  load(properties?: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : String(properties ?? '').split(',')).map((p) =>
      p.trim(),
    );
    const wanted = list.map((path) => {
      const property = /^areas\/items\/(\w+)$/.exec(path)?.[1];
      if (!property || !(property in AREA_PROPERTIES))
        throw new Error(`The Excel fake cannot load RangeAreas.${path}.`);
      return property as AreaProperty;
    });
    this.context.enqueue('RangeAreas.load', () => {
      if (!this.target) return;
      this.loaded = this.target.map((rect) =>
        Object.fromEntries(wanted.map((property) => [property, AREA_PROPERTIES[property](rect)])),
      );
      this.context.answer(this.loaded);
    });
    return this;
  }

  /** The rectangles, each with the properties loaded (another one read throws, as in Office.js). */
  get areas(): { items: Record<AreaProperty, number>[] } {
    if (this.loaded === undefined) return notLoaded('areas');
    return {
      items: this.loaded.map(
        (area) =>
          new Proxy(area, {
            get: (values, property: string) =>
              property in values ? values[property as AreaProperty] : notLoaded(property),
          }) as Record<AreaProperty, number>,
      ),
    };
  }
}

/** Excel's tallest row, in points ("Excel specifications and limits"), independent of the painter's cap. */
const EXCEL_MAX_ROW_HEIGHT = 409;
/** A new row's height in points: Calibri 11's one line. */
const DEFAULT_ROW_HEIGHT = 15;

/** The height of `row`: the last height written over it, or the default. */
function rowHeightAt(sheet: FakeSheet, row: number): number {
  let height = DEFAULT_ROW_HEIGHT;
  for (const format of sheet.formats) {
    const rect = format.property === 'rowHeight' ? parseAddress(format.address) : null;
    if (rect && row >= rect.row && row < rect.row + rect.rows) height = format.value as number;
  }
  return height;
}

/** `range.format`: records every write; column widths go to the sheet's widths by column. */
class RangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(side: string): Record<string, unknown> };

  constructor(private readonly range: FakeRange) {
    this.font = this.recorder('font', ['bold', 'italic', 'color', 'size', 'name']);
    this.fill = this.recorder('fill', ['color']);
    this.borders = {
      getItem: (side) =>
        this.recorder(
          `borders.${side}`,
          ['style', 'color', 'weight'],
          `borders.getItem(${JSON.stringify(side)})`,
        ),
    };
  }

  set wrapText(value: unknown) {
    this.record('wrapText', value);
  }

  set horizontalAlignment(value: unknown) {
    this.record('horizontalAlignment', value);
  }

  /** Excel's tallest row is 409 points: a taller height is refused, and the sync with it. */
  set rowHeight(points: number) {
    this.range.change(
      'RangeFormat.rowHeight',
      (sheet, rect) => {
        if (!(points >= 0 && points <= EXCEL_MAX_ROW_HEIGHT))
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
            'RangeFormat.rowHeight',
          );
        sheet.formats.push({ address: rectName(rect), property: 'rowHeight', value: points });
      },
      { op: 'format.rowHeight', args: [points] },
    );
  }

  /** After `range.load('format/rowHeight')`. */
  get rowHeight(): number | null {
    return this.range.read('format/rowHeight') as number | null;
  }

  set columnWidth(points: number) {
    this.range.change(
      'RangeFormat.columnWidth',
      (sheet, rect) => {
        for (let c = rect.col; c < rect.col + rect.cols; c += 1) sheet.columnWidths[columnName(c)] = points;
      },
      { op: 'format.columnWidth', args: [points] },
    );
  }

  /** `op` is the Office.js path a call log names (`format.borders.getItem("EdgeTop").style`). */
  private record(property: string, value: unknown, op = `format.${property}`): void {
    this.range.change(
      `RangeFormat.${property}`,
      (sheet, rect) => sheet.formats.push({ address: rectName(rect), property, value }),
      { op, args: [value] },
    );
  }

  /** An object whose listed properties queue a recorded write; reading them needs a load, as in Office.js. */
  private recorder(path: string, properties: readonly string[], callPath = path): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    for (const property of properties) {
      Object.defineProperty(target, property, {
        set: (value: unknown) => this.record(`${path}.${property}`, value, `format.${callPath}.${property}`),
        get: () => notLoaded(`${path}.${property}`),
        enumerable: true,
      });
    }
    return target;
  }
}

/** `Excel.run` over `book`, recording each run in `runs`. */
export function createExcelRun(
  book: FakeWorkbook,
  runs: RunRecord[],
): <T>(batch: (context: FakeContext) => Promise<T>) => Promise<T> {
  return async (batch) => {
    const record: RunRecord = { syncs: 0, roundTrips: 0, calls: 0, wrote: [] };
    runs.push(record);
    const context = new FakeContext(book, record);
    try {
      const result = await batch(context);
      await context.flush();
      return result;
    } catch (error) {
      record.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw error;
    }
  };
}
