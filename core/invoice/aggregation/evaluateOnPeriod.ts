/**
 * A clause evaluated on its period's value. An aggregated value is evaluated once and the explanation says
 * how it was formed; with `each-month`, every month is evaluated on its own value and the line is the sum of
 * the monthly amounts, each rounded as a monthly invoice would have printed it. A scenario's one value
 * spread over the months (`InvoiceContext.spread`) is said as such, never as monthly values.
 */
import type { KpiClause, Period } from '../../contract/types';
import { decSum, type Dec } from '../../money';
import type { ClauseOutcome } from '../clauses';
import type { InvoiceContext } from '../context';
import type { KpiStatus } from '../types';
import { type Aggregate, type AggregatedMonth, type PeriodValue } from './periodValue';

/** The clause's outcome on the period, and the aggregate as the evidence shows it (with monthly amounts). */
export interface PeriodOutcome {
  readonly result: ClauseOutcome;
  readonly aggregate?: Aggregate;
}

/**
 * `evaluate` judges a value; with `each-month` it is told the month, so each month is judged at that
 * month's levels (a ramp, a schedule), as its monthly invoice would judge it.
 */
export function evaluateOnPeriod(
  ctx: InvoiceContext,
  clause: KpiClause,
  period: PeriodValue,
  evaluate: (actual: Dec, month?: Period) => ClauseOutcome,
): PeriodOutcome {
  const { aggregate } = period;
  if (aggregate === undefined) return { result: evaluate(period.actual) };
  const t = ctx.texts.periodTerms;
  if (aggregate.kind === 'each-month') return eachMonth(ctx, clause, aggregate, evaluate);
  const result = evaluate(period.actual);
  const values = aggregate.months.map((m) => {
    if (m.excluded !== undefined) return t.excludedMonth(m.month, m.excluded);
    const value = ctx.value(m.value!, clause.unit);
    return m.weight === undefined ? value : t.weighted(value, ctx.number(m.weight));
  });
  // A scenario's one value stands for the window: no month has a value of its own to list.
  const formed = ctx.spread?.has(clause.name)
    ? t.scenarioValue(aggregate.window)
    : formedText(ctx, clause, aggregate, values, period.actual);
  return {
    result: { ...result, line: { ...result.line, explanation: `${result.line.explanation}${formed}` } },
    aggregate,
  };
}

function eachMonth(
  ctx: InvoiceContext,
  clause: KpiClause,
  aggregate: Aggregate,
  evaluate: (actual: Dec, month: Period) => ClauseOutcome,
): PeriodOutcome {
  const t = ctx.texts.periodTerms;
  const months: AggregatedMonth[] = [];
  const parts: string[] = [];
  const outcomes: string[] = [];
  const explanations: string[] = [];
  const statuses = new Set<KpiStatus | undefined>();
  let first: ClauseOutcome | undefined;
  for (const m of aggregate.months) {
    if (m.value === undefined) {
      months.push(m);
      parts.push(t.excludedMonth(m.month, m.excluded ?? ''));
      continue;
    }
    const result = evaluate(m.value, m.month);
    first ??= result;
    explanations.push(result.line.explanation);
    months.push({ ...m, amount: result.line.amount });
    parts.push(t.monthPart(m.month, ctx.money(result.line.amount), result.line.explanation));
    if (!outcomes.includes(result.outcome)) outcomes.push(result.outcome);
    statuses.add(result.status);
  }
  // periodValue guarantees at least one measured month.
  const evaluated = months.flatMap((m) => (m.amount === undefined ? [] : [m.amount]));
  const amount = decSum(evaluated);
  // A scenario's one value stands in every month: said once, never as monthly values nobody gave, unless
  // the months' own levels (a ramp) judged it differently, when each month says how.
  const uniform = explanations.every((e) => e === explanations[0]);
  const said =
    ctx.spread?.has(clause.name) && uniform
      ? [
          t.atScenarioValue(evaluated.length, ctx.money(first!.line.amount), first!.line.explanation),
          ...months.flatMap((m) => (m.excluded === undefined ? [] : [t.excludedMonth(m.month, m.excluded)])),
        ]
      : parts;
  const line = { ...first!.line, amount, explanation: t.eachMonth(said, ctx.money(amount)) };
  const status = periodStatus(statuses);
  return {
    result: { line, outcome: outcomes.join(', '), ...(status === undefined ? {} : { status }) },
    aggregate: { ...aggregate, months },
  };
}

/** A period evaluated month by month is missed if any month was, met if any was and none missed. */
function periodStatus(statuses: ReadonlySet<KpiStatus | undefined>): KpiStatus | undefined {
  if (statuses.has(undefined)) return undefined;
  if (statuses.has('missed')) return 'missed';
  return statuses.has('met') ? 'met' : 'neutral';
}

/** How the value was formed; a sum over months some of which are excluded shows its pro rata. */
function formedText(
  ctx: InvoiceContext,
  clause: KpiClause,
  aggregate: Aggregate,
  values: readonly string[],
  actual: Dec,
): string {
  const t = ctx.texts.periodTerms;
  const counted = aggregate.months.filter((m) => m.value !== undefined);
  if (aggregate.kind !== 'sum' || counted.length === aggregate.window.length)
    return t.aggregated(aggregate.kind, aggregate.window, values, ctx.value(actual, clause.unit));
  const sum = ctx.value(decSum(counted.map((m) => m.value!)), clause.unit);
  return (
    t.aggregated(aggregate.kind, aggregate.window, values, sum) +
    t.proRata(sum, aggregate.window.length, counted.length, ctx.value(actual, clause.unit))
  );
}
