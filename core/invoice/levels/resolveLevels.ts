/**
 * Targets that move: the levels a clause applies in the month it is evaluated, from its stated levels, a
 * dated schedule, a baseline and its level change, a ramp and a ratchet, in that order. The engine calls
 * this once per clause and month (`kpiLines`), so every model, the evidence, curves, exposure and forecasts
 * see the resolved levels; the invoice line says how they were reached.
 */
import { monthsToText } from '../../contract/levelTerms';
import { KPI_LEVELS, type KpiLevel } from '../../contract/sheetSpec';
import type { KpiClause, Period } from '../../contract/types';
import { inRange, validRange } from '../../contract/validRange';
import { contractText } from '../../i18n/contract';
import { levelTexts } from '../../i18n/levels';
import { formatPercent } from '../../i18n/numberFormat';
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

/** The levels of `clause` in `month`, the month it is evaluated on. */
export function resolveLevels(ctx: InvoiceContext, clause: KpiClause, month: Period): ResolvedLevels {
  if (!hasMovingLevels(clause)) return { clause, note: null, evidence: null, separator: '; ' };
  const t = levelTexts(ctx.contract.language);
  const show = (value: Dec) => ctx.value(value, clause.unit);
  const name = (level: KpiLevel) =>
    level === 'threshold' && clause.model === 'sla-credit' ? t.minimum : t.levelNames[level];
  const listed = (levels: Levels) =>
    KPI_LEVELS.filter((l) => levels[l] !== undefined)
      .map((l) => `${name(l)} ${show(levels[l]!)}`)
      .join(', ');
  const notes: string[] = [];
  const tags: string[] = [];

  const step = clause.levelSchedule ? scheduleStepAt(clause.levelSchedule, month) : undefined;
  let levels: Levels = {};
  for (const level of KPI_LEVELS) if (clause[level] !== undefined) levels[level] = (step ?? clause)[level];
  if (step) {
    notes.push(
      clause.levelChange ? t.schedule(step.from) : `${t.schedule(step.from)}${t.colon}${listed(levels)}`,
    );
    tags.push(t.schedule(step.from));
  }

  let start = clause.ramp?.from;
  if (clause.levelChange !== undefined) {
    const baseline = clauseBaseline(ctx, clause, month);
    if ('problem' in baseline) return baseline;
    const base = roundLevel(baseline.value);
    if (clause.levelChange === 'relative' && !base.gt(0))
      return { problem: t.zeroBaseline(clause.name, show(base)) };
    const baseText = t.baseline(show(base), baseline.months && monthsToText(baseline.months));
    const changes = levels;
    levels = {};
    const lang = ctx.contract.language;
    const parts = KPI_LEVELS.filter((l) => changes[l] !== undefined).map((l) => {
      const change = changes[l]!;
      const relative = clause.levelChange === 'relative';
      levels[l] = roundLevel(relative ? base.times(ONE.plus(change)) : base.plus(change));
      const changeText = relative
        ? formatPercent(change, lang, { signed: true })
        : ctx.gap(change, clause.unit);
      return `${name(l)} ${t.relative(changeText, show(levels[l]!))}`;
    });
    notes.push(`${baseText}${t.colon}${parts.join(', ')}`);
    tags.push(baseText);
    start = base;
  }

  if (clause.ramp !== undefined) {
    const { ramp } = clause;
    const k = rampPeriod(ctx.contract, clause, ramp, month);
    const from = start!;
    for (const level of KPI_LEVELS) {
      if (levels[level] !== undefined)
        levels[level] = roundLevel(rampLevel(from, levels[level]!, k, ramp.periods));
    }
    const rampText = t.ramp(show(from), ramp.periods, ramp.start, k);
    // Once completed the levels are the final ones the line (or the baseline part) already prints.
    notes.push(k >= ramp.periods ? rampText : `${rampText}${t.colon}${listed(levels)}`);
    tags.push(rampText);
  }

  if (clause.ratchet !== undefined && levels.threshold !== undefined) {
    const r = ratchetedMinimum(ctx, clause, clause.ratchet, levels.threshold, month);
    if ('problem' in r) {
      const { count, months, got } = r.problem;
      return { problem: t.ratchetShort(clause.name, count, months, got) };
    }
    if (r.year > 1) {
      const stated = levels.threshold;
      const ceiling = r.capped ? t.ratchetCeiling(show(clause.ratchet.ceiling)) : '';
      let text: string;
      if ('step' in clause.ratchet) {
        const stepText = ctx.gap(
          clause.direction === 'higher' ? clause.ratchet.step : clause.ratchet.step.neg(),
          clause.unit,
        );
        text = t.ratchetStep(r.year, name('threshold'), show(stated), stepText, r.year - 1, show(r.reached));
      } else {
        const avg = r.average!;
        text = t.ratchetBest(
          r.year,
          name('threshold'),
          show(r.level),
          clause.ratchet.bestMonths,
          avg.months,
          show(r.reached),
          avg.kept,
        );
      }
      levels.threshold = r.level;
      const target = levels.target;
      const passed =
        target !== undefined && (clause.direction === 'higher' ? r.level.gt(target) : r.level.lt(target));
      if (passed) levels.target = r.level;
      notes.push(`${text}${ceiling}${passed ? t.raisedWith(name('target'), show(r.level)) : ''}`);
      tags.push(text.split(t.colon)[0]);
    }
  }

  // A level reached by computation is no typing mistake: the range is said without a hint.
  const p = contractText(ctx.contract.language).problems;
  const range = validRange(clause);
  for (const level of KPI_LEVELS) {
    const value = levels[level];
    if (value === undefined || inRange(value, range)) continue;
    const problem = p.outsideRange({
      value: value.toFixed(),
      min: range.min?.toFixed(),
      max: range.max?.toFixed(),
      unit: clause.unit,
      declared: clause.validMin !== undefined || clause.validMax !== undefined,
    });
    return { problem: t.levelOutside(clause.name, name(level), problem) };
  }
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

/** The clause's line and evidence outcome, followed by how its levels were reached (when they moved). */
export function withLevelNote(
  levels: { readonly note: string | null; readonly evidence: string | null; readonly separator: string },
  result: ClauseOutcome,
): ClauseOutcome {
  if (levels.note === null) return result;
  return {
    line: { ...result.line, explanation: `${result.line.explanation}${levels.separator}${levels.note}` },
    outcome: `${result.outcome}${levels.separator}${levels.evidence}`,
  };
}
