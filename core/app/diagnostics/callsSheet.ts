import type { CellValue, Grid } from '../../contract/sheet/cells';
import type { SheetPlan } from '../../layout/sheetPlan';
import type { WorkbookPort } from '../workbookPort';
import { andThen, type MaybePromise } from '../maybePromise';
import { cellAt, describe, isBlank } from './cells';
import { ERROR_CALL, ERROR_SOURCE, errorArgumentCheck } from './errorArgument';
import { attempt, type Outcome } from './outcome';
import { ROUNDING_FORMULAS, roundingCheck } from './roundingFormulas';
import { leftBehind } from './cleanup';
import { failureText } from './failureText';
import type { DiagnosticCheck, Painted, Texts } from './result';

/**
 * The calls sheet: an empty A1 beside a 3, an ACHIEVEMENT over them whose first element tells how the empty
 * cell arrived (blank: an empty result; 0: 0 ÷ 1 = 0), and two calls whose optional arguments are left to
 * their defaults, omitted (HYBRIDFEE's score_cap, 1: 25,000 where 0 would give 20,000) and skipped with
 * `,,` (KPISCORE's stretch and stretch_score: 0.75, FUNCTIONS.md's golden vector); then a call over
 * 10,000 rows (LARGE), one over an error cell (errorArgument.ts) and the host's own ROUND and ROUNDDOWN
 * (roundingFormulas.ts), all read in the same reads.
 */
const CALLS = [
  { row: 1, name: 'ACHIEVEMENT', args: 'A1:B1,1', expected: '' },
  { row: 2, name: 'HYBRIDFEE', args: '20000,5000,1.25', expected: 25_000 },
  { row: 3, name: 'KPISCORE', args: '330,360,300,"lower",,,0.5', expected: 0.75 },
] as const;
/**
 * A call over 10,000 rows, as a user's column call is (Apps Script gives one custom-function call 30 s; the
 * tests time the built functions on this machine only): SCORECARD(D1:D10000, D1:D10000) over 1…10,000 is
 * Σ i² ÷ Σ i = (2 × 10,000 + 1) ÷ 3 = 6,667 exactly, and a host that passed fewer rows gives another number.
 */
const LARGE_ROWS = 10_000;
const LARGE = {
  row: CALLS.length + 1,
  name: 'SCORECARD',
  args: `D1:D${LARGE_ROWS},D1:D${LARGE_ROWS}`,
  expected: (2 * LARGE_ROWS + 1) / 3,
} as const;
/** Google's limit on one custom-function call; the time shown is the paint's and the reads' too. */
const CALL_LIMIT_MS = 30_000;
/** What a host reads from a custom function's cell while it computes: Excel's #BUSY!, Sheets' Loading.... */
const PENDING: readonly CellValue[] = ['#BUSY!', 'Loading...'];
/** At most this many reads of the calls sheet, `CALL_WAIT_MS` apart: a few seconds, a bounded host cost. */
const CALL_READS = 8;
const CALL_WAIT_MS = 500;

function callsPlan(prefix: string, t: Texts): SheetPlan {
  const formulas: (string | null)[][] = [[null, null]];
  // Under each formula, the value a faithful host shows: what planToGrid gives a host without formulas.
  const values: (string | number | null)[][] = [[null, 3]];
  for (const call of [...CALLS, LARGE]) {
    formulas.push([callFormula(prefix, call), null]);
    values.push([call.expected === '' ? null : call.expected, null]);
  }
  // Nothing under the error cell and its call: a host that computes neither shows them blank, not checked.
  formulas.push([ERROR_SOURCE.formula, null], [callFormula(prefix, ERROR_CALL), null]);
  values.push([null, 3], [null, null]);
  // The host's own rounding functions, as an invoice's VAT formula calls them: nothing under them either.
  for (const { formula } of ROUNDING_FORMULAS) {
    formulas.push([formula, null]);
    values.push([null, null]);
  }
  const large = Array.from({ length: LARGE_ROWS }, (_, i) => [i + 1]);
  return {
    name: t.sheetNames.calls,
    blocks: [
      { row: 0, col: 0, values, formulas },
      { row: 0, col: 3, values: large },
    ],
  };
}

function callFormula(
  prefix: string,
  call: (typeof CALLS)[number] | typeof LARGE | typeof ERROR_CALL,
): string {
  return `=${prefix}${call.name}(${call.args})`;
}

const isPending = (value: CellValue): boolean => PENDING.includes(value);

type Wait = (ms: number) => MaybePromise<void>;

/** The calls sheet's checks with one status and one reason: what leaves none of them judged on its own. */
function bothChecks(t: Texts, status: DiagnosticCheck['status'], seen: string): DiagnosticCheck[] {
  const ids = [
    'blankInRangeArgument',
    'omittedOptional',
    'largeFunctionCall',
    'errorInRangeArgument',
    'roundingFormula',
  ] as const;
  return ids.map((id) => ({
    id,
    status,
    title: t.title[id],
    seen,
  }));
}

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
      const calls = [...CALLS, LARGE, ERROR_CALL];
      if (reads >= CALL_READS || !calls.some((call) => isPending(cellAt(grid, call.row, 0))))
        return { ok: true, value: { grid, reads } };
      return andThen(wait(CALL_WAIT_MS), () => readComputed(port, sheet, wait, reads + 1));
    },
  );
}

/**
 * The 10,000-row call as computed: its result, and the time from the paint to the read that saw it (an
 * upper bound of the call's own time, since the reads wait for it).
 */
function largeCheck(t: Texts, prefix: string, grid: Grid, reads: number, ms: number): DiagnosticCheck {
  const formula = callFormula(prefix, LARGE);
  const value = cellAt(grid, LARGE.row, 0);
  const title = t.title.largeFunctionCall;
  if (isPending(value))
    return {
      id: 'largeFunctionCall',
      status: 'notChecked',
      title,
      seen: t.notComputed(formula, describe(value, t), reads, (reads - 1) * CALL_WAIT_MS),
    };
  return {
    id: 'largeFunctionCall',
    status: value === LARGE.expected && ms < CALL_LIMIT_MS ? 'passed' : 'failed',
    title,
    seen: t.largeCallGave(formula, describe(value, t), describe(LARGE.expected, t), ms),
  };
}

/** The calls sheet's checks as computed, or why they could not be made; `ms` from its paint to the last read. */
function judgeCalls(
  t: Texts,
  prefix: string,
  computed: Outcome<{ grid: Grid; reads: number }>,
  ms = 0,
): DiagnosticCheck[] {
  const check = (
    id: 'blankInRangeArgument' | 'omittedOptional',
    status: DiagnosticCheck['status'],
    seen: string,
  ): DiagnosticCheck => ({ id, status, title: t.title[id], seen });
  if (!computed.ok) return bothChecks(t, 'failed', failureText(t, computed.error));
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
  if (unknown) return bothChecks(t, 'failed', t.notRegistered(unknown.formula));
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
  const errorFormula = callFormula(prefix, ERROR_CALL);
  const errorResult = cellAt(grid, ERROR_CALL.row, 0);
  const errorCheck = isPending(errorResult)
    ? {
        id: 'errorInRangeArgument' as const,
        status: 'notChecked' as const,
        title: t.title.errorInRangeArgument,
        seen: t.notComputed(errorFormula, describe(errorResult, t), reads, waited),
      }
    : errorArgumentCheck(t, errorFormula, cellAt(grid, ERROR_SOURCE.row, 0), errorResult);
  const rounded = roundingCheck(
    t,
    ROUNDING_FORMULAS.map((f) => cellAt(grid, f.row, 0)),
  );
  return [blankCheck, defaultsCheck, largeCheck(t, prefix, grid, reads, ms), errorCheck, rounded];
}

/**
 * Paints the calls sheet and reads it until computed: its checks, and the sheet to delete if made (or those
 * a failed paint left); `now`
 * times the 10,000-row call from the paint to the read that saw it.
 */
export function callsCheck(
  port: WorkbookPort,
  t: Texts,
  wait: Wait,
  now: () => number,
): MaybePromise<{ checks: DiagnosticCheck[] } & Painted> {
  const prefix = port.cellFunctionPrefix;
  if (prefix === undefined) return { checks: bothChecks(t, 'notChecked', t.noFunctionsWhy) };
  const started = now();
  return andThen(
    attempt(() => port.paint([{ plan: callsPlan(prefix, t) }])),
    (painted): MaybePromise<{ checks: DiagnosticCheck[] } & Painted> => {
      if (!painted.ok) return { checks: judgeCalls(t, prefix, painted), left: leftBehind(painted.error) };
      const sheet = painted.value[0]!;
      return andThen(readComputed(port, sheet, wait), (computed) => ({
        checks: judgeCalls(t, prefix, computed, now() - started),
        sheet,
      }));
    },
  );
}
