/**
 * The diagnostics sheet: formula-like texts, 15-digit numbers, a date, a date the host computes, a blank
 * between two values, a percentage, a row to hide and a 10,000-row block, painted in one paint, its row
 * hidden where the port can, and read back in one read (with the number formats and the hidden rows,
 * where the port reads them), each judged as it reads back.
 */
import { isPercentFormat } from '../../control/printedAmount';
import { readPeriodCell, type Grid } from '../../contract/sheet/cells';
import { sameText } from '../../layout/sameText';
import { TEXT_FORMAT, type PlanBlock, type SheetPlan } from '../../layout/sheetPlan';
import type { DiagnosticId } from '../../i18n/diagnostics';
import { andThen, type MaybePromise } from '../maybePromise';
import { messageOf } from '../messageOf';
import type { FormattedGrid, WorkbookPort } from '../workbookPort';
import { cellAt, describe, isBlank } from './cells';
import { attempt, type Outcome } from './outcome';
import { TALL_ROW } from './rowHeightCheck';
import type { DiagnosticCheck, Texts } from './result';

/**
 * Text a host could take for something else: a formula, or a leading apostrophe it drops as the typing
 * rule does (Excel's prefix character, which its painter doubles; Sheets', undocumented under the text
 * format), or a CR LF it turns into a lone line feed (sameText accepts that one).
 */
const FORMULA_LIKE = ['=1+1', '+1+2', '-1+2', '@SUM(1)', "'=1", "'abc", 'line 1\r\nline 2'];
const DIGITS = [0.123456789012345, 123456789012345];
/** 2026-10-01 as a date serial (days from 1899-12-30): a date cell in Excel and in Sheets. */
export const OCTOBER_FIRST = (Date.UTC(2026, 9, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
/**
 * The same day computed by the host, in its own date system: the painted date above goes through the
 * port's conversion both ways, so it reads back right even where the port misjudged the workbook's system
 * (Excel's 1904 system); this one is converted on the way back only, as an Actuals month header is.
 */
const OCTOBER_FIRST_FORMULA = '=DATE(2026,10,1)';
export const DATE_FORMAT = 'yyyy-mm-dd';
/**
 * How a cell the plan leaves unformatted reads back, once the painter has set it to the host's automatic
 * format: Excel's "General", Google Sheets' "0.###############" (Sheets' painter writes "General" to reset
 * a cell, sheets-addon/planToCalls.ts; Google documents neither).
 */
const AUTOMATIC_FORMATS: readonly string[] = ['General', '0.###############'];
const LARGE_ROWS = 10_000;
/**
 * 20 % as Sheets' Format > Number > Percent and Excel's Percentage style write it: Reconcile refuses a
 * supplier's amount shown as 20 % only where the host reads such a format back.
 */
const PERCENT = 0.2;
const PERCENT_FORMAT = '0.00%';
/**
 * A line of a supplier's invoice the supplier hid: Reconcile reads it as billed and says it is hidden
 * only where the port's read names hidden rows.
 */
const HIDDEN_TEXT = 'hidden row';
/** Rows of the sheet: the small checks, then the large block. */
const ROW = {
  text: 0,
  digits: 1,
  date: 2,
  blank: 3,
  percent: 4,
  dateFormula: 5,
  hidden: 6,
  large: 7,
} as const;
/** A 10,000-row call slower than this would leave a user waiting on every action. */
const SLOW_MS = 30_000;

function largeValue(i: number): string {
  return `row ${i + 1}`;
}

export function diagnosticsPlan(t: Texts): SheetPlan {
  const blocks: PlanBlock[] = [
    {
      row: ROW.text,
      col: 0,
      values: [FORMULA_LIKE],
      numberFormats: [FORMULA_LIKE.map(() => TEXT_FORMAT)],
    },
    { row: ROW.digits, col: 0, values: [DIGITS] },
    { row: ROW.date, col: 0, values: [[OCTOBER_FIRST]], numberFormats: [[DATE_FORMAT]] },
    {
      row: ROW.dateFormula,
      col: 0,
      // Nothing under the formulas: a host that did not compute them reads blank and fails, never passes.
      // The second is in the automatic format, as a user's Actuals header typed =DATE(…) is.
      values: [[null, null]],
      formulas: [[OCTOBER_FIRST_FORMULA, OCTOBER_FIRST_FORMULA]],
      numberFormats: [[DATE_FORMAT, null]],
    },
    { row: ROW.blank, col: 0, values: [[1, null, 3]] },
    { row: ROW.percent, col: 0, values: [[PERCENT]], numberFormats: [[PERCENT_FORMAT]] },
    { row: ROW.hidden, col: 0, values: [[HIDDEN_TEXT]] },
    {
      row: ROW.large,
      col: 0,
      values: Array.from({ length: LARGE_ROWS }, (_, i) => [i + 1, largeValue(i)]),
    },
  ];
  return { name: t.sheetNames.main, blocks, rowHeights: [TALL_ROW] };
}

/**
 * The sheet as read back; `numberFormats` undefined where the port reads values only, `hiddenRows` where
 * its read does not name hidden rows.
 */
export interface MainRead {
  readonly grid: Grid;
  readonly numberFormats?: FormattedGrid['numberFormats'];
  readonly hiddenRows?: readonly number[];
}

/** One read of the sheet, through the read that carries the number formats where the port has one. */
export function readMain(port: WorkbookPort, sheet: string): MaybePromise<MainRead> {
  if (port.readFormattedSheets)
    return andThen(port.readFormattedSheets([sheet], { hiddenRows: true }), ([read]) => ({
      grid: read?.values ?? [],
      numberFormats: read?.numberFormats ?? [],
      ...(read?.hiddenRows ? { hiddenRows: read.hiddenRows } : {}),
    }));
  return andThen(port.readSheets([sheet]), ([grid]) => ({ grid: grid ?? [] }));
}

/** Hides the sheet's hidden-text row before it is read; undefined where the port cannot hide rows. */
export function hideRow(port: WorkbookPort, sheet: string): MaybePromise<Outcome<void>> | undefined {
  const { hideRows } = port;
  return hideRows && attempt(() => hideRows.call(port, sheet, [ROW.hidden]));
}

/**
 * Whether the read named the hidden row, and it alone, and still gave its text (a supplier's hidden line
 * is billed all the same); not checked where the port cannot hide a row or its read names none.
 */
function hiddenCheck(read: MainRead, t: Texts, hidden: Outcome<void> | undefined): DiagnosticCheck {
  const title = t.title.hiddenRow;
  if (hidden === undefined || read.hiddenRows === undefined)
    return { id: 'hiddenRow', status: 'notChecked', title, seen: t.noHiddenRowsWhy };
  if (!hidden.ok) return { id: 'hiddenRow', status: 'failed', title, seen: messageOf(hidden.error) };
  const value = cellAt(read.grid, ROW.hidden, 0);
  const rows = read.hiddenRows;
  const passed = value === HIDDEN_TEXT && rows.length === 1 && rows[0] === ROW.hidden;
  return {
    id: 'hiddenRow',
    status: passed ? 'passed' : 'failed',
    title,
    seen: t.sawHidden(
      describe(value, t),
      rows.map((row) => row + 1),
    ),
  };
}

/** The percentage's format, and that of a 15-digit cell the plan left to the automatic format. */
function percentCheck(read: MainRead, t: Texts): DiagnosticCheck {
  const title = t.title.percentFormat;
  if (read.numberFormats === undefined)
    return { id: 'percentFormat', status: 'notChecked', title, seen: t.noFormatsWhy };
  const quoted = (format: unknown) => (typeof format === 'string' ? JSON.stringify(format) : null);
  const value = cellAt(read.grid, ROW.percent, 0);
  const format = read.numberFormats[ROW.percent]?.[0];
  const automatic = read.numberFormats[ROW.digits]?.[0];
  const passed =
    value === PERCENT &&
    typeof format === 'string' &&
    isPercentFormat(format) &&
    // A port that models no format for such a cell (the in-memory workbook) reads none: automatic too.
    (automatic === null || automatic === undefined || AUTOMATIC_FORMATS.includes(automatic));
  return {
    id: 'percentFormat',
    status: passed ? 'passed' : 'failed',
    title,
    seen: t.list([
      t.sawFormat(describe(value, t), quoted(format)),
      t.sawFormat(describe(cellAt(read.grid, ROW.digits, 0), t), quoted(automatic)),
    ]),
  };
}

/**
 * The checks on the sheet as read back; `paintMs`/`readMs` time the one paint and the one read, `hidden`
 * is how hiding its row went (undefined where the port cannot).
 */
export function judge(
  read: MainRead,
  t: Texts,
  paintMs: number,
  readMs: number,
  hidden?: Outcome<void>,
): DiagnosticCheck[] {
  const { grid } = read;
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
  const computed = [0, 1].map((c) => cellAt(grid, ROW.dateFormula, c));
  const computedMonths = computed.map((value) => readPeriodCell(value));
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
    check(
      'dateFormula',
      computedMonths.every((month) => month === '2026-10'),
      t.list([
        t.underDateFormat(t.sawMonth(describe(computed[0], t), computedMonths[0] ?? t.noMonth)),
        t.underAutomatic(t.sawMonth(describe(computed[1], t), computedMonths[1] ?? t.noMonth)),
      ]),
    ),
    check('blankInRange', isBlank(blank), describe(blank, t)),
    percentCheck(read, t),
    hiddenCheck(read, t, hidden),
    check(
      'largeCall',
      mismatch === undefined && paintMs + readMs < SLOW_MS,
      mismatch === undefined
        ? t.timing(LARGE_ROWS, paintMs, readMs)
        : `${t.rowsDiffer(Math.max(grid.length - ROW.large, 0), mismatch + 1)}; ${t.timing(LARGE_ROWS, paintMs, readMs)}`,
    ),
  ];
}
