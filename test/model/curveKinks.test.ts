/**
 * A fee curve holds every breakpoint at its exact value, and a breakpoint said to bend the line does bend
 * it there: the engine's amounts on either side, a step away, change slope (or jump) at that value and not
 * elsewhere. Worked by hand on the templates (BPO, OBM, IT) and on a lower-is-better clause with its own caps.
 */
import type { Contract, KpiClause } from '../../core/contract/types';
import { curveSheetPlan } from '../../core/layout/curveSheet';
import { planToGrid } from '../../core/layout/planToGrid';
import { kinkedCurve, type KinkKind, type KinkedPoint } from '../../core/model/curveKinks';
import { evenlySpaced, feeCurve } from '../../core/model/feeCurve';
import { scenarioOfPeriod, type PricingPlace } from '../../core/model/scenario';
import { dec, type Dec } from '../../core/money';
import { bpoCustomerService, itServicesSla, onlineBusinessManager } from '../../core/templates';

type Case = { contract: Contract; period: string; history: ReturnType<typeof bpoCustomerService.actuals> };
const at = (template: typeof bpoCustomerService, period: string, lang: 'en' | 'fr' = 'en'): Case => ({
  contract: template.contract(lang),
  period,
  history: template.actuals(lang),
});
const bpo = at(bpoCustomerService, '2026-10');
const obm = at(onlineBusinessManager, '2026-12', 'fr');
const it = at(itServicesSla, '2026-06');

function curve({ contract, period, history }: Case, kpi: string, from: string, to: string, steps: number) {
  const place: PricingPlace = { period, history };
  const result = kinkedCurve(
    contract,
    scenarioOfPeriod(contract, history, period),
    kpi,
    evenlySpaced(dec(from), dec(to), steps),
    place,
  );
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.points;
}
const kinksOf = (points: readonly KinkedPoint[]) =>
  points.filter((p) => p.kinks.length > 0).map((p) => [p.value.toFixed(), ...p.kinks.map((k) => k.kind)]);

/** The amount (or total) of `kpi` at `value`, the rest of the case's period held. */
function priced(c: Case, kpi: string, values: readonly Dec[]) {
  const result = feeCurve(c.contract, scenarioOfPeriod(c.contract, c.history, c.period), kpi, values, {
    period: c.period,
    history: c.history,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.points;
}

/** Slopes of `of` left and right of `value`, one `step` away: different where the line bends. */
function slopes(c: Case, kpi: string, value: string, step: string, of: 'amount' | 'total') {
  const v = dec(value);
  const h = dec(step);
  const [left, mid, right] = priced(c, kpi, [v.minus(h), v, v.plus(h)]).map((p) => p[of]);
  return [mid.minus(left).toFixed(2), right.minus(mid).toFixed(2)];
}

describe('the breakpoints of the templates, at their exact values', () => {
  test('BPO FCR: malus cap, band edges, target and bonus cap, between the grid points', () => {
    const points = curve(bpo, 'FCR', '0.70', '0.85', 7);
    expect(points.map((p) => p.value.toFixed())).toEqual([
      '0.7',
      '0.7208125',
      '0.725',
      '0.74',
      '0.75',
      '0.76',
      '0.775',
      '0.785',
      '0.8',
      '0.825',
      '0.85',
    ]);
    // FCR malus (0.74 − v) × 40,000 plus the response time's 320 reach 1 % of base fees, 1,087.50, at
    // v = 0.7208125; FCR bonus (v − 0.76) × 40,000 plus CSAT's 5,000 reach the 6,000 cap at 0.785.
    expect(kinksOf(points)).toEqual([
      ['0.7208125', 'malus-cap'],
      ['0.74', 'band'],
      ['0.75', 'target'],
      ['0.76', 'band'],
      ['0.785', 'bonus-cap'],
    ]);
    // Each one bends the total: 0.001 of FCR is €40 of fee, €48 with VAT, until a cap takes it back.
    expect(slopes(bpo, 'FCR', '0.7208125', '0.001', 'total')).toEqual(['0.00', '48.00']);
    expect(slopes(bpo, 'FCR', '0.74', '0.001', 'total')).toEqual(['48.00', '0.00']);
    expect(slopes(bpo, 'FCR', '0.76', '0.001', 'total')).toEqual(['0.00', '48.00']);
    expect(slopes(bpo, 'FCR', '0.785', '0.001', 'total')).toEqual(['48.00', '0.00']);
  });

  test('BPO CSAT: its threshold and the level at which it holds the FCR gate', () => {
    expect(kinksOf(curve(bpo, 'CSAT', '0', '1', 5))).toEqual([
      ['0.85', 'gate'],
      ['0.9', 'threshold'],
    ]);
    expect(curve(bpo, 'CSAT', '0', '1', 5).find((p) => p.kinks[0]?.kind === 'gate')!.kinks).toEqual([
      { kind: 'gate', of: 'FCR' },
    ]);
  });

  test("OBM: retention's own bonus cap, conversion's achievement cap, sessions' levels from the baseline", () => {
    // Retention: (v − 80 %) × 10,000, capped at 1,000 from v = 90 %.
    expect(kinksOf(curve(obm, 'Taux de rétention client', '0', '1', 5))).toEqual([
      ['0.8', 'target'],
      ['0.9', 'bonus-limit'],
    ]);
    expect(slopes(obm, 'Taux de rétention client', '0.9', '0.01', 'amount')).toEqual(['100.00', '0.00']);
    // Conversion: achievement v ÷ 25 %, capped at 120 % from v = 30 % (the ramp is over by December).
    expect(kinksOf(curve(obm, 'Taux de conversion des prospects', '0', '1', 5))).toEqual([
      ['0.25', 'target'],
      ['0.3', 'achievement-cap'],
    ]);
    expect(slopes(obm, 'Taux de conversion des prospects', '0.3', '0.01', 'amount')).toEqual([
      '40.00',
      '0.00',
    ]);
    // Sessions: baseline 40, threshold +0 %, target +20 %, stretch +30 %.
    expect(kinksOf(curve(obm, 'Sessions de coaching par mois', '0', '104', 5))).toEqual([
      ['40', 'threshold'],
      ['48', 'target'],
      ['52', 'stretch'],
    ]);
  });

  test('OBM: the cap on total bonus cuts at every value, and the caps column says by how much', () => {
    // 30 % of 58 h × €75 = 1,305.00 of bonus at most: whatever the retention, the total stays.
    const points = curve(obm, 'Taux de rétention client', '0', '1', 3);
    expect(new Set(points.map((p) => p.total.toFixed(2)))).toEqual(new Set(['7177.50']));
    for (const p of points)
      expect(p.amount.plus(p.caps).toFixed(2)).toBe(points[0].amount.plus(points[0].caps).toFixed(2));
  });

  test('IT: the run cost share reaches its cap at 200,000 and stops at the baseline; the availability minimum', () => {
    expect(kinksOf(curve(it, 'Infrastructure run cost', '0', '600000', 5))).toEqual([
      ['200000', 'gain-cap'],
      ['250000', 'baseline'],
    ]);
    // 30 % of the savings: 1,000 of cost is €300 of share, none once the 15,000 cap is reached.
    expect(slopes(it, 'Infrastructure run cost', '200000', '1000', 'amount')).toEqual(['0.00', '-300.00']);
    expect(slopes(it, 'Infrastructure run cost', '250000', '1000', 'amount')).toEqual(['-300.00', '0.00']);
    // Year 1 of the ratchet: the stated minimum 99.5 %; the credit falls away at it.
    const availability = curve(it, 'Availability', '0', '1', 5);
    expect(kinksOf(availability)).toEqual([
      ['0.995', 'minimum'],
      ['0.998', 'target'],
    ]);
    expect(priced(it, 'Availability', [dec('0.9949'), dec('0.995')]).map((p) => p.amount.toFixed(2))).toEqual(
      ['-6654.30', '0.00'],
    );
  });

  test('breakpoints outside the span are not added; the ends of the grid stay', () => {
    const points = curve(bpo, 'FCR', '0.77', '0.78', 3);
    expect(points.map((p) => p.value.toFixed())).toEqual(['0.77', '0.775', '0.78']);
    expect(kinksOf(points)).toEqual([]);
  });
});

describe('a lower-is-better clause with its own caps', () => {
  // Response time: target 3 min, band ± 0.5, bonus €1,000 per minute capped at €500, malus €800 per
  // minute capped at €400; no cap on the invoice. Bonus cap from 3 − 0.5 − 0.5 = 2 min down; malus cap
  // from 3 + 0.5 + 0.5 = 4 min up.
  const clause = (k: KpiClause): KpiClause =>
    k.name === 'Average response time' && k.model === 'bonus-malus'
      ? { ...k, tolerance: dec('0.5'), bonusCap: dec(500), malusCap: dec(400) }
      : k;
  const own: Case = { ...bpo, contract: { ...bpo.contract, caps: {}, kpis: bpo.contract.kpis.map(clause) } };

  test('each breakpoint on the side its direction gives it, and the line bends there', () => {
    expect(kinksOf(curve(own, 'Average response time', '0', '6', 3))).toEqual([
      ['2', 'bonus-limit'],
      ['2.5', 'band'],
      ['3', 'target'],
      ['3.5', 'band'],
      ['4', 'malus-limit'],
    ]);
    const kinds: [string, KinkKind][] = [
      ['2', 'bonus-limit'],
      ['2.5', 'band'],
      ['3.5', 'band'],
      ['4', 'malus-limit'],
    ];
    const bends = kinds.map(([v]) => slopes(own, 'Average response time', v, '0.1', 'amount'));
    expect(bends).toEqual([
      ['0.00', '-100.00'],
      ['-100.00', '0.00'],
      ['0.00', '-80.00'],
      ['-80.00', '0.00'],
    ]);
  });
});

test('the grid is the 15 significant digits a cell holds', () => {
  expect(evenlySpaced(dec(0), dec(1), 7).map((v) => v.toFixed())).toEqual([
    '0',
    '0.166666666666667',
    '0.333333333333333',
    '0.5',
    '0.666666666666667',
    '0.833333333333333',
    '1',
  ]);
});

test("the curve sheet says each breakpoint in the contract's language, the caps beside the amount", () => {
  const points = curve(obm, 'Taux de rétention client', '0', '1', 3);
  const plan = curveSheetPlan(obm.contract, 'Taux de rétention client', points, {
    kind: 'period',
    period: '2026-12',
  });
  const grid = planToGrid(plan);
  const header = grid.findIndex((row) => row[0] === 'Taux de rétention client');
  expect(grid[header]).toEqual([
    'Taux de rétention client',
    'Montant Taux de rétention client',
    'Plafonds',
    'Total de la facture',
    'Point de rupture',
  ]);
  // 0, 0.5, 1 and the breakpoints 0.8 and 0.9: 1,000 of bonus from 90 %, all of it taken back by the cap.
  expect(grid.slice(header + 1).map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
    [0, 0, -1083.75, ''],
    [0.5, 0, -1083.75, ''],
    [0.8, 0, -1083.75, 'objectif'],
    [0.9, 1000, -2083.75, 'son plafond de bonus atteint'],
    [1, 1000, -2083.75, ''],
  ]);
});

test('an invoice cap reached at a value with no end to its digits is shown at the 15 a cell holds', () => {
  // FCR bonus €300 a point: 1,000 more reach the €6,000 cap with CSAT's 5,000 at 76 % + 1,000 ÷ 30,000 =
  // 79.333… %; the engine at 0.793333333333333 prints 1,000.00 and no cap line, so the kink is claimed.
  const rate = (k: KpiClause): KpiClause =>
    k.name === 'FCR' && k.model === 'bonus-malus' ? { ...k, bonusRate: dec(30000) } : k;
  const slower: Case = { ...bpo, contract: { ...bpo.contract, kpis: bpo.contract.kpis.map(rate) } };
  const points = curve(slower, 'FCR', '0.77', '0.8', 2);
  expect(kinksOf(points)).toEqual([['0.793333333333333', 'bonus-cap']]);
  const kink = points.find((p) => p.kinks.length > 0)!;
  expect([kink.amount.toFixed(2), kink.caps.toFixed(2)]).toEqual(['1000.00', '0.00']);
});
