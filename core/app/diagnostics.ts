/**
 * The Diagnostics self-test (issue 10): checks, in the user's own host and through the same port the
 * actions use, the host behaviours the product relies on, on one temporary sheet. The port has no way to
 * delete a sheet (only a failed paint removes what it built, before anything can be read back), so the
 * sheet stays, named to say it may be deleted.
 */
import { readPeriodCell, type CellValue, type Grid } from '../contract/sheet/cells';
import { diagnosticsTexts, type DiagnosticId, type DiagnosticNotChecked } from '../i18n/diagnostics';
import { TEXT_FORMAT, type PlanBlock, type SheetPlan } from '../layout/sheetPlan';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/** Within Excel's 31-character limit, so no host shortens it. */
export const DIAGNOSTICS_SHEET = 'Diagnostics (delete me)';

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
  readonly checks: readonly DiagnosticCheck[];
  /** Every check on its own line, to copy and send. */
  readonly report: string;
  readonly message: string;
}

const FORMULA_LIKE = ['=1+1', '+1+2', '-1+2', '@SUM(1)'];
const DIGITS = [0.123456789012345, 123456789012345];
/** 2026-10-01 as a date serial (days from 1899-12-30): a date cell in Excel and in Sheets. */
const OCTOBER_FIRST = (Date.UTC(2026, 9, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
const LARGE_ROWS = 10_000;
/** Rows of the sheet: the small checks, then the large block. */
const ROW = { text: 0, digits: 1, date: 2, blank: 3, large: 5 } as const;
/** A 10,000-row call slower than this would leave a user waiting on every action. */
const SLOW_MS = 30_000;

function largeValue(i: number): string {
  return `row ${i + 1}`;
}

function diagnosticsPlan(): SheetPlan {
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
  return { name: DIAGNOSTICS_SHEET, blocks };
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
      texts.every((value, c) => value === FORMULA_LIKE[c]),
      texts.map((value) => describe(value, t)).join('; '),
    ),
    check(
      'fifteenDigits',
      digits.every((value, c) => value === DIGITS[c]),
      digits.map((value) => describe(value, t)).join('; '),
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

function notChecked(t: Texts): DiagnosticCheck[] {
  return (['blankInRangeArgument', 'omittedOptional'] as const).map((id) => ({
    id,
    status: 'notChecked',
    title: t.title[id],
    seen: t.notCheckedWhy,
  }));
}

function reportOf(checks: readonly DiagnosticCheck[], t: Texts, sheet: string): string {
  const word = { passed: t.passed, failed: t.failed, notChecked: t.notChecked };
  return [
    `${t.reportHeading} (${sheet})`,
    ...checks.map((c) => `${c.id}: ${word[c.status]}. ${c.title}: ${c.seen}`),
  ].join('\n');
}

export interface DiagnosticsOptions {
  /** Milliseconds, for the timing; tests pass a fixed clock. */
  readonly now?: () => number;
}

/** Paints the diagnostics sheet, reads it back and judges each assumption; one paint and one read. */
export function runDiagnostics(
  port: WorkbookPort,
  lang: Lang,
  options: DiagnosticsOptions = {},
): MaybePromise<DiagnosticsResult> {
  const now = options.now ?? Date.now;
  const t = diagnosticsTexts(lang);
  const started = now();
  return andThen(port.paint([{ plan: diagnosticsPlan() }]), ([sheet]) => {
    const painted = now();
    return andThen(port.readSheets([sheet]), ([grid]) => {
      const read = now();
      const checks = [...judge(grid ?? [], t, painted - started, read - painted), ...notChecked(t)];
      const count = (status: DiagnosticCheck['status']) => checks.filter((c) => c.status === status).length;
      return {
        sheet,
        checks,
        report: reportOf(checks, t, sheet),
        message: t.summary(count('passed'), count('failed'), sheet),
      };
    });
  });
}
