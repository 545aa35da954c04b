/**
 * Continuous improvement (IT outsourcing practice): a service level's minimum rises each contract year —
 * by a fixed step, or to the average of the best N values of the previous contract year — never beyond its
 * ceiling and never down. Contract years count 12 months from the contract's first period; excluded months
 * of the actuals do not count among the best.
 */
import { exclusionReason, kpiValue } from '../../contract/actuals';
import { contractYear, type Ratchet } from '../../contract/levelTerms';
import { FREQUENCY_MONTHS, addMonths, closesWindow } from '../../contract/period';
import type { KpiClause, Period } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { dec, decSum, quotient, type Dec } from '../../money';
import type { InvoiceContext } from '../context';
import { roundLevel } from './roundLevel';

/** The minimum in force and how it was reached; `year` 1 is the stated minimum. */
export type Ratcheted =
  | {
      readonly level: Dec;
      readonly year: number;
      /** Fixed step: the level before the ceiling; best months: the last average, with its months. */
      readonly reached: Dec;
      readonly average?: { readonly months: string; readonly kept: boolean };
      readonly capped: boolean;
    }
  | { readonly problem: { readonly count: number; readonly months: string; readonly got: number } };

const better = (a: Dec, b: Dec, higher: boolean) => (higher ? a.gt(b) : a.lt(b));

/** `stated` ratcheted to the contract year of `month`. */
export function ratchetedMinimum(
  ctx: InvoiceContext,
  clause: KpiClause,
  ratchet: Ratchet,
  stated: Dec,
  month: Period,
): Ratcheted {
  const first = ctx.contract.firstPeriod;
  const year = contractYear(first, month);
  const higher = clause.direction === 'higher';
  const held = (value: Dec) => (better(value, ratchet.ceiling, higher) ? ratchet.ceiling : value);
  if (year <= 1) return { level: stated, year, reached: stated, capped: false };
  if ('step' in ratchet) {
    const rise = ratchet.step.times(year - 1);
    const reached = higher ? stated.plus(rise) : stated.minus(rise);
    return { level: held(reached), year, reached, capped: !held(reached).eq(reached) };
  }
  const texts = conditionTexts(ctx.contract.language);
  let level = stated;
  let last = { average: stated, months: '', kept: true };
  const length = FREQUENCY_MONTHS[clause.period];
  const monthly = (clause as { aggregation?: unknown }).aggregation !== undefined;
  for (let y = 2; y <= year; y++) {
    const start = addMonths(first, 12 * (y - 2));
    const months = Array.from({ length: 12 }, (_, i) => addMonths(start, i));
    const measured = months.filter((m) => monthly || closesWindow(first, length, m));
    // An excluded month (force majeure, a client-caused outage) is no performance to raise the bar to; the
    // line names it, as a reader taking the year's best values would otherwise count it.
    const excluded = measured.flatMap((m) => {
      const reason = exclusionReason(ctx.actuals, clause.name, m);
      return reason === undefined ? [] : [texts.excluded(m, reason)];
    });
    const values = measured
      .filter((m) => !exclusionReason(ctx.actuals, clause.name, m))
      .map((m) => kpiValue(ctx.actuals, clause.name, m))
      .filter((v): v is Dec => v !== undefined);
    const span = `${months[0]}..${months[11]}${excluded.length === 0 ? '' : ` (${excluded.join(', ')})`}`;
    if (values.length < ratchet.bestMonths)
      return { problem: { count: ratchet.bestMonths, months: span, got: values.length } };
    const best = [...values].sort((a, b) => (higher ? b.cmp(a) : a.cmp(b))).slice(0, ratchet.bestMonths);
    const average = roundLevel(quotient(decSum(best), dec(best.length)));
    const kept = !better(average, level, higher);
    level = held(kept ? level : average);
    last = { average, months: span, kept };
  }
  return {
    level,
    year,
    reached: last.average,
    average: { months: last.months, kept: last.kept },
    capped: !last.kept && !level.eq(last.average),
  };
}
