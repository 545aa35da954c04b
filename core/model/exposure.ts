/**
 * Exposure: for given volumes and hours, the smallest and largest invoice total over every KPI value in its
 * valid range, the KPI values that reach each, and the clauses that leave a side unbounded. Exact, not
 * sampled.
 *
 * Why looking at a few values per KPI is exact. With volumes and hours fixed, each KPI clause's line depends
 * on its own KPI only (its hourly pay and at-risk amount come from the base lines). The invoice then
 * aggregates those lines through functions that never decrease when a line grows: the bonus cap keeps
 * min(Σ bonuses, cap), the malus cap max(Σ maluses, −cap), the at-risk cap min(Σ credits, pool), earnbacks
 * and VAT are added, and each rounding to the minor unit is monotone. So the subtotal (and the total, a
 * monotone function of it) is non-decreasing in every KPI's own lines, even though the caps couple KPIs: the
 * maximum is reached by giving each KPI the value that maximises its own lines, the minimum likewise. Each
 * line is monotone between consecutive breakpoints (levels, band edges, cap kinks: see breakpoints.ts), so
 * that value is among the breakpoints and the range ends. When one value of a KPI does not maximise all of
 * its lines at once (a credit and its earnback disagreeing), the candidates left are enumerated together.
 * Beyond the outermost breakpoint a line is constant or linear; a linear tail with no cap on its side is
 * unbounded, and with one the tail is followed (doubling) until the engine's total stops moving, the value
 * where the cap is reached. The one tail that is neither, a lower-is-better achievement share (target ÷
 * actual), falls towards 0 and is followed until its line, rounded to the minor unit, is 0. Gates couple a
 * clause or a volume price to another KPI: each gate is searched as one more line of its gate KPI (see
 * gates.ts). The values reported are ones a cell holds (cellValue.ts).
 */
import type { Contract, KpiClause } from '../contract/types';
import { modelProblemTexts } from '../i18n/modelProblems';
import { modelSheetTexts } from '../i18n/modelSheets';
import type { Invoice, LineKind } from '../invoice/types';
import { ONE, ZERO, decMax, type Dec } from '../money';
import { breakpoints } from './breakpoints';
import { cellValue } from './cellValue';
import { gateBreakpoints, gateIndicators, heldGate } from './gates';
import { kpiRange, pricedAt } from './kpiRange';
import { dueClauses, priceScenario, type PricingPlace, type ScenarioValues } from './scenario';

/** One side of the exposure: the totals, the KPI values that reach them, and that invoice. */
export interface ExposureBound {
  readonly subtotal: Dec;
  readonly total: Dec;
  readonly values: ReadonlyMap<string, Dec>;
  /** The invoice at those values: its lines say how each bound is reached (a credit, a cap's line). */
  readonly invoice: Invoice;
}

/** A line of the least or the most invoice, with its amount at each bound (`null`: that side is unbounded). */
export interface ExposureLine {
  readonly kind: LineKind;
  readonly label: string;
  readonly min: Dec | null;
  readonly max: Dec | null;
}

/**
 * The lines of the least and the most invoice side by side, VAT last, so that each bound reads as the sum
 * it is: a line one invoice does not print is 0 there (a cap that cuts only at the maximum).
 */
export function exposureLines(exposure: Exposure): ExposureLine[] {
  const rows = new Map<string, { kind: LineKind; label: string; min: Dec | null; max: Dec | null }>();
  const sides = [
    ['min', exposure.min],
    ['max', exposure.max],
  ] as const;
  for (const [side, bound] of sides) {
    if (bound === null) continue;
    for (const line of [...bound.invoice.lines, bound.invoice.vat]) {
      const key = `${line.kind}|${line.kpi ?? ''}|${line.label}`;
      const row = rows.get(key) ?? {
        kind: line.kind,
        label: line.label,
        min: exposure.min && ZERO,
        max: exposure.max && ZERO,
      };
      row[side] = row[side]!.plus(line.amount);
      rows.set(key, row);
    }
  }
  // VAT last, after every line it is computed on.
  const all = [...rows.values()];
  return [...all.filter((r) => r.kind !== 'vat'), ...all.filter((r) => r.kind === 'vat')];
}

/** A clause that makes one side unbounded, and why in a sentence. */
export interface UnboundedClause {
  readonly clause: string;
  readonly side: 'min' | 'max';
  /** The end of the KPI's values that has no bound. */
  readonly end: 'upper' | 'lower';
  /** Why, in a sentence in the contract's language (the engine's problems are in it too). */
  readonly reason: string;
}

/** `null` for an unbounded side. */
export interface Exposure {
  readonly min: ExposureBound | null;
  readonly max: ExposureBound | null;
  readonly unbounded: readonly UnboundedClause[];
}

export type ExposureResult =
  | { readonly ok: true; readonly exposure: Exposure }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Enumerating more combinations than this means the method's premise failed: say so rather than hang. */
const MAX_COMBINATIONS = 100_000;
/** A cap of any amount a host can hold is reached long before 2^400 times the first step. */
const MAX_DOUBLINGS = 400;

/** Amount of each line kind the KPI's clause produced (a line not printed counts as 0). */
type LineVector = ReadonlyMap<string, Dec>;

function linesOf(invoice: Invoice, name: string): LineVector {
  const vector = new Map<string, Dec>();
  for (const line of invoice.lines) {
    if (line.kpi === name) vector.set(line.kind, (vector.get(line.kind) ?? ZERO).plus(line.amount));
  }
  return vector;
}

function sumOf(vector: LineVector): Dec {
  let sum = ZERO;
  for (const amount of vector.values()) sum = sum.plus(amount);
  return sum;
}

/** Whether `a` is at least `b` on every line kind (`sign` −1: at most). */
function dominates(a: LineVector, b: LineVector, sign: 1 | -1): boolean {
  for (const kind of new Set([...a.keys(), ...b.keys()])) {
    const diff = (a.get(kind) ?? ZERO).minus(b.get(kind) ?? ZERO).times(sign);
    if (diff.lt(ZERO)) return false;
  }
  return true;
}

interface Candidate {
  readonly value: Dec;
  readonly lines: LineVector;
}

/** What one KPI contributes to the search: its priced candidates, and the sides its tails leave open. */
interface KpiSearch {
  readonly clause: KpiClause;
  readonly candidates: Candidate[];
  readonly unbounded: UnboundedClause[];
  /** A tail that should reach a cap and did not: the premise of the method failed, say so. */
  readonly problems: string[];
}

/** The exposure of the scenario `base` (its volumes and hours; its KPI values are only a starting point). */
export function exposure(contract: Contract, base: ScenarioValues, place: PricingPlace = {}): ExposureResult {
  const clauses = dueClauses(contract, place);
  const start = new Map(base.kpis);
  // A value the base lacks starts at a level, which the engine prices (a range's end may not be: an
  // achievement share refuses an actual of 0).
  for (const clause of clauses) {
    if (!start.has(clause.name)) {
      const values = finiteValues(clause, contract);
      start.set(clause.name, values.find((v) => breakpoints(clause).some((b) => b.eq(v))) ?? values[0]);
    }
  }
  const price = (kpis: ReadonlyMap<string, Dec>) => priceScenario(contract, { ...base, kpis }, place);
  const first = price(start);
  if (!first.ok) return { ok: false, problems: first.problems };

  // Levels that move (a baseline, a ramp, a ratchet) are searched at the values the engine resolved here.
  const resolved = new Map(first.invoice.evidence.map((e) => [e.clause.name, e.clause] as const));
  const searches = clauses.map((clause) =>
    searchKpi(resolved.get(clause.name) ?? clause, contract, start, price),
  );
  const failures = searches.flatMap((s) => s.problems);
  if (failures.length > 0) return { ok: false, problems: failures };
  const side = (sign: 1 | -1): ExposureBound | null | string => {
    const which = sign === 1 ? 'max' : 'min';
    if (searches.some((s) => s.unbounded.some((u) => u.side === which))) return null;
    const options = searches.map((s) => pareto(s.candidates, sign));
    const count = options.reduce((n, o) => n * o.length, 1);
    if (count > MAX_COMBINATIONS)
      return modelProblemTexts(contract.language).tooManyCombinations(count, MAX_COMBINATIONS);
    let best: { invoice: Invoice; values: Map<string, Dec> } | null = null;
    for (const combination of combinations(options)) {
      const values = new Map(start);
      combination.forEach((value, i) => values.set(searches[i].clause.name, value));
      const result = price(values);
      if (!result.ok) {
        const at = combination.map((v, i) => `${searches[i].clause.name} = ${v.toString()}`).join(', ');
        return modelProblemTexts(contract.language).refusedAt(at, result.problems);
      }
      if (best === null || result.invoice.total.minus(best.invoice.total).times(sign).gt(ZERO)) {
        best = { invoice: result.invoice, values };
      }
    }
    if (best === null) return modelProblemTexts(contract.language).noCombination;
    const found = typeable(best, price);
    const values = new Map(clauses.map((c) => [c.name, found.values.get(c.name)!]));
    return { subtotal: found.invoice.subtotal, total: found.invoice.total, values, invoice: found.invoice };
  };
  const min = side(-1);
  const max = side(1);
  const problems = [min, max].filter((s): s is string => typeof s === 'string');
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    exposure: {
      min: min as ExposureBound | null,
      max: max as ExposureBound | null,
      // The least side first, as every table of the exposure lists its bounds; the contract's order within one.
      unbounded: (['min', 'max'] as const).flatMap((which) =>
        searches.flatMap((s) => s.unbounded.filter((u) => u.side === which)),
      ),
    },
  };
}

/** The breakpoints inside the valid range and the range's finite ends, ascending, without repeats. */
function finiteValues(clause: KpiClause, contract: Contract): Dec[] {
  const range = kpiRange(clause);
  const inside = (v: Dec) => !(range.min && v.lt(range.min)) && !(range.max && v.gt(range.max));
  const values = [
    ...[...breakpoints(clause), ...gateBreakpoints(contract, clause)].filter(inside),
    ...[range.min, range.max].filter((v) => v !== undefined),
  ];
  if (values.length === 0) values.push(ZERO);
  values.sort((a, b) => a.cmp(b));
  return values.filter((v, i) => (i === 0 || !v.eq(values[i - 1])) && pricedAt(clause, v));
}

function searchKpi(
  clause: KpiClause,
  contract: Contract,
  start: ReadonlyMap<string, Dec>,
  price: (kpis: ReadonlyMap<string, Dec>) => ReturnType<typeof priceScenario>,
): KpiSearch {
  const problems: string[] = [];
  const t = modelProblemTexts(contract.language);
  // A value of the range the engine cannot price (an amount beyond what a cell holds) is said, never
  // skipped: the bound found without it would be a plausible figure and a wrong one.
  const at = (value: Dec) => {
    const result = price(new Map(start).set(clause.name, value));
    if (result.ok) return result.invoice;
    problems.push(t.refusedAt(`${clause.name} = ${value.toString()}`, result.problems));
    return null;
  };
  const candidates: Candidate[] = [];
  // Gates (gates.ts): the gates this KPI decides count as lines; a gated clause is priced gate held too.
  const held = heldGate(contract, clause);
  const add = (value: Dec, invoice: Invoice | null) => {
    if (!invoice) return;
    const lines = new Map([...linesOf(invoice, clause.name), ...gateIndicators(contract, clause, value)]);
    const heldResult = held && price(new Map([...start, ...held]).set(clause.name, value));
    if (heldResult && heldResult.ok)
      for (const [kind, amount] of linesOf(heldResult.invoice, clause.name))
        lines.set(`held:${kind}`, amount);
    candidates.push({ value, lines });
  };
  const values = finiteValues(clause, contract);
  for (const value of values) add(value, at(value));

  const unbounded: UnboundedClause[] = [];
  const range = kpiRange(clause);
  // A gated clause's tail is followed with its gate held: a bonus withheld at the starting values would
  // read as a flat tail, when holding the gate lets it grow without end.
  const tail = (value: Dec) => {
    if (!held) return at(value);
    const result = price(new Map([...start, ...held]).set(clause.name, value));
    if (result.ok) return result.invoice;
    problems.push(t.refusedAt(`${clause.name} = ${value.toString()}`, result.problems));
    return null;
  };
  for (const sign of [1, -1] as const) {
    if ((sign === 1 ? range.max : range.min) !== undefined) continue;
    const edge = sign === 1 ? values[values.length - 1] : values[0];
    const step = decMax(ONE, edge.abs()).times(sign);
    let near = edge.plus(step);
    add(near, at(near));
    let nearInvoice = tail(near);
    const farInvoice = tail(edge.plus(step.times(2)));
    if (!nearInvoice || !farInvoice) continue;
    if (fallsToZero(clause, sign)) {
      // Not a malus and never unbounded: the share reaches 0 once rounded to the minor unit.
      let zero = nearInvoice;
      for (let i = 0; i < MAX_DOUBLINGS && !sumOf(linesOf(zero, clause.name)).isZero(); i++) {
        near = edge.plus(near.minus(edge).times(2));
        const further = tail(near);
        if (!further) break;
        zero = further;
      }
      if (sumOf(linesOf(zero, clause.name)).isZero()) add(near, at(near));
      else problems.push(t.shareNotZero(clause.name));
      continue;
    }
    const slope = sumOf(linesOf(farInvoice, clause.name)).minus(sumOf(linesOf(nearInvoice, clause.name)));
    if (slope.isZero()) continue;
    const rising = slope.gt(ZERO);
    // Every KPI line but credits counts towards the bonus or the malus cap (core/invoice/caps.ts).
    const cap = rising ? contract.caps.bonus : contract.caps.malus;
    if (!cap) {
      unbounded.push({
        clause: clause.name,
        side: rising ? 'max' : 'min',
        end: sign === 1 ? 'upper' : 'lower',
        reason: modelSheetTexts(contract.language).uncapped(
          clause.name,
          rising ? 'max' : 'min',
          clause.unit,
          sign === 1 ? 'upper' : 'lower',
        ),
      });
      continue;
    }
    let reached = false;
    for (let i = 0; i < MAX_DOUBLINGS && !reached; i++) {
      const further = edge.plus(near.minus(edge).times(2));
      const furtherInvoice = tail(further);
      if (!furtherInvoice) break;
      reached = furtherInvoice.total.eq(nearInvoice.total);
      if (reached) add(near, at(near));
      else [near, nearInvoice] = [further, furtherInvoice];
    }
    if (!reached) problems.push(t.capNotReached(clause.name, rising ? 'bonus' : 'malus'));
  }
  return { clause, candidates, unbounded, problems };
}

/**
 * A lower-is-better achievement share pays target ÷ actual of its variable pay: as the KPI grows without
 * end it falls towards 0 without a linear tail, so neither a cap nor its absence decides that side.
 */
function fallsToZero(clause: KpiClause, sign: 1 | -1): boolean {
  return clause.model === 'achievement-share' && clause.direction === 'lower' && sign === 1;
}

/**
 * The bound with each KPI value as a cell can hold it (cellValue.ts): a 40-digit breakpoint is replaced by a
 * 15-digit neighbour at which the engine gives the same total, and the invoice is the one at those values.
 */
function typeable(
  best: { invoice: Invoice; values: Map<string, Dec> },
  price: (kpis: ReadonlyMap<string, Dec>) => ReturnType<typeof priceScenario>,
): { invoice: Invoice; values: Map<string, Dec> } {
  let found = best;
  for (const [name, exact] of best.values) {
    let priced: Invoice | undefined;
    const value = cellValue(exact, (candidate) => {
      const result = price(new Map(found.values).set(name, candidate));
      priced = result.ok && result.invoice.total.eq(best.invoice.total) ? result.invoice : undefined;
      return priced !== undefined;
    });
    if (!value.eq(exact) && priced)
      found = { invoice: priced, values: new Map(found.values).set(name, value) };
  }
  return found;
}

/** The candidates no other one beats on every line; one when a single value is best on all of them. */
function pareto(candidates: readonly Candidate[], sign: 1 | -1): Dec[] {
  const best = candidates.find((c) => candidates.every((o) => dominates(c.lines, o.lines, sign)));
  if (best) return [best.value];
  return candidates
    .filter(
      (c) =>
        !candidates.some(
          (o) => o !== c && dominates(o.lines, c.lines, sign) && !dominates(c.lines, o.lines, sign),
        ),
    )
    .map((c) => c.value);
}

function* combinations(options: readonly Dec[][]): Generator<Dec[]> {
  if (options.some((o) => o.length === 0)) return;
  const index = options.map(() => 0);
  for (;;) {
    yield index.map((i, k) => options[k][i]);
    let k = options.length - 1;
    while (k >= 0 && ++index[k] === options[k].length) index[k--] = 0;
    if (k < 0) return;
  }
}
