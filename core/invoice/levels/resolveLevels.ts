/**
 * Targets that move: the levels a clause applies in the month it is evaluated, from its stated levels, a
 * dated schedule, a baseline and its level change, a ramp and a ratchet, in that order. The engine calls
 * this once per clause and month (`kpiLines`), so every model, the evidence, curves, exposure and forecasts
 * see the resolved levels; the invoice line says how they were reached.
 */
import { KPI_LEVELS, type KpiLevel } from '../../contract/sheetSpec';
import type { Contract, KpiClause, Period } from '../../contract/types';
import { inRange, validRange } from '../../contract/validRange';
import { contractText } from '../../i18n/contract';
import { levelTexts, type LevelTexts } from '../../i18n/levels';
import { formatPercent } from '../../i18n/numberFormat';
import { formatPeriod } from '../../i18n/periodFormat';
import { ONE, type Dec } from '../../money';
import type { ClauseOutcome } from '../clauses';
import type { InvoiceContext } from '../context';
import { clauseBaseline } from './baseline';
import { rampLevel, rampPeriod } from './ramp';
import { ratchetedMinimum } from './ratchet';
import { roundLevel } from './roundLevel';
import { scheduleStepAt } from './schedule';

/** The clause with the levels of the month, and what the line and the evidence add about them. */
export type ResolvedLevels =
  | {
      readonly clause: KpiClause;
      readonly note: string | null;
      readonly evidence: string | null;
      /** What goes between the line's explanation and the note. */
      readonly separator: string;
    }
  | { readonly problem: string };

/** Whether a clause's levels depend on the month or the actuals. */
export function hasMovingLevels(clause: KpiClause): boolean {
  return (
    clause.levelChange !== undefined ||
    clause.ramp !== undefined ||
    clause.levelSchedule !== undefined ||
    clause.ratchet !== undefined
  );
}

type Levels = Partial<Record<KpiLevel, Dec>>;

/** What every stage needs: the context, the clause, its texts and how it prints levels. */
interface Stage {
  readonly ctx: InvoiceContext;
  readonly clause: KpiClause;
  readonly month: Period;
  readonly t: LevelTexts;
  show(value: Dec): string;
  name(level: KpiLevel): string;
  listed(levels: Levels): string;
}

/** What a stage did: the levels it leaves, the note for the line and the tag for the evidence. */
type StageResult = {
  readonly levels: Levels;
  readonly note?: string;
  readonly tag?: string;
  readonly start?: Dec;
};

/** Whether a clause's moving levels read the actuals (a baseline, a ratchet to the best months). */
const readsActuals = (clause: KpiClause) =>
  clause.levelChange !== undefined || (clause.ratchet !== undefined && !('step' in clause.ratchet));

/**
 * Levels that depend only on the month (a schedule, a ramp, a fixed-step ratchet), by contract (its
 * first period, language and currency), clause, month and formatting: a forecast resolves the same few
 * hundreds of thousands of times.
 */
const BY_MONTH = new WeakMap<Contract, WeakMap<KpiClause, Map<string, ResolvedLevels>>>();

/** The levels of `clause` in `month`, the month it is evaluated on. */
export function resolveLevels(ctx: InvoiceContext, clause: KpiClause, month: Period): ResolvedLevels {
  if (!hasMovingLevels(clause)) return { clause, note: null, evidence: null, separator: '; ' };
  if (readsActuals(clause)) return resolved(ctx, clause, month);
  let byClause = BY_MONTH.get(ctx.contract);
  if (byClause === undefined) BY_MONTH.set(ctx.contract, (byClause = new WeakMap()));
  let byMonth = byClause.get(clause);
  if (byMonth === undefined) byClause.set(clause, (byMonth = new Map()));
  const key = `${month}|${ctx.amountsOnly === true}`;
  let levels = byMonth.get(key);
  if (levels === undefined) byMonth.set(key, (levels = resolved(ctx, clause, month)));
  return levels;
}

function resolved(ctx: InvoiceContext, clause: KpiClause, month: Period): ResolvedLevels {
  const t = levelTexts(ctx.contract.language);
  const name = (level: KpiLevel) =>
    level === 'threshold' && clause.model === 'sla-credit' ? t.minimum : t.levelNames[level];
  const show = (value: Dec) => ctx.value(value, clause.unit);
  const stage: Stage = {
    ctx,
    clause,
    month,
    t,
    show,
    name,
    listed: (levels) =>
      KPI_LEVELS.filter((l) => levels[l] !== undefined)
        .map((l) => `${name(l)} ${show(levels[l]!)}`)
        .join(', '),
  };
  const results: StageResult[] = [scheduled(stage)];
  let start = clause.ramp?.from;
  if (clause.levelChange !== undefined) {
    const result = fromBaseline(stage, results[results.length - 1].levels);
    if ('problem' in result) return result;
    // The levels the changes reach, before a ramp eases towards them: one outside the range is wrong from
    // the ramp's first period, not from the one its step leaves the range.
    const outside = changeOutside(stage, results[results.length - 1].levels, result);
    if (outside !== undefined) return { problem: outside };
    results.push(result);
    start = result.start;
  }
  if (clause.ramp !== undefined) {
    const result = ramped(stage, results[results.length - 1].levels, start!);
    if ('problem' in result) return result;
    results.push(result);
  }
  if (clause.ratchet !== undefined) {
    const result = ratcheted(stage, results[results.length - 1].levels);
    if ('problem' in result) return result;
    results.push(result);
  }
  const levels = results[results.length - 1].levels;
  const outside = outsideProblem(stage, levels);
  if (outside !== undefined) return { problem: outside };
  const notes = results.flatMap((r) => (r.note === undefined ? [] : [r.note]));
  const tags = results.flatMap((r) => (r.tag === undefined ? [] : [r.tag]));
  return {
    clause: {
      ...clause,
      ...levels,
      levelChange: undefined,
      ramp: undefined,
      levelSchedule: undefined,
      ratchet: undefined,
    },
    note: notes.length > 0 ? notes.join(t.separator) : null,
    evidence: tags.length > 0 ? tags.join(t.separator) : null,
    separator: t.separator,
  };
}

/** The stated levels, or those of the schedule step in force. */
function scheduled({ clause, month, t, listed }: Stage): StageResult {
  const step = clause.levelSchedule ? scheduleStepAt(clause.levelSchedule, month) : undefined;
  const levels: Levels = {};
  for (const level of KPI_LEVELS) if (clause[level] !== undefined) levels[level] = (step ?? clause)[level];
  if (step === undefined) return { levels };
  const tag = t.schedule(step.from);
  // With a level change the step holds changes, which the baseline's note prints.
  return { levels, tag, note: clause.levelChange ? tag : `${tag}${t.colon}${listed(levels)}` };
}

/** Changes from the baseline, relative or absolute, as levels. */
function fromBaseline(
  { ctx, clause, month, t, show, name }: Stage,
  changes: Levels,
): StageResult | { readonly problem: string } {
  const baseline = clauseBaseline(ctx, clause, month);
  if ('problem' in baseline) return baseline;
  const base = roundLevel(baseline.value);
  const relative = clause.levelChange === 'relative';
  if (relative && !base.gt(0)) return { problem: t.zeroBaseline(clause.name, show(base)) };
  const baseText = t.baseline(show(base), baseline.months, baseline.excluded);
  const levels: Levels = {};
  const parts = KPI_LEVELS.filter((l) => changes[l] !== undefined).map((l) => {
    const change = changes[l]!;
    levels[l] = roundLevel(relative ? base.times(ONE.plus(change)) : base.plus(change));
    const changeText = relative
      ? formatPercent(change, ctx.contract.language, { signed: true })
      : ctx.gap(change, clause.unit);
    return `${name(l)} ${t.relative(changeText, show(levels[l]!))}`;
  });
  return { levels, note: `${baseText}${t.colon}${parts.join(', ')}`, tag: baseText, start: base };
}

/** Each level on its glide path from `start`, at the ramp's period of the month. */
function ramped(
  { ctx, clause, month, t, show, name, listed }: Stage,
  finals: Levels,
  start: Dec,
): StageResult | { readonly problem: string } {
  const ramp = clause.ramp!;
  const k = rampPeriod(ctx.contract, clause, ramp, month);
  // Before the ramp every level is its start: a score curve or a rate adjustment whose levels are one
  // value pays in full at the starting performance. A service level's target is no scale: it may equal
  // its minimum.
  const scale = KPI_LEVELS.filter((l) => finals[l] !== undefined);
  if (k <= 0 && scale.length > 1 && (clause.model === 'kpi-score' || clause.model === 'rate-adjustment'))
    return {
      problem: t.rampNotStarted(
        clause.name,
        formatPeriod(ramp.start, ctx.contract.language),
        show(start),
        scale.map(name),
        ctx.contract.firstPeriod,
      ),
    };
  const levels: Levels = {};
  for (const level of KPI_LEVELS) {
    if (finals[level] !== undefined)
      levels[level] = roundLevel(rampLevel(start, finals[level]!, k, ramp.periods));
  }
  const tag = t.ramp(show(start), ramp.periods, ramp.start, k);
  // Once completed the levels are the final ones the line (or the baseline's note) already prints.
  return { levels, tag, note: k >= ramp.periods ? tag : `${tag}${t.colon}${listed(levels)}` };
}

/** The minimum raised to the contract year of the month; a target it passes rises with it. */
function ratcheted(stage: Stage, levels: Levels): StageResult | { readonly problem: string } {
  const { ctx, clause, month, t, show, name } = stage;
  const ratchet = clause.ratchet!;
  const stated = levels.threshold!;
  const r = ratchetedMinimum(ctx, clause, ratchet, stated, month);
  if ('problem' in r) {
    const { count, months, got } = r.problem;
    return { problem: t.ratchetShort(clause.name, count, months, got) };
  }
  if (r.year <= 1) return { levels };
  let text: string;
  if ('step' in ratchet) {
    const step = ctx.gap(clause.direction === 'higher' ? ratchet.step : ratchet.step.neg(), clause.unit);
    text = t.ratchetStep(r.year, name('threshold'), show(stated), step, r.year - 1, show(r.reached));
  } else {
    const { months, kept } = r.average!;
    text = t.ratchetBest(
      r.year,
      name('threshold'),
      show(r.level),
      ratchet.bestMonths,
      months,
      show(r.reached),
      kept,
    );
  }
  const higher = clause.direction === 'higher';
  const target = levels.target;
  const passed = target !== undefined && (higher ? r.level.gt(target) : r.level.lt(target));
  const ceiling = r.capped ? t.ratchetCeiling(show(ratchet.ceiling)) : '';
  return {
    levels: { ...levels, threshold: r.level, ...(passed ? { target: r.level } : {}) },
    note: `${text}${ceiling}${passed ? t.raisedWith(name('target'), show(r.level)) : ''}`,
    tag: text.split(t.colon)[0],
  };
}

/**
 * A level a baseline's change puts outside the valid range. A change beyond ±1 whose hundredth would keep
 * the level in range is most likely a percentage typed without its fraction (+25 % typed 25): the problem
 * names that change, where it is stated and the fraction meant; any other is said as a computed level is.
 */
function changeOutside(stage: Stage, changes: Levels, reached: StageResult): string | undefined {
  const { ctx, clause, month, t, name } = stage;
  const range = validRange(clause);
  const base = reached.start!;
  const relative = clause.levelChange === 'relative';
  const apply = (change: Dec) => roundLevel(relative ? base.times(ONE.plus(change)) : base.plus(change));
  const level = KPI_LEVELS.find(
    (l) => reached.levels[l] !== undefined && !inRange(reached.levels[l]!, range),
  );
  if (level === undefined) return undefined;
  const change = changes[level]!;
  const meant = change.div(100);
  if (
    change.abs().lte(ONE) ||
    !inRange(apply(meant), range) ||
    range.min === undefined ||
    range.max === undefined
  )
    return outsideProblem(stage, reached.levels);
  const p = contractText(ctx.contract.language).problems;
  const columns = contractText(ctx.contract.language).kpiColumns;
  const step = clause.levelSchedule ? scheduleStepAt(clause.levelSchedule, month) : undefined;
  const changeText = relative
    ? formatPercent(change, ctx.contract.language, { signed: true })
    : ctx.gap(change, clause.unit);
  return t.changeOutside({
    name: clause.name,
    level: name(level),
    value: p.decimal(reached.levels[level]!),
    range: { min: p.decimal(range.min), max: p.decimal(range.max), unit: clause.unit },
    declared: clause.validMin !== undefined || clause.validMax !== undefined,
    reached: `${t.baseline(stage.show(base), null)} ${changeText}`,
    relative,
    change: p.decimal(change),
    where: step === undefined ? columns[level] : t.scheduleStep(columns.levelSchedule, step.from),
    hint: p.decimal(meant),
  });
}

/** A level reached by computation outside the valid range: said without a typing hint. */
function outsideProblem({ ctx, clause, t, name }: Stage, levels: Levels): string | undefined {
  const p = contractText(ctx.contract.language).problems;
  const range = validRange(clause);
  for (const level of KPI_LEVELS) {
    const value = levels[level];
    if (value === undefined || inRange(value, range)) continue;
    const problem = p.outsideRange({
      value: p.decimal(value),
      min: range.min && p.decimal(range.min),
      max: range.max && p.decimal(range.max),
      unit: clause.unit,
      declared: clause.validMin !== undefined || clause.validMax !== undefined,
    });
    return t.levelOutside(clause.name, name(level), problem);
  }
  return undefined;
}

/** The clause's line and evidence outcome, followed by how its levels were reached (when they moved). */
export function withLevelNote(
  levels: { readonly note: string | null; readonly evidence: string | null; readonly separator: string },
  result: ClauseOutcome,
  /** Where the note goes: the line and the evidence, or only one (each month's levels in its own part). */
  on: 'both' | 'line' | 'evidence' = 'both',
): ClauseOutcome {
  if (levels.note === null) return result;
  return {
    ...result,
    line:
      on === 'evidence'
        ? result.line
        : { ...result.line, explanation: `${result.line.explanation}${levels.separator}${levels.note}` },
    outcome: on === 'line' ? result.outcome : `${result.outcome}${levels.separator}${levels.evidence}`,
  };
}
