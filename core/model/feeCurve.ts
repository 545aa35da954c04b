/**
 * Fee curve: one KPI across a range of values, every other value held at a base scenario. Each point is a
 * full invoice from the engine, so caps, neutral bands, thresholds and gates show as the kinks they are.
 */
import type { Contract, KpiClause } from '../contract/types';
import { modelProblemTexts, type ModelProblemTexts } from '../i18n/modelProblems';
import type { Invoice } from '../invoice/types';
import { HOST_DIGITS, ZERO, dec, decSum, quotient, type Dec } from '../money';
import { breakpoints } from './breakpoints';
import { kpiRange, pricedAt } from './kpiRange';
import { priceScenario, type PricingPlace, type ScenarioValues } from './scenario';

/** The lines of an invoice cap: the total bonus, the total malus, the service levels' at-risk pool. */
export type CapKind = 'bonus-cap' | 'malus-cap' | 'sla-cap';
const CAP_KINDS: ReadonlySet<string> = new Set<CapKind>(['bonus-cap', 'malus-cap', 'sla-cap']);

/**
 * One point: `amount` is what the KPI's own lines contribute, `caps` what the invoice's caps cut (−) or
 * give back (+) there, each cap's line in `capped`, and `total` the invoice total: where the amount moves
 * and the total does not, a cap takes it back.
 */
export interface CurvePoint {
  readonly value: Dec;
  readonly amount: Dec;
  readonly caps: Dec;
  /** What each cap of the invoice cuts or gives back there, for the caps that do. */
  readonly capped: ReadonlyMap<CapKind, Dec>;
  readonly subtotal: Dec;
  readonly total: Dec;
}

export type CurveResult =
  | { readonly ok: true; readonly kpi: string; readonly points: readonly CurvePoint[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The sum of the invoice lines a KPI's clause produced (its fee, adjustment or credit, and earnback). */
export function kpiAmount(invoice: Invoice, name: string): Dec {
  return decSum(invoice.lines.filter((l) => l.kpi === name).map((l) => l.amount));
}

/**
 * `steps` evenly spaced values from `from` to `to`, both included: each to the 15 significant digits a
 * cell holds (a value the user can type back; a third of the span is 0.333333333333333, not 40 digits).
 */
export function evenlySpaced(from: Dec, to: Dec, steps: number): Dec[] {
  if (steps === 1) return [from];
  const width = to.minus(from);
  return Array.from({ length: steps }, (_, i) => {
    if (i === 0) return from;
    if (i === steps - 1) return to;
    return from.plus(quotient(width.times(i), dec(steps - 1))).toSignificantDigits(HOST_DIGITS);
  });
}

/**
 * The default span of a curve: the valid range where it is finite; otherwise from the lowest breakpoint
 * (or the range's end) to as far again beyond the highest, so every kink and the tail after it show.
 */
export function defaultSpan(clause: KpiClause): { from: Dec; to: Dec } {
  const range = kpiRange(clause);
  // A range's end the engine cannot price (a lower-is-better achievement at 0) gives way to the breakpoints.
  const min = range.min !== undefined && pricedAt(clause, range.min) ? range.min : undefined;
  const points = breakpoints(clause).filter((p) => pricedAt(clause, p));
  const low = min ?? points.reduce((m, p) => (p.lt(m) ? p : m), points[0] ?? ZERO);
  const high = range.max ?? points.reduce((m, p) => (p.gt(m) ? p : m), low);
  const to = range.max ?? high.plus(high.minus(low).isZero() ? dec(1) : high.minus(low));
  return { from: low, to };
}

/**
 * The default span of a curve at the base scenario, from the levels the engine resolves for its period:
 * a baseline of months of the actuals states changes (+20 %), not levels, and a ramp or a ratchet moves
 * with the month. When the base cannot be priced the stated levels stand, and the curve reports why.
 */
export function defaultSpanAt(
  contract: Contract,
  clause: KpiClause,
  base: ScenarioValues,
  place: PricingPlace = {},
): { from: Dec; to: Dec } {
  // The levels do not depend on the KPI's own value; any value lets the base be priced when it has none.
  const kpis = new Map(base.kpis);
  if (!kpis.has(clause.name)) kpis.set(clause.name, defaultSpan(clause).from);
  const priced = priceScenario(contract, { ...base, kpis }, place);
  const resolved = priced.ok ? priced.invoice.evidence.find((e) => e.clause.name === clause.name) : undefined;
  return defaultSpan(resolved?.clause ?? clause);
}

/** The curve of KPI `name` at `values`, the rest of the scenario `base` held fixed. */
export function feeCurve(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  values: readonly Dec[],
  place: PricingPlace = {},
): CurveResult {
  const t = modelProblemTexts(contract.language);
  const clause = contract.kpis.find((k) => k.name.toLowerCase() === name.toLowerCase());
  if (!clause)
    return { ok: false, problems: [t.unknownKpi(name, contract.kpis.map((k) => k.name).join(', '))] };
  const points: CurvePoint[] = [];
  const failing = new Map<string, Dec[]>();
  let due = false;
  let pricedAs = place.period;
  for (const value of values) {
    const result = priceScenario(
      contract,
      { ...base, kpis: new Map(base.kpis).set(clause.name, value) },
      place,
    );
    if (!result.ok) {
      for (const problem of result.problems) failing.set(problem, [...(failing.get(problem) ?? []), value]);
      continue;
    }
    due ||= result.invoice.evidence.some((e) => e.clause.name === clause.name);
    pricedAs = result.invoice.period;
    const caps = result.invoice.lines.filter((l) => CAP_KINDS.has(l.kind));
    points.push({
      value,
      amount: kpiAmount(result.invoice, clause.name),
      caps: decSum(caps.map((l) => l.amount)),
      capped: caps.reduce(
        (byKind, l) => byKind.set(l.kind as CapKind, (byKind.get(l.kind as CapKind) ?? ZERO).plus(l.amount)),
        new Map<CapKind, Dec>(),
      ),
      subtotal: result.invoice.subtotal,
      total: result.invoice.total,
    });
  }
  if (failing.size > 0) return { ok: false, problems: curveProblems(t, clause.name, failing, values.length) };
  // A flat zero curve would read as "this KPI costs nothing", when the clause is simply not billed then.
  if (!due)
    return {
      ok: false,
      problems: [t.notDue(clause.name, place.period ?? pricedAs ?? '', place.period === undefined)],
    };
  return { ok: true, kpi: clause.name, points };
}

/**
 * Each problem once: a problem of the base (a missing volume, a period outside the contract) arises at
 * every point and is said alone; one of some values only names them (`FCR = 0, 0.1: …`).
 */
function curveProblems(
  t: ModelProblemTexts,
  name: string,
  failing: ReadonlyMap<string, readonly Dec[]>,
  points: number,
): string[] {
  return [...failing].map(([problem, at]) => {
    if (at.length === points) return problem;
    const shown = at.slice(0, 3).map((v) => v.toFixed());
    return t.atValues(name, shown, Math.max(0, at.length - 3), problem);
  });
}
