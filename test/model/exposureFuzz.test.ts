/**
 * Exposure against brute force on generated contracts: every model, both directions, reached or exceeded
 * levels, neutral bands, a clause's own caps, the invoice's bonus and malus caps, an hourly fee with its
 * variable pay. Each bound must be reached by the values it reports, and no value of the KPIs' ranges may
 * price beyond it.
 */
import fc from 'fast-check';
import { parseContract } from '../../core/contract/json';
import type { Contract } from '../../core/contract/types';
import { exposure } from '../../core/model/exposure';
import { kpiRange } from '../../core/model/kpiRange';
import { priceScenario } from '../../core/model/scenario';
import { dec, type Dec } from '../../core/money';

const level = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);
const money = fc.integer({ min: 0, max: 5000 }).map(String);

/** One KPI clause on a percent KPI, its levels in (0, 1). */
const clause = (i: number) =>
  fc
    .record({
      direction: fc.constantFrom('higher', 'lower'),
      model: fc.constantFrom(
        'bonus-malus',
        'threshold',
        'kpi-score',
        'achievement-share',
        'rate-adjustment',
        'gain-share',
        'sla-credit',
      ),
      a: level,
      b: level,
      c: level,
      rate: fc.integer({ min: 0, max: 100_000 }).map(String),
      rate2: fc.integer({ min: 0, max: 100_000 }).map(String),
      amount: money,
      ownCap: fc.option(money, { nil: undefined }),
      exceeds: fc.boolean(),
      minutes: fc.boolean(),
      gate: fc.option(level, { nil: undefined }),
    })
    .map((g) => {
      // Minutes have no upper bound: their tails are searched.
      const scale = g.minutes ? 10 : 1;
      const [low, mid, high] = [g.a, g.b, g.c].sort((x, y) => x - y).map((x) => String(x * scale));
      const ordered = g.direction === 'higher' ? [low, mid, high] : [high, mid, low];
      const common = {
        name: `K${i}`,
        measure: 'm',
        unit: g.minutes ? 'minutes' : 'percent',
        // A later clause may be gated on the first KPI.
        ...(i > 0 && g.gate !== undefined ? { gateKpi: 'K0', gateLevel: 'GATE' } : {}),
        direction: g.direction,
        period: 'monthly',
        model: g.model,
      };
      switch (g.model) {
        case 'bonus-malus':
          return {
            ...common,
            target: mid,
            bonusRate: g.rate,
            malusRate: g.rate2,
            tolerance: String(Math.min(g.a, g.c) / 10),
            ...(g.ownCap === undefined ? {} : { bonusCap: g.ownCap, malusCap: g.ownCap }),
          };
        case 'threshold':
          return {
            ...common,
            threshold: mid,
            amount: g.amount,
            ...(g.exceeds ? { comparison: 'exceeds' } : {}),
          };
        case 'kpi-score':
          return {
            ...common,
            threshold: ordered[0],
            target: ordered[1],
            stretch: ordered[2],
            amount: g.amount,
            stretchScore: '1.5',
          };
        case 'achievement-share':
          return { ...common, target: mid, weight: '1', achievementCap: '1.2' };
        case 'rate-adjustment':
          return {
            ...common,
            threshold: ordered[0],
            target: ordered[1],
            bonusRate: '0.05',
            malusRate: '0.1',
          };
        case 'sla-credit':
          // A service level is never gated; its minimum may have to be beaten.
          return {
            ...common,
            gateKpi: undefined,
            gateLevel: undefined,
            threshold: ordered[0],
            target: ordered[1],
            allocation: '0.6',
            ...(g.exceeds ? { comparison: 'exceeds' } : {}),
          };
        default:
          return {
            ...common,
            baseline: mid,
            share: g.rate,
            ...(g.ownCap === undefined ? {} : { bonusCap: g.ownCap }),
          };
      }
    });

const contractArb = fc
  .record({
    kpis: fc
      .array(fc.nat(), { minLength: 1, maxLength: 3 })
      .chain((xs) => fc.tuple(...xs.map((_, i) => clause(i)))),
    bonusCap: fc.option(money, { nil: undefined }),
    malusCap: fc.option(money, { nil: undefined }),
    // A volume whose price holds only when the first KPI meets the gate level, else its fallback.
    gatedVolume: fc.boolean(),
  })
  .map((g): Contract | null => {
    // Achievement shares' weights must sum to 1: keep the first.
    const shares = g.kpis.filter((k) => k.model === 'achievement-share');
    const gateLevel = g.kpis[0].unit === 'minutes' ? '5' : '0.5';
    const kpis = g.kpis
      .filter((k) => k.model !== 'achievement-share' || k === shares[0])
      .map((k) => ('gateLevel' in k ? { ...k, gateLevel } : k));
    const read = parseContract({
      schema: 'outcome-fees/contract@1',
      id: 'fuzz',
      name: 'Fuzz',
      parties: { client: 'A', provider: 'B' },
      currency: 'EUR',
      language: 'en',
      vatRate: '0.2',
      frequency: 'monthly',
      firstPeriod: '2026-01',
      fixedFees: [{ label: 'Base', amount: '10000' }],
      hourly: { label: 'Hours', rate: '50', variablePay: '1000' },
      volumes: [
        {
          name: 'Cases',
          unit: 'case',
          unitPrice: '2',
          ...(g.gatedVolume ? { gateKpi: 'K0', gateLevel, fallbackPrice: '1' } : {}),
        },
      ],
      ...(kpis.some((k) => k.model === 'sla-credit') ? { sla: { atRisk: { percentOfBase: '0.1' } } } : {}),
      kpis: JSON.parse(JSON.stringify(kpis)),
      caps: {
        ...(g.bonusCap === undefined ? {} : { bonus: { amount: g.bonusCap } }),
        ...(g.malusCap === undefined ? {} : { malus: { amount: g.malusCap } }),
      },
    });
    return read.ok ? read.value : null;
  });

test('generated contracts: each bound reached by its values, no grid value beyond it', () => {
  const base = {
    kpis: new Map<string, Dec>(),
    volumes: new Map([['Cases', dec(1000)]]),
    hours: dec(100),
  };
  let checked = 0;
  fc.assert(
    fc.property(
      contractArb,
      fc.array(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), {
        minLength: 10,
        maxLength: 10,
      }),
      (contract, grid) => {
        if (contract === null) return;
        const result = exposure(contract, base);
        if (!result.ok) throw new Error(result.problems.join('\n'));
        const { min, max } = result.exposure;
        const price = (values: ReadonlyMap<string, Dec>) => {
          const priced = priceScenario(contract, { ...base, kpis: new Map(values) });
          if (!priced.ok) throw new Error(priced.problems.join('\n'));
          return priced.invoice.total;
        };
        for (const bound of [min, max])
          if (bound) expect(price(bound.values).toFixed(2)).toBe(bound.total.toFixed(2));
        for (const row of grid) {
          const values = new Map(
            contract.kpis.map((k, i) => {
              const range = kpiRange(k);
              const top = range.max ?? dec(20);
              const v = range.min!.plus(
                top
                  .minus(range.min!)
                  .times(row[i] ?? 0)
                  .div(1000),
              );
              return [k.name, v.gt(0) ? v : dec('0.001')] as const;
            }),
          );
          const total = price(values);
          if (min) expect(total.gte(min.total)).toBe(true);
          if (max) expect(total.lte(max.total)).toBe(true);
        }
        checked++;
      },
    ),
    { numRuns: 200, seed: 12 },
  );
  expect(checked).toBeGreaterThan(100);
});
