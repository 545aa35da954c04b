/**
 * The moving-level terms of a KPI clause (`levelTerms.ts`): each field reads its JSON form or its Contract
 * sheet text, and the checks that span fields say what a term needs (a level change needs a baseline, a
 * ramp its start) and refuse what would do nothing or mean two things.
 */
import { z } from 'zod';
import { enumLabel, type ContractProblems } from '../../i18n/contract';
import { levelProblems, levelTexts } from '../../i18n/levels';
import { formatPercent } from '../../i18n/numberFormat';
import { HUNDRED, dec, isDec, quotient, type Dec } from '../../money';
import {
  monthsFromText,
  numberToText,
  rampFromText,
  ratchetFromText,
  scheduleFromText,
  type Ramp,
  type Ratchet,
} from '../levelTerms';
import { FREQUENCY_MONTHS, closesWindow, comparePeriods, isPeriod } from '../period';
import { KPI_LEVELS, type KpiLevel } from '../sheetSpec';
import { rangeProblem, validRange, type OutsideRangeParams, type RangeFields } from '../validRange';
import type { Direction, KpiCommon, Language, Period } from '../types';
import { readDecimal } from './primitives';

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string, path: PropertyKey[] = []): never {
  ctx.addIssue({ code: 'custom', message, path });
  return z.NEVER as never;
}

/**
 * Where a schedule step was in a contract file's list (`levelSchedule[1]`), so that a problem of one step
 * is said at that step, not at the whole list; a step read from a text (a cell) has no place of its own.
 */
const STEP_INDEX = new WeakMap<ReadStep, number>();

/** The path of `step` (and its `key`) under `levelSchedule`: the field alone for a step read from a text. */
function stepPath(step: ReadStep, key?: string): [string, ...PropertyKey[]] {
  const index = STEP_INDEX.get(step);
  if (index === undefined) return ['levelSchedule'];
  return key === undefined ? ['levelSchedule', index] : ['levelSchedule', index, key];
}

/** A schedule step as read: a bare number from a cell text (`single`) waits for the clause's one level. */
export type ReadStep = { readonly from: Period } & Partial<Record<KpiLevel | 'single', Dec>>;

/** Months of the actuals: a JSON list, or a text of months and runs (`2026-01..2026-03`). Sorted, no month twice. */
export function monthsSchema(p: ContractProblems, lang: Language) {
  const lp = levelProblems(lang);
  return z.unknown().transform((value, ctx): Period[] => {
    let months: Period[];
    if (typeof value === 'string') {
      const read = monthsFromText(value);
      if ('bad' in read) return fail(ctx, lp.expectedMonths(p.describe(read.bad)));
      months = read.months;
    } else if (Array.isArray(value) && value.every((m) => typeof m === 'string' && isPeriod(m))) {
      months = value as Period[];
    } else return fail(ctx, lp.expectedMonths(p.describe(value)));
    if (months.length === 0) return fail(ctx, p.required);
    const twice = months.find((m, i) => months.indexOf(m) !== i);
    if (twice !== undefined) return fail(ctx, p.duplicateMonth(twice));
    return [...months].sort(comparePeriods);
  });
}

/**
 * The text a moving-level term was read from, when it holds a `%` sign: `5%` reads as 0.05, right on a
 * percent KPI or for a relative change, a hundred times too small on one in hours or a count. Whether it
 * is depends on the clause's unit, which a term's own schema does not see: `percentsInTerms` asks here,
 * for a contract file and a Contract sheet cell alike (the sheet's reader gives the cell's text).
 */
const PERCENT_TEXTS = new WeakMap<object, string>();

/** `term` as read from `value`, remembered with its text when that holds a `%` sign. */
function readFrom<T extends object>(term: T, value: unknown): T {
  if (typeof value === 'string' && value.includes('%')) PERCENT_TEXTS.set(term, value);
  return term;
}

const objectOf = (value: unknown): Record<string, unknown> | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** Fields of a JSON object beyond `known`, as the unknown-field message says them. */
function unknownKeys(object: Record<string, unknown>, known: readonly string[], p: ContractProblems) {
  const extra = Object.keys(object).filter((k) => !known.includes(k));
  return extra.length === 0 ? undefined : p.list(extra.map((k) => p.unknownField(k)));
}

/** `{ "start": "2026-07", "periods": 6, "from"?: "6" }`, or its text `2026-07 over 6 periods from 6`. */
export function rampSchema(p: ContractProblems, lang: Language) {
  const lp = levelProblems(lang);
  return z.unknown().transform((value, ctx): Ramp => {
    const raw = typeof value === 'string' ? rampFromText(value) : objectOf(value);
    if (raw === undefined) return fail(ctx, lp.expectedRamp(p.describe(value)));
    const extra = unknownKeys(raw, ['start', 'periods', 'from'], p);
    if (extra !== undefined) return fail(ctx, extra);
    const { start, periods } = raw as Record<string, unknown>;
    if (typeof start !== 'string' || !isPeriod(start)) return fail(ctx, p.expectedPeriod(p.describe(start)));
    if (typeof periods !== 'number' || !Number.isInteger(periods) || periods < 1 || periods > 120)
      return fail(ctx, p.expectedInteger(1, 120, p.describe(periods)));
    const fromValue = (raw as Record<string, unknown>).from;
    if (fromValue === undefined) return readFrom({ start, periods }, value);
    const from = isDec(fromValue) ? fromValue : readDecimal(fromValue);
    if (from === undefined) return fail(ctx, p.expectedDecimal(p.describe(fromValue)));
    return readFrom({ start, periods, from }, value);
  });
}

/** `[{ "from": "2026-07", "target": "0.25" }, …]`, or its text `from 2026-07: 0.25; from 2027-01: 0.3`. */
export function scheduleSchema(p: ContractProblems, lang: Language) {
  const lp = levelProblems(lang);
  return z.unknown().transform((value, ctx): ReadStep[] => {
    let items: unknown[];
    const listed = Array.isArray(value);
    /** The path of item `i`'s `key` when the file lists the steps; a cell's text is one place. */
    const at = (i: number, key?: string): PropertyKey[] =>
      !listed ? [] : key === undefined ? [i] : [i, key];
    if (typeof value === 'string') {
      const read = scheduleFromText(value);
      if ('bad' in read) return fail(ctx, lp.expectedSchedule(p.describe(read.bad)));
      items = read.steps;
    } else if (Array.isArray(value)) items = value;
    else return fail(ctx, lp.expectedSchedule(p.describe(value)));
    if (items.length === 0) return fail(ctx, p.required);
    const steps: ReadStep[] = [];
    for (const [i, item] of items.entries()) {
      const raw = objectOf(item);
      if (raw === undefined) return fail(ctx, lp.expectedSchedule(p.describe(item)), at(i));
      const extra = unknownKeys(raw, ['from', 'single', ...KPI_LEVELS], p);
      if (extra !== undefined) return fail(ctx, extra, at(i));
      if (typeof raw.from !== 'string' || !isPeriod(raw.from))
        return fail(ctx, p.expectedPeriod(p.describe(raw.from)), at(i, 'from'));
      const step: Record<string, unknown> = { from: raw.from };
      for (const level of ['single', ...KPI_LEVELS]) {
        if (raw[level] === undefined) continue;
        const read = isDec(raw[level]) ? (raw[level] as Dec) : readDecimal(raw[level]);
        if (read === undefined) return fail(ctx, p.expectedDecimal(p.describe(raw[level])), at(i, level));
        step[level] = read;
      }
      if (listed) STEP_INDEX.set(step as ReadStep, i);
      steps.push(step as ReadStep);
    }
    const months = steps.map((s) => s.from);
    const again = months.findIndex((m, i) => months.indexOf(m) !== i);
    if (again !== -1) return fail(ctx, p.duplicateMonth(months[again]), at(again, 'from'));
    return readFrom(
      steps.sort((a, b) => comparePeriods(a.from, b.from)),
      value,
    );
  });
}

/** `{ "step": "0.001", "ceiling": "0.998" }` or `{ "bestMonths": 3, "ceiling": "0.998" }`, or their texts. */
export function ratchetSchema(p: ContractProblems, lang: Language) {
  const lp = levelProblems(lang);
  return z.unknown().transform((value, ctx): Ratchet => {
    const raw = typeof value === 'string' ? ratchetFromText(value) : objectOf(value);
    if (raw === undefined) return fail(ctx, lp.expectedRatchet(p.describe(value)));
    const extra = unknownKeys(raw, ['step', 'bestMonths', 'ceiling'], p);
    if (extra !== undefined) return fail(ctx, extra);
    const read = (v: unknown) => (isDec(v) ? v : readDecimal(v));
    const ceiling = read(raw.ceiling);
    if (ceiling === undefined)
      return fail(
        ctx,
        raw.ceiling === undefined
          ? lp.expectedRatchet(p.describe(value))
          : p.expectedDecimal(p.describe(raw.ceiling)),
      );
    if ((raw.step === undefined) === (raw.bestMonths === undefined))
      return fail(ctx, lp.expectedRatchet(p.describe(value)));
    if (raw.bestMonths !== undefined) {
      const n = raw.bestMonths;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 12)
        return fail(ctx, p.expectedInteger(1, 12, p.describe(n)));
      return readFrom({ bestMonths: n, ceiling }, value);
    }
    const step = read(raw.step);
    if (step === undefined) return fail(ctx, p.expectedDecimal(p.describe(raw.step)));
    if (!step.gt(0)) return fail(ctx, p.greaterThan('0'));
    return readFrom({ step, ceiling }, value);
  });
}

/** The clause's fields as the checks see them (any may be missing or have failed). */
type Clause = Omit<Partial<KpiCommon>, 'levelSchedule'> & { readonly levelSchedule?: readonly ReadStep[] };

/** A field of the clause, or a place inside one (`['levelSchedule', 1, 'threshold']`). */
export type Place = string | readonly [string, ...PropertyKey[]];

/** Whether `a` is better than or as good as `b` for the direction. */
const atLeastAsGood = (a: Dec, b: Dec, direction: Direction) =>
  direction === 'higher' ? a.gte(b) : a.lte(b);

/**
 * The checks that span the moving-level fields of one clause; gain-share clauses, whose baseline is their
 * own parameter and which have no levels, never get here with a moving term (MODEL_RULES refuses them).
 */
export function levelTermChecks(
  flat: Clause & { readonly model?: string },
  add: (field: Place, message: string, params?: OutsideRangeParams) => void,
  clean: (field: string) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  if (flat.model === 'gain-share') return;
  // First: a term read wrong is that one mistake, not also checked against the levels it would make.
  percentsInTerms(flat, add, clean, p);
  // Only the fields that parsed: a failed one still holds its raw input here, and has its own issue.
  const fields = [
    'baseline',
    'baselineMonths',
    'levelChange',
    'ramp',
    'levelSchedule',
    'ratchet',
    ...KPI_LEVELS,
  ];
  const clause: Clause = Object.fromEntries(
    Object.entries(flat).filter(([field]) => !fields.includes(field) || clean(field)),
  );
  const lp = levelProblems(lang);
  const label = (field: string) => JSON.stringify(field);
  const hasNumber = clause.baseline !== undefined;
  const hasMonths = clause.baselineMonths !== undefined;
  const hasBase = hasNumber || hasMonths || !clean('baseline') || !clean('baselineMonths');
  if (hasNumber && hasMonths) add('baselineMonths', p.eitherOr(label('baseline'), label('baselineMonths')));
  if (clause.levelChange !== undefined && !hasBase) add('levelChange', lp.changeNeedsBaseline);
  if (flat.levelChange === undefined && (hasNumber || hasMonths))
    add(hasNumber ? 'baseline' : 'baselineMonths', lp.baselineNeedsChange);
  const relative = clause.levelChange === 'relative';
  if (relative && hasNumber && !clause.baseline!.gt(0)) add('baseline', lp.relativeNeedsPositive);
  const stated = KPI_LEVELS.filter((l) => flat[l] !== undefined);
  const beyondDoubling = relativeBeyondDoubling(clause, clean, lp, lang);
  if (relative) {
    for (const level of stated) {
      const value = clause[level];
      if (!isDec(value) || !clean(level)) continue;
      if (value.lt(-1)) add(level, p.atLeast('-1'));
      const beyond = beyondDoubling(value);
      if (beyond !== undefined) add(level, beyond);
    }
  }
  const absolute = flat.levelChange === undefined;
  /** Whether `value` is outside the KPI's valid range (said on `field`). */
  const inRangeOf = (field: Place, value: Dec): boolean => {
    if (!absolute || clause.unit === undefined || !['unit', 'validMin', 'validMax'].every(clean))
      return false;
    const kpi = clause as Required<Pick<KpiCommon, 'unit'>>;
    const problem = rangeProblem(value, kpi, p);
    if (problem !== undefined) add(field, problem, { outsideRange: { value, kpi } });
    return problem !== undefined;
  };

  if (flat.ramp !== undefined && flat.levelSchedule !== undefined)
    add('levelSchedule', p.eitherOr(label('ramp'), label('levelSchedule')));
  if (clause.ramp !== undefined) {
    if (clause.ramp.from !== undefined && hasBase) add('ramp', lp.rampFromWithBaseline);
    else if (clause.ramp.from === undefined && !hasBase) add('ramp', lp.rampNeedsFrom);
    else if (clause.ramp.from !== undefined) {
      // A start outside the valid range (15 for 15 %) is that one mistake, said once.
      const outside = inRangeOf('ramp', clause.ramp.from);
      if (!outside && absolute && clause.direction !== undefined && clean('direction'))
        rampEases(clause, clause.ramp.from, clause.direction, stated, add, lp, lang);
    }
  }
  if (clause.levelSchedule !== undefined && stated.every((l) => clause[l] !== undefined))
    scheduleChecks(clause, stated, add, p, lp, lang, inRangeOf, beyondDoubling);
  if (clause.ratchet !== undefined) {
    if (flat.ramp !== undefined || flat.levelSchedule !== undefined) add('ratchet', lp.ratchetAlone);
    else if (
      absolute &&
      clause.threshold !== undefined &&
      clause.direction !== undefined &&
      clean('direction')
    ) {
      if (!atLeastAsGood(clause.ratchet.ceiling, clause.threshold, clause.direction))
        add(
          'ratchet',
          lp.ceilingOrder(clause.direction === 'higher' ? '≥' : '≤', clause.threshold.toFixed()),
        );
      else if (clause.ratchet.ceiling.eq(clause.threshold))
        add('ratchet', lp.ceilingIsMinimum(numberToText(clause.threshold, lang)));
      else if (!inRangeOf('ratchet', clause.ratchet.ceiling))
        stepPastCeiling(clause.ratchet, clause.threshold, clause.unit, add, lp, lang);
    }
  }
}

/** A percentage point, as a fraction. */
const POINT = dec('0.01');

/**
 * A ratchet's step that takes the minimum from the threshold to its ceiling in one contract year: the
 * minimum sits at the ceiling from the second year on, with nothing said. That is a new level, not a
 * yearly rise, and most likely a step typed in points on a percent KPI (0.1 for +0.1 point, 0.001).
 * The hint is that hundredth only where the step reads as points (a point or more as a fraction: 0.003 is
 * no 0.00003 typed in points) and the hundredth is itself short of the ceiling.
 */
function stepPastCeiling(
  ratchet: Ratchet,
  threshold: Dec,
  unit: KpiCommon['unit'] | undefined,
  add: (field: string, message: string) => void,
  lp: ReturnType<typeof levelProblems>,
  lang: Language,
): void {
  if (!('step' in ratchet)) return;
  const gap = ratchet.ceiling.minus(threshold).abs();
  if (gap.isZero() || ratchet.step.lt(gap)) return;
  const hundredth = quotient(ratchet.step, HUNDRED);
  const text = (value: Dec) => numberToText(value, lang);
  const points = unit === 'percent' && ratchet.step.gte(POINT) && hundredth.lt(gap);
  const hint = points ? text(hundredth) : undefined;
  add('ratchet', lp.stepPastCeiling(text(ratchet.step), text(threshold), text(ratchet.ceiling), hint));
}

/**
 * A relative change above +1 (+100 %) on a KPI whose valid range has no top (a count, hours, minutes, money,
 * a score without a declared maximum): +20 % typed 20 puts the level at 21 times the baseline, which the
 * range check that catches it on a percent KPI never sees here. Said with the fraction meant; a change
 * that large is stated as an absolute one. `undefined` without a relative change, and for a bounded KPI,
 * whose resolved level is checked against its range when the invoice is built (`resolveLevels.ts`), with
 * the baseline it was reached from.
 */
function relativeBeyondDoubling(
  clause: Clause,
  clean: (field: string) => boolean,
  lp: ReturnType<typeof levelProblems>,
  lang: Language,
): (value: Dec, where?: string) => string | undefined {
  const relative = clause.levelChange === 'relative';
  const known = clause.unit !== undefined && ['unit', 'validMax'].every(clean);
  if (!relative || !known || validRange(clause as RangeFields).max !== undefined) return () => undefined;
  return (value, where) =>
    value.gt(1)
      ? lp.relativeBeyondDoubling(
          numberToText(value, lang),
          formatPercent(value, lang, { signed: true }),
          numberToText(quotient(value, HUNDRED), lang),
          where,
        )
      : undefined;
}

/**
 * A moving-level text with a number typed `5%` (`+5% a year, ceiling 3`) read it as 0.05: on a KPI not
 * measured in percent, a ramp's start and a ratchet's step and ceiling are in its unit, and so are a
 * schedule's levels unless they are relative changes (`from 2026-07: 25%`, +25 %). One rule for a
 * contract file (`kpis[1].ratchet`) and a Contract sheet (its cell).
 */
function percentsInTerms(
  flat: Clause,
  add: (field: string, message: string) => void,
  clean: (field: string) => boolean,
  p: ContractProblems,
): void {
  if (flat.unit === undefined || flat.unit === 'percent' || !clean('unit')) return;
  const relative = flat.levelChange === 'relative' && clean('levelChange');
  const fields = relative ? (['ramp', 'ratchet'] as const) : (['ramp', 'ratchet', 'levelSchedule'] as const);
  for (const field of fields) {
    const term = flat[field];
    const typed = typeof term === 'object' ? PERCENT_TEXTS.get(term) : undefined;
    // A term the model does not use has that issue already; it is not read further.
    if (typed === undefined || !clean(field)) continue;
    add(field, p.percentInTerm(p.describe(typed), typeof flat.name === 'string' ? flat.name : ''));
  }
}

/**
 * A glide path moves every level from its start to its stated value: a start better than a level would
 * ease that level over the ramp (a kpi-score's threshold falling while its target rises), a plausible
 * reading of "from 15 % to 25 %" that would pay on levels nobody agreed. The start must be as bad as every
 * level or worse.
 */
function rampEases(
  clause: Clause,
  from: Dec,
  direction: Direction,
  stated: readonly KpiLevel[],
  add: (field: string, message: string) => void,
  lp: ReturnType<typeof levelProblems>,
  lang: Language,
): void {
  const eased = stated.find((level) => {
    const value = clause[level];
    return value !== undefined && !atLeastAsGood(value, from, direction);
  });
  if (eased === undefined) return;
  const text = (value: Dec) => numberToText(value, lang);
  const orWorse = direction === 'higher' ? 'below' : 'above';
  add('ramp', lp.rampEases(levelTexts(lang).levelNames[eased], text(clause[eased]!), text(from), orWorse));
}

/** Each step gives exactly the levels the clause states, in range and in order. */
function scheduleChecks(
  clause: Clause,
  stated: readonly KpiLevel[],
  add: (field: Place, message: string) => void,
  p: ContractProblems,
  lp: ReturnType<typeof levelProblems>,
  lang: Language,
  inRangeOf: (field: Place, value: Dec) => void,
  beyondDoubling: (value: Dec, where?: string) => string | undefined,
): void {
  for (const step of clause.levelSchedule!) {
    if (step.single !== undefined && stated.length !== 1) {
      const typed = `${step.from}: ${step.single.toFixed()}`;
      add(stepPath(step, 'single'), lp.expectedSchedule(p.describe(typed)));
      continue;
    }
    const given = step.single !== undefined ? stated : KPI_LEVELS.filter((l) => step[l] !== undefined);
    const lacking = stated.find((l) => !given.includes(l));
    const extra = given.find((l) => !stated.includes(l));
    if (lacking !== undefined) add(stepPath(step), lp.stepLacks(step.from, p.levelNames[lacking]));
    else if (extra !== undefined) add(stepPath(step, extra), lp.stepExtra(step.from, p.levelNames[extra]));
    if (lacking !== undefined || extra !== undefined) continue;
    const values = resolvedStep(step, stated);
    /** Where the file holds `level`'s value: a bare number is the step's `single`. */
    const of = (level: KpiLevel) => stepPath(step, step.single !== undefined ? 'single' : level);
    for (const level of stated) {
      inRangeOf(of(level), values[level]!);
      const beyond = beyondDoubling(values[level]!, step.from);
      if (beyond !== undefined) add(of(level), beyond);
    }
    const direction = clause.direction;
    if (direction !== 'higher' && direction !== 'lower') continue;
    const ordered = stated.map((l) => values[l]!);
    for (let i = 1; i < ordered.length; i++) {
      if (!atLeastAsGood(ordered[i], ordered[i - 1], direction)) {
        const op = direction === 'higher' ? '≥' : '≤';
        const detail = p.levelOrder(
          op,
          p.levelNames[stated[i - 1]],
          ordered[i - 1].toFixed(),
          enumLabel('direction', direction, lang),
        );
        add(of(stated[i]), lp.stepLevelOrder(step.from, `${p.levelNames[stated[i]]} ${detail}`));
      }
    }
  }
}

/** A step's levels, its bare number given to the clause's one stated level. */
export function resolvedStep(step: ReadStep, stated: readonly KpiLevel[]): Partial<Record<KpiLevel, Dec>> {
  if (step.single !== undefined) return { [stated[0]]: step.single };
  return Object.fromEntries(KPI_LEVELS.filter((l) => step[l] !== undefined).map((l) => [l, step[l]]));
}

/**
 * The schedule as the contract holds it: every bare number given to the clause's one stated level. Each
 * step keeps its place in the file for the checks against the contract's months (`levelMonthProblems`).
 */
export function normalizedSchedule(clause: Clause): { from: Period }[] | undefined {
  const steps = clause.levelSchedule;
  if (steps === undefined) return undefined;
  const stated = KPI_LEVELS.filter((l) => clause[l] !== undefined);
  return steps.map((step) => {
    const normal: ReadStep = { from: step.from, ...resolvedStep(step, stated) };
    const index = STEP_INDEX.get(step);
    if (index !== undefined) STEP_INDEX.set(normal, index);
    return normal;
  });
}

/**
 * Months of the moving terms against the contract: a baseline month must be one the actuals can hold (in
 * the contract, a month the KPI is measured on); a ramp or a schedule step starts inside the contract.
 */
export function levelMonthProblems(
  contract: { readonly firstPeriod?: unknown; readonly lastPeriod?: unknown },
  kpis: readonly Partial<KpiCommon>[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  const first = contract.firstPeriod;
  if (typeof first !== 'string' || !isPeriod(first) || !clean('firstPeriod')) return;
  const last =
    typeof contract.lastPeriod === 'string' && isPeriod(contract.lastPeriod)
      ? contract.lastPeriod
      : undefined;
  const outside = (m: Period) =>
    comparePeriods(m, first) < 0 || (last !== undefined && comparePeriods(m, last) > 0);
  const lp = levelProblems(lang);
  kpis.forEach((kpi, i) => {
    if (kpi === null || typeof kpi !== 'object') return;
    if (kpi.baselineMonths !== undefined && clean('kpis', i, 'baselineMonths')) {
      const period = clean('kpis', i, 'period') ? kpi.period : undefined;
      const length = period === undefined ? 1 : FREQUENCY_MONTHS[period];
      // An aggregated KPI (core/invoice/aggregation/) has a value every month.
      const monthly = (kpi as { aggregation?: unknown }).aggregation !== undefined;
      const bad = kpi.baselineMonths.find(outside);
      const unmeasured = kpi.baselineMonths.find((m) => !monthly && !closesWindow(first, length, m));
      if (bad !== undefined) add(['kpis', i, 'baselineMonths'], p.periodOutside(bad, first, last));
      else if (unmeasured !== undefined && period !== undefined)
        add(['kpis', i, 'baselineMonths'], lp.notMeasured(unmeasured, enumLabel('frequency', period, lang)));
    }
    if (kpi.ramp !== undefined && clean('kpis', i, 'ramp') && outside(kpi.ramp.start))
      add(['kpis', i, 'ramp'], p.periodOutside(kpi.ramp.start, first, last));
    // A schedule that did not read is still the cell's text (or whatever the file gave): its own issue.
    const steps = clean('kpis', i, 'levelSchedule') ? kpi.levelSchedule : undefined;
    const badStep = Array.isArray(steps) ? steps.find((s) => outside(s.from)) : undefined;
    if (badStep !== undefined)
      add(['kpis', i, ...stepPath(badStep, 'from')], p.periodOutside(badStep.from, first, last));
  });
}
