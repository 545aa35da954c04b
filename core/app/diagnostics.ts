/**
 * The Diagnostics self-test (issue 10): checks, in the user's own host and through the same port the
 * actions use, the host behaviours the product relies on, on temporary sheets it deletes afterwards
 * (`removePainted`: only the sheets this run painted). A sheet the host would not delete stays, named to
 * say it may be deleted, and the message asks the user to. Painting activates the new sheet and deleting
 * it activates another, so the run ends by giving the user back the sheet they were on (its selection
 * with it, as both hosts keep one per sheet), and checks that it did.
 */
import { readPeriodCell, type CellValue, type Grid } from '../contract/sheet/cells';
import { diagnosticsTexts, type DiagnosticId, type DiagnosticNotChecked } from '../i18n/diagnostics';
import { TEXT_FORMAT, type PlanBlock, type SheetPlan } from '../layout/sheetPlan';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort, WorkbookSheets } from './workbookPort';

/**
 * What the test fakes (test/fakes/excel, test/fakes/appsScript) assume of the real hosts, each with the
 * check of this self-test that proves it in the user's host, or says it cannot (`notChecked`). A fake
 * behaviour added without a line here is an assumption nobody checks.
 */
export const HOST_ASSUMPTIONS: readonly {
  readonly host: 'Excel' | 'Sheets';
  readonly assumption: string;
  readonly check: DiagnosticId | DiagnosticNotChecked;
}[] = [
  {
    host: 'Excel',
    assumption:
      'a cell formatted "@" before its value is written keeps =… as text (Excel without ExcelApi 1.16)',
    check: 'textStaysText',
  },
  {
    host: 'Excel',
    assumption: 'a { type: "String" } value written through range.valuesAsJson (ExcelApi 1.16) stays text',
    check: 'textStaysText',
  },
  {
    host: 'Sheets',
    // Google documents only that setValue reads a string beginning with "=" as a formula; every paint
    // also reads its text cells back (sheets-addon/painter.ts checkTexts).
    assumption:
      'setNumberFormats("@") before setValues keeps =…, +…, -… and @… as text, read back by getValues',
    check: 'textStaysText',
  },
  {
    host: 'Sheets',
    // Google's Range reference documents neither; typed without the text format, an apostrophe marks what
    // follows as text and is not kept (the fake does both: test/fakes/appsScript/cellValues.ts).
    assumption:
      'under setNumberFormats("@"), setValues keeps a leading apostrophe (\'=1, \'abc) and a CR LF inside a text as written, read back by getValues (undocumented)',
    check: 'textStaysText',
  },
  {
    host: 'Excel',
    // Documented for typing, not for Office.js: Excel's VBA reference (Range.PrefixCharacter) makes a
    // leading apostrophe the cell's prefix, no part of its value, and office-js #6687 reads a typed '=…
    // back without it. test/fakes/excel drops it so; excel-addin/cellMatrices.ts writes one more.
    assumption:
      "a leading apostrophe written through range.formulas is the cell's prefix character, under the text format too: ''abc reads back as 'abc (the painter's way), a user's '0042 or '=1 as 0042 or =1 (undocumented for Office.js)",
    check: 'textStaysText',
  },
  {
    host: 'Excel',
    // Excel's own line break in a cell is the line feed (CHAR(10), Alt+Enter); the check passes either.
    assumption:
      'a CR LF inside a text reads back as written or as a lone line feed, the same two lines (undocumented)',
    check: 'textStaysText',
  },
  {
    host: 'Sheets',
    assumption:
      'google.script.run carries plain objects, arrays and primitives unchanged both ways (it refuses a Date or a function sent, and answers null for one returned; the add-on sends and returns none), at the sizes the add-on sends: Google documents no limit; this check sends 0.18 MB, a year of Invoice a range about 0.06 MB, a 5,000-line invoice under 1 MB',
    check: 'largeCall',
  },
  {
    host: 'Sheets',
    assumption:
      'LockService.getDocumentLock() in an add-on call needs no OAuth scope, and tryLock takes it when no other paint holds it',
    check: 'largeCall',
  },
  {
    host: 'Excel',
    assumption:
      'a 10,000-row sheet (0.2 MB) is one request and one answer; requests and answers over 5 MB are refused ' +
      '(Microsoft documents it for the web; the painter splits past 4 MB, the reader slices a refused answer)',
    check: 'largeCall',
  },
  { host: 'Excel', assumption: 'a date cell reads back as its serial number', check: 'dateMonth' },
  {
    host: 'Sheets',
    assumption:
      'a date cell, a Date written or a number painted in a date format, reads back (getValues) as a Date at midnight in the spreadsheet time zone',
    check: 'dateMonth',
  },
  {
    host: 'Sheets',
    // test/fakes/appsScript/customFunctionArgument.ts makes the arguments this way, for the fake's
    // formulas calling the loaded Code.js too (formula.ts).
    assumption:
      'a custom function receives a single cell as its value and a range as the 2-D array getValues gives (a blank "", a date cell a Date, a percentage its fraction); A2:A reaches the last row of the sheet, its empty rows as ""',
    check: 'blankInRangeArgument',
  },
  {
    host: 'Sheets',
    // Not in Google's guide; read as the error value it stands for (sheets-addon/customFunctions.ts).
    assumption: 'a custom function receives a cell holding an error as its code in text ("#N/A", "#DIV/0!")',
    check: 'blankInRangeArgument',
  },
  {
    host: 'Sheets',
    assumption: 'an omitted argument of a custom function arrives as undefined, a skipped one as ""',
    check: 'omittedOptional',
  },
  {
    host: 'Sheets',
    // Google's guide says only that a custom function's cell shows "Loading..." while it runs.
    assumption:
      'getValues reads a custom function\'s cell as "Loading..." until it is computed, then as its result (an array result spills from its cell)',
    check: 'blankInRangeArgument',
  },
  {
    host: 'Excel',
    // test/excel/blankCells.test.ts, and the Excel fake's formulas (test/excel/bundleFunctions.ts), call
    // the built functions.js this way.
    assumption:
      'a custom function receives every argument as a matrix ([[v]] for one cell), an empty cell of a range as null on the web and 0 on Windows and Mac (office-js #4702), a cell holding an error as a CustomFunctions.Error (allowErrorForDataTypeAny)',
    check: 'blankInRangeArgument',
  },
  {
    host: 'Excel',
    assumption:
      'an omitted or skipped optional argument arrives as null, and the invocation object always comes last',
    check: 'omittedOptional',
  },
  {
    host: 'Excel',
    assumption:
      'range.values reads a custom function\'s cell as "#BUSY!" until it is computed, then as its result (an array result spills from its cell)',
    check: 'blankInRangeArgument',
  },
  { host: 'Excel', assumption: 'an empty cell of a painted range reads back as ""', check: 'blankInRange' },
  { host: 'Sheets', assumption: 'an empty cell of a painted range reads back as ""', check: 'blankInRange' },
  {
    host: 'Excel',
    assumption: 'charts.add, series.add, setValues and setXAxisValues (ExcelApi 1.7) accept one column each',
    check: 'chartAndHighlight',
  },
  {
    host: 'Excel',
    assumption: 'a CellValue conditional format takes formula1 ="text" with EqualTo (ExcelApi 1.6)',
    check: 'chartAndHighlight',
  },
  {
    host: 'Sheets',
    assumption: 'newChart().addRange per column, setPosition, setOption and insertChart build a chart',
    check: 'chartAndHighlight',
  },
  {
    host: 'Sheets',
    assumption: 'whenTextEqualTo rules appended with setConditionalFormatRules apply',
    check: 'chartAndHighlight',
  },
  {
    host: 'Excel',
    assumption: 'series named by series.name and categories by setXAxisValues show as set',
    check: 'chartLooks',
  },
  {
    host: 'Sheets',
    assumption:
      'the first range is the domain, series.N.labelInLegend names a series, vAxes.0.title titles the vertical axis',
    check: 'chartLooks',
  },
  {
    host: 'Excel',
    assumption: 'COUNTIF(range, "text") counts the cells equal to the text, ignoring case',
    check: 'chartAndHighlight',
  },
  {
    host: 'Sheets',
    assumption: 'COUNTIF(range, "text") counts the cells equal to the text, ignoring case',
    check: 'chartAndHighlight',
  },
  {
    host: 'Sheets',
    assumption:
      'insertSheet makes a sheet of 1,000 rows × 26 columns, which insertRowsAfter and insertColumnsAfter grow to the plan',
    check: 'largeCall',
  },
  {
    host: 'Sheets',
    assumption:
      'applyRowBanding bands a table, and requireValueInList(list, true) with setAllowInvalid(false) gives a drop-down that refuses other values',
    check: 'contractSheetLooks',
  },
  {
    host: 'Sheets',
    assumption:
      'developer metadata added to a sheet stays with it, renamed or moved, and createDeveloperMetadataFinder().withKey(key).find() finds it with its sheet',
    check: 'contractSheetLooks',
  },
  {
    host: 'Excel',
    // Office.js documents the source as comma-separated, without a word on locales whose separator is ";".
    assumption:
      'a list validation whose source is "a,b,c" offers a, b and c in a French Excel too, whose formulas separate arguments with ";"',
    check: 'contractSheetLooks',
  },
  {
    host: 'Excel',
    assumption: 'worksheets.getItem(id).delete() removes the sheet a paint created, found by its id',
    check: 'sheetsDeleted',
  },
  {
    host: 'Sheets',
    assumption: 'getSheetId() stays with a sheet, and deleteSheet removes it',
    check: 'sheetsDeleted',
  },
  {
    host: 'Excel',
    assumption:
      "worksheets.add puts a sheet last, deleting the active sheet activates the one before it, and worksheet.activate() shows a sheet with the selection Excel kept for it (one per sheet; getSelectedRange reads the active sheet's)",
    check: 'userSheetBack',
  },
  {
    host: 'Sheets',
    assumption:
      'insertSheet puts the new sheet after the active one and activates it, deleting the active sheet activates the one before it, and setActiveSheet(sheet, true) selects again its most recent selection (getActiveRange)',
    check: 'userSheetBack',
  },
  {
    host: 'Excel',
    assumption:
      'charts.add("XYScatterLines") takes setXAxisValues as its x values and titles them on categoryAxis',
    check: 'chartAndHighlight',
  },
  {
    host: 'Excel',
    assumption:
      'an XYScatterLines chart puts each point at its x value, not at equal steps, and categoryAxis.minimum and .maximum bound its x axis',
    check: 'chartLooks',
  },
  {
    host: 'Sheets',
    assumption:
      'a SCATTER chart reads its first range as numeric x values, puts each point at its value, joins them with lines of lineWidth, and hAxis.viewWindow bounds its x axis',
    check: 'chartLooks',
  },
];

export interface DiagnosticCheck {
  readonly id: DiagnosticId | DiagnosticNotChecked;
  readonly status: 'passed' | 'failed' | 'notChecked';
  /** What the check is, in the user's language. */
  readonly title: string;
  /** What the host gave back (or why it was not checked), in the user's language. */
  readonly seen: string;
}

export interface DiagnosticsResult {
  /** The sheet the checks were painted on. */
  readonly sheet: string;
  /** Whether every temporary sheet was deleted afterwards (runDiagnostics always says). */
  readonly removed?: boolean;
  readonly checks: readonly DiagnosticCheck[];
  /** Every check on its own line, to copy and send. */
  readonly report: string;
  readonly message: string;
}

/**
 * Text a host could take for something else: a formula, or a leading apostrophe it drops as the typing
 * rule does (Excel's prefix character, which its painter doubles; Sheets', undocumented under the text
 * format), or a CR LF it turns into a lone line feed (sameText accepts that one).
 */
const FORMULA_LIKE = ['=1+1', '+1+2', '-1+2', '@SUM(1)', "'=1", "'abc", 'line 1\r\nline 2'];
const DIGITS = [0.123456789012345, 123456789012345];
/** 2026-10-01 as a date serial (days from 1899-12-30): a date cell in Excel and in Sheets. */
const OCTOBER_FIRST = (Date.UTC(2026, 9, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LARGE_ROWS = 10_000;
/** Rows of the sheet: the small checks, then the large block. */
const ROW = { text: 0, digits: 1, date: 2, blank: 3, large: 5 } as const;
/** A 10,000-row call slower than this would leave a user waiting on every action. */
const SLOW_MS = 30_000;
/**
 * The calls sheet: an empty A1 beside a 3, an ACHIEVEMENT over them whose first element tells how the empty
 * cell arrived (blank: an empty result; 0: 0 ÷ 1 = 0), and two calls whose optional arguments are left to
 * their defaults, omitted (HYBRIDFEE's score_cap, 1: 25,000 where 0 would give 20,000) and skipped with
 * `,,` (KPISCORE's stretch and stretch_score: 0.75, FUNCTIONS.md's golden vector).
 */
const CALLS = [
  { row: 1, name: 'ACHIEVEMENT', args: 'A1:B1,1', expected: '' },
  { row: 2, name: 'HYBRIDFEE', args: '20000,5000,1.25', expected: 25_000 },
  { row: 3, name: 'KPISCORE', args: '330,360,300,"lower",,,0.5', expected: 0.75 },
] as const;
/** What a host reads from a custom function's cell while it computes: Excel's #BUSY!, Sheets' Loading.... */
const PENDING: readonly CellValue[] = ['#BUSY!', 'Loading...'];
/** At most this many reads of the calls sheet, `CALL_WAIT_MS` apart: a few seconds, a bounded host cost. */
const CALL_READS = 8;
const CALL_WAIT_MS = 500;

function largeValue(i: number): string {
  return `row ${i + 1}`;
}

function diagnosticsPlan(t: Texts): SheetPlan {
  const blocks: PlanBlock[] = [
    {
      row: ROW.text,
      col: 0,
      values: [FORMULA_LIKE],
      numberFormats: [FORMULA_LIKE.map(() => TEXT_FORMAT)],
    },
    { row: ROW.digits, col: 0, values: [DIGITS] },
    { row: ROW.date, col: 0, values: [[OCTOBER_FIRST]], numberFormats: [['yyyy-mm-dd']] },
    { row: ROW.blank, col: 0, values: [[1, null, 3]] },
    {
      row: ROW.large,
      col: 0,
      values: Array.from({ length: LARGE_ROWS }, (_, i) => [i + 1, largeValue(i)]),
    },
  ];
  return { name: t.sheetNames.main, blocks };
}

/**
 * Whether a cell reads back as the text painted: as written, or with its CR LFs as lone line feeds, the
 * same lines (Excel's line break in a cell is the line feed), so a host that stores them so fails nothing.
 */
function sameText(value: CellValue, painted: string): boolean {
  return value === painted || value === painted.replace(/\r\n/g, '\n');
}

function cellAt(grid: Grid, row: number, col: number): CellValue {
  return grid[row]?.[col];
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || value === '';
}

function day(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

type Texts = ReturnType<typeof diagnosticsTexts>;

/** A cell as the report shows it: its kind and its value. */
function describe(value: CellValue, t: Texts): string {
  if (isBlank(value)) return t.sawBlank;
  if (typeof value === 'string') return t.sawText(JSON.stringify(value));
  if (typeof value === 'number') return t.sawNumber(String(value));
  if (value instanceof Date) return t.sawDate(day(value));
  return t.sawOther(JSON.stringify(value));
}

/** The checks on the sheet as read back; `paintMs`/`readMs` time the one paint and the one read. */
function judge(grid: Grid, t: Texts, paintMs: number, readMs: number): DiagnosticCheck[] {
  const check = (id: DiagnosticId, passed: boolean, seen: string): DiagnosticCheck => ({
    id,
    status: passed ? 'passed' : 'failed',
    title: t.title[id],
    seen,
  });
  const texts = FORMULA_LIKE.map((_, c) => cellAt(grid, ROW.text, c));
  const digits = DIGITS.map((_, c) => cellAt(grid, ROW.digits, c));
  const date = cellAt(grid, ROW.date, 0);
  const month = readPeriodCell(date);
  const blank = cellAt(grid, ROW.blank, 1);
  const mismatch = Array.from({ length: LARGE_ROWS }, (_, i) => i).find(
    (i) => cellAt(grid, ROW.large + i, 0) !== i + 1 || cellAt(grid, ROW.large + i, 1) !== largeValue(i),
  );
  return [
    check(
      'textStaysText',
      texts.every((value, c) => sameText(value, FORMULA_LIKE[c]!)),
      t.list(texts.map((value) => describe(value, t))),
    ),
    check(
      'fifteenDigits',
      digits.every((value, c) => value === DIGITS[c]),
      t.list(digits.map((value) => describe(value, t))),
    ),
    check('dateMonth', month === '2026-10', t.sawMonth(describe(date, t), month ?? t.noMonth)),
    check('blankInRange', isBlank(blank), describe(blank, t)),
    check(
      'largeCall',
      mismatch === undefined && paintMs + readMs < SLOW_MS,
      mismatch === undefined
        ? t.timing(LARGE_ROWS, paintMs, readMs)
        : `${t.rowsDiffer(Math.max(grid.length - ROW.large, 0), mismatch + 1)}; ${t.timing(LARGE_ROWS, paintMs, readMs)}`,
    ),
  ];
}

/**
 * A tiny table with a native line chart, an XY line chart (the fee curve's), a met/missed highlight and a
 * COUNTIF of "missed" (the performance review counts misses so); the COUNTIF's value is what the host
 * computes, 1.
 */
function chartPlan(t: Texts): SheetPlan {
  const column = (col: number) => ({ row: 1, col, rows: 2, cols: 1 });
  return {
    name: t.sheetNames.chart,
    blocks: [
      {
        row: 0,
        col: 0,
        values: [
          ['Status', 'Value', 'Misses'],
          ['met', 1, 1],
          ['missed', 2, null],
        ],
        formulas: [
          [null, null, null],
          [null, null, '=COUNTIF(A2:A3,"missed")'],
          [null, null, null],
        ],
        numberFormats: [
          [TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
          [TEXT_FORMAT, null, null],
          [TEXT_FORMAT, null, null],
        ],
      },
    ],
    conditionalFormats: [{ ...column(0), equals: 'met', fill: '#e6f4ea', color: '#137333' }],
    charts: [
      {
        kind: 'line',
        title: 'Diagnostics',
        categories: column(0),
        series: [{ name: 'Value', values: column(1) }],
        anchor: { row: 0, col: 3 },
        xTitle: 'Status',
        yTitle: 'Value',
      },
      {
        kind: 'xyLines',
        title: 'Diagnostics XY',
        categories: column(1),
        series: [{ name: 'Value', values: column(1) }],
        anchor: { row: 16, col: 3 },
        xTitle: 'Value',
      },
    ],
  };
}

function notChecked(t: Texts): DiagnosticCheck[] {
  const why = {
    chartLooks: t.chartLooksWhy,
    contractSheetLooks: t.contractSheetLooksWhy,
  };
  return (Object.keys(why) as (keyof typeof why)[]).map((id) => ({
    id,
    status: 'notChecked',
    title: t.title[id],
    seen: why[id],
  }));
}

type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** `run()`'s value or its failure, thrown or rejected, as data; keeps the port's sync or async nature. */
function attempt<T>(run: () => MaybePromise<T>): MaybePromise<Outcome<T>> {
  let result: MaybePromise<T>;
  try {
    result = run();
  } catch (error) {
    return { ok: false, error };
  }
  if (typeof (result as Promise<T>)?.then === 'function')
    return (result as Promise<T>).then(
      (value): Outcome<T> => ({ ok: true, value }),
      (error: unknown): Outcome<T> => ({ ok: false, error }),
    );
  return { ok: true, value: result as T };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Deletes the painted sheets one after the other; the messages of those that would not go. */
function removeAll(port: WorkbookPort, sheets: readonly string[]): MaybePromise<string[]> {
  if (sheets.length === 0) return [];
  return andThen(
    attempt(() => port.removePainted(sheets[0]!)),
    (first) =>
      andThen(removeAll(port, sheets.slice(1)), (rest) =>
        first.ok ? rest : [messageOf(first.error), ...rest],
      ),
  );
}

/** Where the user was before the checks: the active sheet, and the selection when the host gave one. */
interface UserPlace {
  readonly sheet: string | null;
  readonly selection: Outcome<string>;
}

function userPlace(port: WorkbookPort): MaybePromise<UserPlace> {
  return andThen(port.sheets(), (listed) =>
    andThen(
      attempt(() => port.selectedRange()),
      (selection): UserPlace => ({ sheet: listed.active, selection }),
    ),
  );
}

const DONE: Outcome<void> = { ok: true, value: undefined };

/** Whether the user is back where they were: the sheet, then (when it was read) the selection. */
function backCheck(
  t: Texts,
  place: UserPlace,
  restored: Outcome<void>,
  listed: Outcome<WorkbookSheets>,
  selection: Outcome<string>,
): DiagnosticCheck {
  const check = (status: DiagnosticCheck['status'], seen: string): DiagnosticCheck => ({
    id: 'userSheetBack',
    status,
    title: t.title.userSheetBack,
    seen,
  });
  if (place.sheet === null) return check('notChecked', t.noActiveSheet);
  if (!restored.ok) return check('failed', messageOf(restored.error));
  if (!listed.ok) return check('failed', messageOf(listed.error));
  const now = listed.value.active;
  if (now !== place.sheet) return check('failed', t.sawOnOther(now ?? '', place.sheet));
  if (!place.selection.ok) return check('passed', t.sawBackOn(place.sheet, null));
  if (!selection.ok) return check('failed', messageOf(selection.error));
  return selection.value === place.selection.value
    ? check('passed', t.sawBackOn(place.sheet, selection.value))
    : check('failed', t.sawSelectionOther(selection.value, place.selection.value));
}

/**
 * Deletes the temporary sheets, activates the sheet the user was on, then lists the workbook (and reads the
 * selection): the deletion passes when none of them is left, the return when the user is where they were.
 */
function cleanupChecks(
  port: WorkbookPort,
  t: Texts,
  sheets: readonly string[],
  place: UserPlace,
): MaybePromise<DiagnosticCheck[]> {
  const userSheet = place.sheet;
  return andThen(removeAll(port, sheets), (refusals) =>
    andThen(userSheet === null ? DONE : attempt(() => port.select(userSheet)), (restored) =>
      andThen(
        attempt(() => port.sheets()),
        (listed) =>
          andThen(
            place.selection.ok ? attempt(() => port.selectedRange()) : place.selection,
            (selection): DiagnosticCheck[] => {
              const left = listed.ok
                ? sheets.filter((s) => listed.value.sheets.some((info) => info.name === s))
                : [...sheets];
              const still = t.sawStillThere(left.map((s) => `"${s}"`).join(', '));
              const deleted: DiagnosticCheck = {
                id: 'sheetsDeleted',
                status: left.length === 0 ? 'passed' : 'failed',
                title: t.title.sheetsDeleted,
                seen: left.length === 0 ? t.sawDeleted : t.list([still, ...refusals]),
              };
              return [deleted, backCheck(t, place, restored, listed, selection)];
            },
          ),
      ),
    ),
  );
}

/** Paints the chart sheet and reads it back: the check, and the sheet to delete if it was made. */
function chartCheck(port: WorkbookPort, t: Texts): MaybePromise<{ check: DiagnosticCheck; sheet?: string }> {
  const check = (passed: boolean, seen: string): DiagnosticCheck => ({
    id: 'chartAndHighlight',
    status: passed ? 'passed' : 'failed',
    title: t.title.chartAndHighlight,
    seen,
  });
  return andThen(
    attempt(() => port.paint([{ plan: chartPlan(t) }])),
    (painted): MaybePromise<{ check: DiagnosticCheck; sheet?: string }> => {
      if (!painted.ok) return { check: check(false, messageOf(painted.error)) };
      const sheet = painted.value[0]!;
      return andThen(
        attempt(() => port.readSheets([sheet])),
        (read) => {
          const grid = read.ok ? (read.value[0] ?? []) : [];
          const misses = cellAt(grid, 1, 2);
          const same = cellAt(grid, 1, 0) === 'met' && cellAt(grid, 2, 1) === 2 && misses === 1;
          const seen = read.ok
            ? same
              ? t.sawPainted
              : t.list([cellAt(grid, 1, 0), misses].map((value) => describe(value, t)))
            : messageOf(read.error);
          return { check: check(same, seen), sheet };
        },
      );
    },
  );
}

function callsPlan(prefix: string, t: Texts): SheetPlan {
  const formulas: (string | null)[][] = [[null, null]];
  // Under each formula, the value a faithful host shows: what planToGrid gives a host without formulas.
  const values: (string | number | null)[][] = [[null, 3]];
  for (const call of CALLS) {
    formulas.push([callFormula(prefix, call), null]);
    values.push([call.expected === '' ? null : call.expected, null]);
  }
  return { name: t.sheetNames.calls, blocks: [{ row: 0, col: 0, values, formulas }] };
}

function callFormula(prefix: string, call: (typeof CALLS)[number]): string {
  return `=${prefix}${call.name}(${call.args})`;
}

const isPending = (value: CellValue): boolean => PENDING.includes(value);

type Wait = (ms: number) => MaybePromise<void>;

/**
 * Reads the calls sheet until no call is pending or `CALL_READS` reads were made: the host computes custom
 * functions after the paint has returned (Excel asynchronously, Sheets on its servers).
 */
function readComputed(
  port: WorkbookPort,
  sheet: string,
  wait: Wait,
  reads = 1,
): MaybePromise<Outcome<{ grid: Grid; reads: number }>> {
  return andThen(
    attempt(() => port.readSheets([sheet])),
    (read): MaybePromise<Outcome<{ grid: Grid; reads: number }>> => {
      if (!read.ok) return read;
      const grid = read.value[0] ?? [];
      if (reads >= CALL_READS || !CALLS.some((call) => isPending(cellAt(grid, call.row, 0))))
        return { ok: true, value: { grid, reads } };
      return andThen(wait(CALL_WAIT_MS), () => readComputed(port, sheet, wait, reads + 1));
    },
  );
}

/** The two argument checks on the calls sheet as computed, or why they could not be made. */
function judgeCalls(
  t: Texts,
  prefix: string,
  computed: Outcome<{ grid: Grid; reads: number }>,
): DiagnosticCheck[] {
  const check = (
    id: 'blankInRangeArgument' | 'omittedOptional',
    status: DiagnosticCheck['status'],
    seen: string,
  ): DiagnosticCheck => ({ id, status, title: t.title[id], seen });
  if (!computed.ok) {
    const why = messageOf(computed.error);
    return [check('blankInRangeArgument', 'failed', why), check('omittedOptional', 'failed', why)];
  }
  const { grid, reads } = computed.value;
  const results = CALLS.map((call) => ({
    call,
    formula: callFormula(prefix, call),
    value: cellAt(grid, call.row, 0),
  }));
  const late = (group: typeof results) => group.filter((r) => isPending(r.value));
  const waited = (reads - 1) * CALL_WAIT_MS;
  const pendingSeen = (group: typeof results) =>
    t.list(late(group).map((r) => t.notComputed(r.formula, describe(r.value, t), reads, waited)));
  const [blank, ...defaults] = results;
  const unknown = results.find((r) => r.value === '#NAME?');
  if (unknown) {
    const why = t.notRegistered(unknown.formula);
    return [check('blankInRangeArgument', 'failed', why), check('omittedOptional', 'failed', why)];
  }
  const blankCheck = late([blank!]).length
    ? check('blankInRangeArgument', 'notChecked', pendingSeen([blank!]))
    : isBlank(blank!.value)
      ? check('blankInRangeArgument', 'passed', t.blankArrivedEmpty(blank!.formula))
      : blank!.value === 0
        ? check('blankInRangeArgument', 'failed', t.blankArrivedZero(blank!.formula))
        : check(
            'blankInRangeArgument',
            'failed',
            t.blankArrivedOther(blank!.formula, describe(blank!.value, t)),
          );
  const defaultsCheck = late(defaults).length
    ? check('omittedOptional', 'notChecked', pendingSeen(defaults))
    : check(
        'omittedOptional',
        defaults.every((r) => r.value === r.call.expected) ? 'passed' : 'failed',
        t.list(
          defaults.map((r) => t.gaveDefault(r.formula, describe(r.value, t), describe(r.call.expected, t))),
        ),
      );
  return [blankCheck, defaultsCheck];
}

/** Paints the calls sheet and reads it until computed: the two checks, and the sheet to delete if made. */
function callsCheck(
  port: WorkbookPort,
  t: Texts,
  wait: Wait,
): MaybePromise<{ checks: DiagnosticCheck[]; sheet?: string }> {
  const prefix = port.cellFunctionPrefix;
  if (prefix === undefined)
    return {
      checks: (['blankInRangeArgument', 'omittedOptional'] as const).map((id) => ({
        id,
        status: 'notChecked',
        title: t.title[id],
        seen: t.noFunctionsWhy,
      })),
    };
  return andThen(
    attempt(() => port.paint([{ plan: callsPlan(prefix, t) }])),
    (painted): MaybePromise<{ checks: DiagnosticCheck[]; sheet?: string }> => {
      if (!painted.ok) return { checks: judgeCalls(t, prefix, painted) };
      const sheet = painted.value[0]!;
      return andThen(readComputed(port, sheet, wait), (computed) => ({
        checks: judgeCalls(t, prefix, computed),
        sheet,
      }));
    },
  );
}

function reportOf(checks: readonly DiagnosticCheck[], t: Texts, sheet: string): string {
  const word = { passed: t.passed, failed: t.failed, notChecked: t.notChecked };
  return [
    `${t.reportHeading} (${sheet})`,
    ...checks.map((c) => t.reportLine(c.id, word[c.status], c.title, c.seen)),
  ].join('\n');
}

export interface DiagnosticsOptions {
  /** Milliseconds, for the timing; tests pass a fixed clock. */
  readonly now?: () => number;
  /** Waits between two reads of the calls sheet while the host computes them; tests pass one that does not. */
  readonly wait?: (ms: number) => MaybePromise<void>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Notes where the user is; paints the diagnostics sheet, reads it back and judges each assumption; then
 * paints and reads the chart sheet, paints the calls sheet and reads it until its formulas are computed
 * (at most CALL_READS reads), deletes the three, gives the user back their sheet and lists the sheets to
 * see them gone and the user back. One listing and one selection read before, three paints, two reads
 * and one to CALL_READS more, three deletions, one activation, one listing and one selection read after,
 * whatever the host.
 */
export function runDiagnostics(
  port: WorkbookPort,
  lang: Lang,
  options: DiagnosticsOptions = {},
): MaybePromise<DiagnosticsResult> {
  const now = options.now ?? Date.now;
  const wait = options.wait ?? sleep;
  const t = diagnosticsTexts(lang);
  return andThen(userPlace(port), (place) => {
    const started = now();
    return andThen(port.paint([{ plan: diagnosticsPlan(t) }]), ([sheet]) => {
      const painted = now();
      return andThen(port.readSheets([sheet]), ([grid]) => {
        const read = now();
        const judged = judge(grid ?? [], t, painted - started, read - painted);
        return andThen(chartCheck(port, t), (chart) =>
          andThen(callsCheck(port, t, wait), (calls) =>
            andThen(
              cleanupChecks(
                port,
                t,
                [sheet, chart.sheet, calls.sheet].filter((s): s is string => s !== undefined),
                place,
              ),
              ([cleanup, back]) => {
                const removed = cleanup!.status === 'passed';
                const checks = [...judged, chart.check, ...calls.checks, cleanup!, back!, ...notChecked(t)];
                const count = (status: DiagnosticCheck['status']) =>
                  checks.filter((c) => c.status === status).length;
                return {
                  sheet,
                  removed,
                  checks,
                  report: reportOf(checks, t, sheet),
                  message: t.summary(count('passed'), count('failed'), sheet, removed),
                };
              },
            ),
          ),
        );
      });
    });
  });
}
