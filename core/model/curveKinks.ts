/**
 * The breakpoints of a fee curve, each at its exact value with its reason, so that a curve shows every kink
 * where it is and not only near it on the grid of `--steps`: the clause's levels in force at the base, the
 * edges of its neutral band, where its own cap or floor is reached, the levels at which this KPI holds a
 * gate, where a cap of the invoice (total bonus, total malus, the at-risk pool) starts cutting, and where
 * the KPI's line turns from bonus to malus while such a cap cuts. The
 * clause's own are read from its terms (the same places as `breakpoints.ts`, each on the side its direction
 * gives it); an invoice cap's is found on the engine's own amounts and kept only when the engine confirms it.
 */
import type { Contract, KpiClause } from '../contract/types';
import { HOST_DIGITS, ZERO, dec, quotient, type Dec } from '../money';
import { defaultSpan, feeCurve, type CapKind, type CurvePoint, type CurveResult } from './feeCurve';
import { priceScenario, type PricingPlace, type ScenarioValues } from './scenario';
import { cellStep, cellValue } from './cellValue';
import { kpiRange } from './kpiRange';
import { spanCentre } from './spanCentre';

/** Why a value is a breakpoint of the curve. */
export type KinkKind =
  | 'threshold'
  | 'minimum'
  | 'target'
  | 'stretch'
  | 'band'
  | 'bonus-limit'
  | 'malus-limit'
  | 'achievement-cap'
  | 'baseline'
  | 'gain-cap'
  | 'gain-floor'
  | 'gate'
  | 'bonus-cap'
  | 'malus-cap'
  | 'sla-cap'
  | 'zero-crossing';

export interface Kink {
  readonly kind: KinkKind;
  /** The clause or volume this KPI's level gates (`gate`). */
  readonly of?: string;
}

/** A curve point with the breakpoints at its value (none for a point of the grid only). */
export interface KinkedPoint extends CurvePoint {
  readonly kinks: readonly Kink[];
}

export type KinkedCurveResult =
  | { readonly ok: true; readonly kpi: string; readonly points: readonly KinkedPoint[] }
  | { readonly ok: false; readonly problems: readonly string[] };

interface Breakpoint {
  readonly value: Dec;
  readonly kink: Kink;
}

/** The clause's own breakpoints: its levels, its band's edges, where its own limits are reached. */
export function clauseKinks(clause: KpiClause): Breakpoint[] {
  const at = (value: Dec, kind: KinkKind): Breakpoint => ({ value, kink: { kind } });
  const levels: Breakpoint[] = [];
  if (clause.threshold !== undefined)
    levels.push(at(clause.threshold, clause.model === 'sla-credit' ? 'minimum' : 'threshold'));
  if (clause.target !== undefined) levels.push(at(clause.target, 'target'));
  if (clause.stretch !== undefined) levels.push(at(clause.stretch, 'stretch'));
  // `better(x)` is x units of the KPI on the better side of `from`, as the clause's direction reads it.
  const higher = clause.direction === 'higher';
  const better = (from: Dec, x: Dec) => (higher ? from.plus(x) : from.minus(x));
  switch (clause.model) {
    case 'bonus-malus': {
      const { target, tolerance } = clause;
      const points = [...levels];
      if (!tolerance.isZero())
        points.push(at(better(target, tolerance), 'band'), at(better(target, tolerance.neg()), 'band'));
      if (clause.bonusCap !== undefined && !clause.bonusRate.isZero())
        points.push(
          at(better(target, tolerance.plus(quotient(clause.bonusCap, clause.bonusRate))), 'bonus-limit'),
        );
      if (clause.malusCap !== undefined && !clause.malusRate.isZero())
        points.push(
          at(
            better(target, tolerance.plus(quotient(clause.malusCap, clause.malusRate)).neg()),
            'malus-limit',
          ),
        );
      return points;
    }
    case 'achievement-share':
      // The ratio actual ÷ target (target ÷ actual when lower is better) reaches its cap.
      return [
        ...levels,
        at(
          higher
            ? clause.target.times(clause.achievementCap)
            : quotient(clause.target, clause.achievementCap),
          'achievement-cap',
        ),
      ];
    case 'gain-share': {
      const points = [...levels, at(clause.baseline, 'baseline')];
      if (clause.share.isZero()) return points;
      if (clause.bonusCap !== undefined)
        points.push(at(better(clause.baseline, quotient(clause.bonusCap, clause.share)), 'gain-cap'));
      if (clause.floor !== undefined && clause.floor.isNeg())
        points.push(at(better(clause.baseline, quotient(clause.floor, clause.share)), 'gain-floor'));
      return points;
    }
    default:
      return levels;
  }
}

/** The levels at which `clause`'s KPI holds another clause's or a volume's gate. */
function gateKinks(contract: Contract, clause: KpiClause): Breakpoint[] {
  const name = clause.name.toLowerCase();
  const gated = [
    ...contract.kpis.map((k) => ({ of: k.name, ...k })),
    ...contract.volumes.map((v) => ({ of: v.name, ...v })),
  ];
  return gated
    .filter((g) => g.gateKpi?.toLowerCase() === name && g.gateLevel !== undefined)
    .map((g) => ({ value: g.gateLevel!, kink: { kind: 'gate' as const, of: g.of } }));
}

/**
 * The curve of KPI `name` at `grid` and at every breakpoint between the grid's ends, ascending, each point
 * with the breakpoints at its value. Every point is an invoice of the engine, as in `feeCurve`.
 */
export function kinkedCurve(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  grid: readonly Dec[],
  place: PricingPlace = {},
): KinkedCurveResult {
  const clause = contract.kpis.find((k) => k.name.toLowerCase() === name.toLowerCase());
  if (!clause || grid.length === 0) {
    const plain = feeCurve(contract, base, name, grid, place);
    return plain.ok ? { ...plain, points: plain.points.map((p) => ({ ...p, kinks: [] })) } : plain;
  }
  const [low, high] = [grid[0], grid[grid.length - 1]].sort((a, b) => a.cmp(b));
  const within = (v: Dec) => !v.lt(low) && !v.gt(high);
  const exact = [
    ...clauseKinks(resolvedAt(contract, clause, base, place)),
    ...gateKinks(contract, clause),
  ].filter((b) => within(b.value) && inRange(clause, b.value));
  const values = ascendingDistinct([...grid, ...exact.map((b) => b.value)]);
  const priced = feeCurve(contract, base, clause.name, values, place);
  if (!priced.ok) return priced;
  const curve = typeablePoints(contract, base, clause.name, priced, place);
  const moved = new Map(priced.points.map((p, i) => [p.value.toString(), curve.points[i].value]));
  const found = exact.map((b) => ({ ...b, value: moved.get(b.value.toString()) ?? b.value }));
  const caps = [
    ...capKinks(contract, base, clause.name, curve, place),
    ...zeroCrossings(contract, base, clause.name, curve, place),
  ];
  const all = [...found, ...caps.map((p) => ({ value: p.point.value, kink: p.kink }))];
  const inSpan = (v: Dec) => within(v) && inRange(clause, v);
  const sides = jumpSides(contract, base, clause.name, curve, found, inSpan, place);
  const extra = [...caps.map((p) => p.point), ...sides];
  const points = ascendingDistinct([...curve.points, ...extra], (p) => p.value).map((p) => ({
    ...p,
    kinks: dedupe(all.filter((b) => b.value.eq(p.value)).map((b) => b.kink)),
  }));
  return { ok: true, kpi: curve.kpi, points };
}

/** The clause with the levels the engine applies at the base (a ramp, a ratchet, a baseline resolved). */
function resolvedAt(
  contract: Contract,
  clause: KpiClause,
  base: ScenarioValues,
  place: PricingPlace,
): KpiClause {
  const kpis = new Map(base.kpis);
  if (!kpis.has(clause.name)) kpis.set(clause.name, defaultSpan(clause).from);
  const priced = priceScenario(contract, { ...base, kpis }, place);
  return (priced.ok && priced.invoice.evidence.find((e) => e.clause.name === clause.name)?.clause) || clause;
}

function inRange(clause: KpiClause, value: Dec): boolean {
  const range = kpiRange(clause);
  return !(range.min && value.lt(range.min)) && !(range.max && value.gt(range.max));
}

/**
 * Where an invoice cap starts cutting between two points. Between consecutive points the KPI's own lines
 * are linear (every clause breakpoint is a point), so the cap's line moves with them: it is reached where the
 * KPI's amount equals the capped end's amount plus what that cap cut there. Each cap is followed on its own
 * line: in November the bonus cap cuts at every value of the response time while its malus reaches the
 * malus cap. Kept only when the engine, priced at that value, shows the cap reached exactly and not cutting:
 * otherwise (a line that is not linear there, a cap that moves with the KPI) nothing is claimed.
 */
function capKinks(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  curve: Extract<CurveResult, { ok: true }>,
  place: PricingPlace,
): { point: CurvePoint; kink: Kink }[] {
  const found: { point: CurvePoint; kink: Kink }[] = [];
  const points = curve.points;
  const cutBy = (point: CurvePoint, kind: CapKind) => point.capped.get(kind) ?? ZERO;
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    if (p.amount.eq(q.amount)) continue;
    const kinds = new Set([...p.capped.keys(), ...q.capped.keys()]);
    for (const kind of kinds) {
      if (cutBy(p, kind).isZero() === cutBy(q, kind).isZero()) continue;
      const [free, cut] = cutBy(p, kind).isZero() ? [p, q] : [q, p];
      const reached = cut.amount.plus(cutBy(cut, kind));
      // To the 15 significant digits a cell holds; the engine's check below says whether that is the kink.
      const value = free.value
        .plus(
          quotient(
            reached.minus(free.amount).times(cut.value.minus(free.value)),
            cut.amount.minus(free.amount),
          ),
        )
        .toSignificantDigits(HOST_DIGITS);
      const priceAt = (at: Dec): CurvePoint | undefined => {
        const priced = feeCurve(contract, base, name, [at], place);
        return priced.ok ? priced.points[0] : undefined;
      };
      const reachedAt = (at: Dec): CurvePoint | undefined => {
        const point = priceAt(at);
        return point && cutBy(point, kind).isZero() && point.amount.eq(reached) ? point : undefined;
      };
      if (value.gt(p.value) && value.lt(q.value) && reachedAt(value)) {
        // The grid's amounts are rounded, so `value` is only near the kink: the kink is the centre of the
        // values the engine prices to the capped amount, whatever the grid.
        const centre = spanCentre(p.value, value, q.value, (v) => reachedAt(v) !== undefined);
        found.push({ point: reachedAt(centre) ?? reachedAt(value)!, kink: { kind } });
        continue;
      }
      // No value pays the capped amount to the cent (lines rounded month by month, each-month): the kink
      // is where the engine's cap starts cutting, the last value before it on the free side.
      const edge = capEdge(free, cut, (v) => {
        const point = priceAt(v);
        return point && cutBy(point, kind).isZero() ? point : undefined;
      });
      if (edge) found.push({ point: edge, kink: { kind } });
    }
  }
  return found;
}

/**
 * The point nearest `cut` where `free(value)` (the engine's point there, when the cap does not cut) holds,
 * by halving the span from `free` to `cut` down to a cell's last digit; undefined when there is none
 * strictly between them.
 */
function capEdge(
  free: CurvePoint,
  cut: CurvePoint,
  isFree: (value: Dec) => CurvePoint | undefined,
): CurvePoint | undefined {
  let [yes, no] = [free.value, cut.value];
  let found: CurvePoint | undefined;
  for (let n = 0; n < MAX_HALVINGS; n++) {
    const middle = quotient(yes.plus(no), dec(2)).toSignificantDigits(HOST_DIGITS);
    if (middle.eq(yes) || middle.eq(no)) break;
    const point = isFree(middle);
    if (point) [yes, found] = [middle, point];
    else no = middle;
  }
  return found;
}

/**
 * Where the KPI's line is 0 between two points of opposite signs, when an invoice cap cuts there. The caps
 * count a line by its sign (the bonus cap its bonuses, the malus cap its maluses), so the total bends where
 * the line changes sign under a cap that cuts: a linearly graded rate adjustment goes from its bonus at the
 * target to its malus at the threshold through 0 between them, at no level of the clause. Found on the
 * engine's amounts (between the points the line is linear), kept only where the engine prices it 0.
 */
function zeroCrossings(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  curve: Extract<CurveResult, { ok: true }>,
  place: PricingPlace,
): { point: CurvePoint; kink: Kink }[] {
  const found: { point: CurvePoint; kink: Kink }[] = [];
  const priceAt = (at: Dec): CurvePoint | undefined => {
    const priced = feeCurve(contract, base, name, [at], place);
    return priced.ok ? priced.points[0] : undefined;
  };
  const isZero = (at: Dec) => priceAt(at)?.amount.isZero() === true;
  const points = curve.points;
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    if (p.amount.isZero() || q.amount.isZero() || p.amount.isNeg() === q.amount.isNeg()) continue;
    const zero = zeroBetween(p, q, priceAt);
    const point = zero && priceAt(spanCentre(p.value, zero, q.value, isZero));
    if (point && point.amount.isZero() && point.capped.size > 0)
      found.push({ point, kink: { kind: 'zero-crossing' } });
  }
  return found;
}

/** Halvings of a span before giving up on finding where a line is 0 in it (a cell holds 15 digits). */
const MAX_HALVINGS = 64;

/**
 * A value strictly between `p` and `q` (amounts of opposite signs) where the engine prices the KPI's line
 * 0: first where their straight line is 0, then by halving the span on the sign the engine gives.
 */
function zeroBetween(
  p: CurvePoint,
  q: CurvePoint,
  priceAt: (at: Dec) => CurvePoint | undefined,
): Dec | undefined {
  let [low, high] = [p, q];
  let value = p.value
    .minus(quotient(p.amount.times(q.value.minus(p.value)), q.amount.minus(p.amount)))
    .toSignificantDigits(HOST_DIGITS);
  for (let n = 0; n < MAX_HALVINGS; n++) {
    if (!value.gt(low.value) || !value.lt(high.value)) return undefined;
    const at = priceAt(value);
    if (!at) return undefined;
    if (at.amount.isZero()) return value;
    if (at.amount.isNeg() === low.amount.isNeg()) low = at;
    else high = at;
    value = quotient(low.value.plus(high.value), dec(2)).toSignificantDigits(HOST_DIGITS);
  }
  return undefined;
}

/**
 * A level the line jumps at (a threshold, a minimum, a gate held) drawn as the step it is: beside the
 * level, the cell value one digit away on the side the level does not hold (below a threshold that is
 * reached, above one that must be exceeded), kept where the engine prices another amount or total there.
 * Without it a chart joins the two sides with a slope that no value pays: CSAT 87.5 % is not half the fee.
 */
function jumpSides(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  curve: Extract<CurveResult, { ok: true }>,
  found: readonly Breakpoint[],
  inSpan: (value: Dec) => boolean,
  place: PricingPlace,
): CurvePoint[] {
  const sides: CurvePoint[] = [];
  for (const point of curve.points) {
    if (!found.some((b) => b.value.eq(point.value))) continue;
    const unit = cellStep(point.value);
    const candidates = [point.value.minus(unit), point.value.plus(unit)].filter(
      (v) => inSpan(v) && !curve.points.some((p) => p.value.eq(v)),
    );
    const priced = feeCurve(contract, base, name, candidates, place);
    if (!priced.ok) continue;
    sides.push(...priced.points.filter((p) => !p.amount.eq(point.amount) || !p.total.eq(point.total)));
  }
  return sides;
}

/**
 * Each point at a value a cell holds (cellValue.ts): a breakpoint found by division (a cap ÷ a rate) moves
 * to the 15-digit neighbour on its side, the one the engine prices to the same amount and total.
 */
function typeablePoints(
  contract: Contract,
  base: ScenarioValues,
  name: string,
  curve: Extract<CurveResult, { ok: true }>,
  place: PricingPlace,
): Extract<CurveResult, { ok: true }> {
  const points = curve.points.map((point) => {
    let moved: CurvePoint | undefined;
    cellValue(point.value, (candidate) => {
      const at = feeCurve(contract, base, name, [candidate], place);
      const p = at.ok ? at.points[0] : undefined;
      moved = p && p.amount.eq(point.amount) && p.total.eq(point.total) ? p : undefined;
      return moved !== undefined;
    });
    return moved ?? point;
  });
  return { ...curve, points };
}

function ascendingDistinct<T>(items: readonly T[], key: (item: T) => Dec = (item) => item as Dec): T[] {
  const sorted = [...items].sort((a, b) => key(a).cmp(key(b)));
  return sorted.filter((item, i) => i === 0 || !key(item).eq(key(sorted[i - 1])));
}

function dedupe(kinks: readonly Kink[]): Kink[] {
  const seen = new Set<string>();
  return kinks.filter((k) => {
    const key = `${k.kind}|${k.of ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
