/**
 * The Excel fake seen through its call log, for painter tests: the same workbook and Office.js batching
 * as every other Excel test (`workbook.ts`, `officeJs.ts`), on one request context whose every applied
 * call is recorded by target and operation (`Invoice!A1:C3`, `numberFormat`). A batch can be made to
 * fail at a chosen call, as Excel fails it: the calls before it stay applied, the rest are dropped.
 */
import { cellName, parseAddress } from './a1';
import { FakeContext, type CallLogHooks, type HostCall, type RunRecord } from './officeJs';
import {
  FakeOfficeError,
  FakeWorkbook,
  type FakeChart,
  type FakeConditionalFormat,
  type FakeSheet,
} from './workbook';

export type { HostCall } from './officeJs';

/** An Office.js error as `context.sync()` rejects with it. */
export const MockHostError = FakeOfficeError;

/** A cell as Excel stores it; a formula's value is not read here: it stays `null`. */
export interface MockCell {
  readonly value: string | number | boolean | null;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** One sheet, for assertions. */
export interface MockSheet {
  readonly id: string;
  readonly name: string;
  /** By A1 address: every cell written to. */
  readonly cells: Map<string, MockCell>;
  readonly tables: { name: string; address: string; hasHeaders: boolean }[];
  readonly validations: { address: string; rule: unknown }[];
  /** Width in points by 0-based column. */
  readonly columnWidths: Map<number, number>;
  /** Every `format.*` write other than column widths, in order, by its Office.js path. */
  readonly formats: { address: string; property: string; value: unknown }[];
  readonly pageLayout: Record<string, unknown>;
  readonly freeze: { rows: number; columns: number } | null;
  readonly charts: readonly FakeChart[];
  readonly conditionalFormats: readonly FakeConditionalFormat[];
}

type Rows = readonly (readonly (string | number | boolean | null)[])[];

export interface MockWorkbookOptions {
  /** Existing sheets, in tab order, with their values from A1. */
  readonly sheets?: Readonly<Record<string, Rows>>;
  /** Existing table names (on no particular sheet). */
  readonly tables?: readonly string[];
  /** The workbook's defined names. */
  readonly names?: readonly string[];
  /**
   * Makes the batch fail at the first call for which this returns a message (Excel's error message, an
   * InvalidArgument) or an error code and message.
   */
  readonly failWhen?: CallLogHooks['failWhen'];
  /** The workbook's structure is protected (Review → Protect Workbook). */
  readonly structureProtected?: boolean;
  /** The workbook's date system (FakeWorkbook.dateSystem). Default 1900. */
  readonly dateSystem?: '1900' | '1904';
  /** The largest request taken (FakeWorkbook.requestLimitBytes). Default Excel on the web's 5 MB. */
  readonly requestLimitBytes?: number;
}

export interface MockWorkbook {
  /** Pass to the code under test; typed as the real thing. */
  readonly context: Excel.RequestContext;
  /** Calls applied so far, in order (a failed batch keeps the calls before the failing one). */
  readonly calls: HostCall[];
  /** How many times `context.sync()` ran, failed ones included. */
  syncs(): number;
  sheetNames(): string[];
  /** The sheet named `name` (or with that id), as it is now. */
  sheet(name: string): MockSheet;
  /** Adds a sheet at once, as a co-author would, even in the middle of a batch. */
  addSheet(name: string, rows?: Rows): void;
  /** The user hides `rows` (1-based, as Excel numbers them) of sheet `name`. */
  hideRows(name: string, rows: readonly number[]): void;
  /** The sheet the code under test last activated, while it exists; `null` before. */
  activeSheet(): string | null;
  selection(): { sheet: string; address: string } | null;
}

/** The call log's name of a format the workbook keeps by its short path (`font.bold`, `borders.EdgeTop.style`). */
function formatPath(property: string): string {
  const border = /^borders\.([^.]+)\.(.+)$/.exec(property);
  return border ? `format.borders.getItem(${JSON.stringify(border[1])}).${border[2]}` : `format.${property}`;
}

function view(sheet: FakeSheet): MockSheet {
  const cells = new Map<string, MockCell>();
  for (const [at, cell] of sheet.cells) {
    const [row, col] = at.split(':').map(Number);
    cells.set(cellName(row!, col!), {
      value: cell.formula ? null : cell.constant,
      formula: cell.formula?.text ?? null,
      numberFormat: cell.numberFormat,
    });
  }
  const columnWidths = new Map<number, number>();
  for (const [letters, points] of Object.entries(sheet.columnWidths)) {
    columnWidths.set(parseAddress(`${letters}1`)!.col, points);
  }
  return {
    id: sheet.id,
    name: sheet.name,
    cells,
    tables: sheet.tables.map(({ name, address, hasHeaders }) => ({ name, address, hasHeaders })),
    validations: sheet.validations.map((v) => ({ ...v })),
    columnWidths,
    formats: sheet.formats.map((f) => ({ ...f, property: formatPath(f.property) })),
    pageLayout: { ...sheet.pageLayout },
    freeze: sheet.freeze && { ...sheet.freeze },
    charts: JSON.parse(JSON.stringify(sheet.charts)) as FakeChart[],
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f })),
  };
}

/** A new workbook on the Excel fake; see MockWorkbook. */
export function createMockWorkbook(options: MockWorkbookOptions = {}): MockWorkbook {
  const book = new FakeWorkbook();
  const addSheet = (name: string, rows: Rows = []): void => {
    const sheet = book.addSheet(name, 'setup');
    rows.forEach((row, r) => row.forEach((value, c) => book.write(sheet, r, c, value, 'setup')));
  };
  for (const [name, rows] of Object.entries(options.sheets ?? {})) addSheet(name, rows);
  book.reservedTableNames.push(...(options.tables ?? []));
  book.definedNames.push(...(options.names ?? []));
  book.structureProtected = options.structureProtected ?? false;
  book.dateSystem = options.dateSystem ?? '1900';
  if (options.requestLimitBytes !== undefined) book.requestLimitBytes = options.requestLimitBytes;

  let activated: string | null = null;
  const calls: HostCall[] = [];
  const hooks: CallLogHooks = {
    calls,
    failWhen: options.failWhen,
    applied: (call) => {
      if (call.op === 'activate') activated = book.active;
      if (call.op === 'delete' && !book.find(activated ?? '')) activated = null;
    },
  };
  const record: RunRecord = { syncs: 0, roundTrips: 0, calls: 0, wrote: [] };
  const context = new FakeContext(book, record, hooks);

  return {
    context: context as unknown as Excel.RequestContext,
    calls,
    syncs: () => record.syncs,
    sheetNames: () => book.sheets.map((sheet) => sheet.name),
    sheet: (name) => {
      const sheet = book.findItem(name);
      if (!sheet)
        throw new FakeOfficeError('ItemNotFound', `No sheet ${name} in the workbook`, 'mockWorkbook.sheet');
      return view(sheet);
    },
    addSheet,
    hideRows: (name, rows) => book.hideRows(name, rows),
    activeSheet: () => activated,
    selection: () => book.selection,
  };
}
