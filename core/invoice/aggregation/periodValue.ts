/**
 * The value of a KPI clause for the period it is evaluated on. Without an aggregation it is the value
 * entered on the month closing the period; with one, the KPI is measured every month and the period's
 * value is formed from the months of its window (`aggregationWindow`): average, average weighted by a
 * volume, sum, minimum, maximum or last month. A month with no value is an error naming it, unless the
 * actuals exclude it (force majeure), when it is left out and its reason printed; a sum, whose levels are
 * stated for the whole period, is then taken pro rata (`proRata`), so an excluded month is neutral.
 *
 * Exactness: sums, minimums and maximums are exact; an average is the exact sum divided by the count
 * (or by the total weight) with `quotient`, exact whenever the division terminates within 40 significant
 * digits (an average that lands on a level is exact), else rounded there, half up, and nowhere else.
 */
import { exclusionReason, kpiValue } from '../../contract/actuals';
import { aggregationWindow, windowName } from '../../contract/period';
import type { Contract, KpiAggregation, KpiClause, Period } from '../../contract/types';
import { ZERO, dec, decMax, decMin, decSum, quotient, type Dec } from '../../money';
import type { InvoiceContext } from '../context';

/** One month of an aggregated value: its value and weight, or the reason it is excluded. */
export interface AggregatedMonth {
  readonly month: Period;
  readonly value?: Dec;
  readonly weight?: Dec;
  readonly excluded?: string;
  /** With `each-month`: the amount that month's evaluation gave. */
  readonly amount?: Dec;
}

/** How an aggregated value was formed: printed in the KPI evidence and the explanation. */
export interface Aggregate {
  readonly kind: KpiAggregation;
  readonly window: readonly Period[];
  readonly months: readonly AggregatedMonth[];
}

/** The clause's value for the period, and how it was formed when it is aggregated. */
export interface PeriodValue {
  readonly actual: Dec;
  readonly aggregate?: Aggregate;
}

/** The value a clause due on `month` is evaluated on, or the problem that stops it. */
export function kpiPeriodValue(
  ctx: InvoiceContext,
  clause: KpiClause,
  month: Period,
): PeriodValue | { readonly problem: string } {
  const kind = clause.aggregation;
  if (kind === undefined) {
    const actual = kpiValue(ctx.actuals, clause.name, month);
    return actual === undefined
      ? { problem: ctx.missing({ kind: 'kpi', name: clause.name, month }) }
      : { actual };
  }
  const t = ctx.texts.periodTerms;
  const window = aggregationWindow(ctx.contract, clause, month);
  const windowText = windowName(window);
  const months: AggregatedMonth[] = [];
  for (const m of window) {
    const excluded = exclusionReason(ctx.actuals, clause.name, m);
    if (excluded !== undefined) {
      months.push({ month: m, excluded });
      continue;
    }
    const value = kpiValue(ctx.actuals, clause.name, m);
    if (value === undefined)
      return { problem: ctx.missing({ kind: 'kpi-month', name: clause.name, month: m, window: windowText }) };
    if (kind !== 'weighted-average') {
      months.push({ month: m, value });
      continue;
    }
    const volume = volumeName(ctx, clause);
    const weight = ctx.actuals.periods.get(m)?.volumes.get(volume);
    if (weight === undefined)
      return { problem: ctx.missing({ kind: 'weight', kpi: clause.name, volume, month: m }) };
    months.push({ month: m, value, weight });
  }
  const measured = months.filter((m): m is AggregatedMonth & { value: Dec } => m.value !== undefined);
  if (measured.length === 0) return { problem: t.allExcluded(clause.name, windowText) };
  const values = measured.map((m) => m.value);
  const aggregate = { kind, window, months };
  switch (kind) {
    case 'sum':
      return { actual: proRata(decSum(values), window.length, measured.length), aggregate };
    case 'minimum':
      return { actual: values.reduce(decMin), aggregate };
    case 'maximum':
      return { actual: values.reduce(decMax), aggregate };
    case 'last':
      return { actual: values[values.length - 1], aggregate };
    case 'weighted-average': {
      const total = decSum(measured.map((m) => m.weight ?? ZERO));
      if (total.isZero()) return { problem: t.noWeight(clause.name, volumeName(ctx, clause), windowText) };
      return {
        actual: quotient(decSum(measured.map((m) => m.value.times(m.weight ?? ZERO))), total),
        aggregate,
      };
    }
    // Each month is evaluated on its own; their average stands for the period in the evidence.
    case 'average':
    case 'each-month':
      return { actual: quotient(decSum(values), dec(values.length)), aggregate };
  }
}

/** A sum over `counted` months of a `months`-month period, for the whole period: exact when it terminates. */
export function proRata(sum: Dec, months: number, counted: number): Dec {
  return counted === months ? sum : quotient(sum.times(months), dec(counted));
}

/** The contract's spelling of the weighting volume (the schema guarantees it exists). */
function volumeName(ctx: InvoiceContext, clause: KpiClause): string {
  return weightingVolume(ctx.contract, clause);
}

/** The volume weighting `clause`'s average, as `contract` spells it; a correction names it and reads it back. */
export function weightingVolume(
  contract: Pick<Contract, 'volumes'>,
  clause: Pick<KpiClause, 'aggregationVolume'>,
): string {
  const wanted = (clause.aggregationVolume ?? '').toLowerCase();
  return (
    contract.volumes.find((v) => v.name.toLowerCase() === wanted)?.name ?? clause.aggregationVolume ?? ''
  );
}

export { windowName };
