/**
 * Exposure stays exact with gates: a gated bonus and a gated price per contact couple two KPIs, so the
 * search must find the CSAT value that holds the gates and the AHT value that pays the bonus most even
 * when the gate fails at the start. Checked against every pair of a fine grid of values, for gates its
 * level holds (`reaches`, the default) and strict gates (`exceeds`: the level itself fails them, so a gated
 * clause must be priced with its gate held beyond the level, not at it).
 */
import { ahtClause, csatClause, testContract } from '../../test/support/testContract';
import type { Comparison, Contract } from '../contract/types';
import { dec, type Dec } from '../money';
import { exposure } from './exposure';
import { priceScenario } from './scenario';

/** `gateComparison` left out gives the default gate, the one its level holds. */
function contract(gateComparison?: Comparison): Contract {
  const gate = { gateKpi: 'CSAT', ...(gateComparison === undefined ? {} : { gateComparison }) };
  return testContract({
    id: 'gates',
    name: 'Gates',
    volumes: [{ name: 'Contacts', unit: 'contact', unitPrice: '1.50', ...gate, gateLevel: '0.85' }],
    kpis: [
      ahtClause({ bonusCap: '1500', malusCap: '1000', validMax: '20', ...gate, gateLevel: '0.8' }),
      csatClause({ model: 'threshold', threshold: '0.9', amount: '300.00' }),
    ],
  });
}

// Max: 1,000 × 1.50 = 1,500.00 (CSAT at or past 85 %) + bonus capped 1,500.00 (AHT ≤ 3, CSAT at or past
// 80 %) + 300.00 (CSAT ≥ 90 %) = 3,300.00; VAT 660.00; total 3,960.00. Min: price 0 (CSAT short of 85 %),
// malus capped −1,000.00, CSAT fee 0: −1,000.00; VAT −200.00; total −1,200.00. Strict or not, the grid's
// best CSAT (100 %) is past every level, so both comparisons have these bounds.
test.each([
  ['reaching its level (the default)', undefined],
  ['exceeding its level', 'exceeds'],
] as const)(
  'exposure with a gated bonus and a gated price, each gate %s, equals the best and worst of a full grid',
  (_, comparison) => {
    const c = contract(comparison);
    // The start (CSAT 0 fails both gates) is the hard case: the bonus and the price are withheld there.
    const base = {
      kpis: new Map<string, Dec>([
        ['CSAT', dec(0)],
        ['AHT', dec(20)],
      ]),
      volumes: new Map([['Contacts', dec(1000)]]),
    };
    const result = exposure(c, base);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const totals: Dec[] = [];
    for (let aht = 0; aht <= 40; aht++) {
      for (let csat = 0; csat <= 100; csat++) {
        const kpis = new Map([
          ['AHT', dec(aht / 2)],
          ['CSAT', dec(csat / 100)],
        ]);
        const priced = priceScenario(c, { ...base, kpis });
        if (priced.ok) totals.push(priced.invoice.total);
      }
    }
    const max = totals.reduce((a, b) => (b.gt(a) ? b : a));
    const min = totals.reduce((a, b) => (b.lt(a) ? b : a));
    expect(max.toFixed(2)).toBe('3960.00');
    expect(min.toFixed(2)).toBe('-1200.00');
    expect(result.exposure.max!.total.toFixed(2)).toBe(max.toFixed(2));
    expect(result.exposure.min!.total.toFixed(2)).toBe(min.toFixed(2));
  },
);

test('a strictly gated bonus without a cap, its gate failing at the start, leaves the maximum unbounded', () => {
  // K1's bonus, €1 a minute above 0.1 min with no cap, is paid only when K0 is below 50 % (lower is better,
  // strict). Its tail must be followed with the gate held, at 0.499999999999999, not at 0.5 where a strict
  // gate fails: priced at 0.5 the bonus is withheld all along the tail, which reads as a bounded maximum.
  const c = testContract({
    id: 'strict-tail',
    name: 'Strictly gated tail',
    kpis: [
      {
        ...csatClause({ model: 'bonus-malus', target: '0.51', bonusRate: '0', malusRate: '0' }),
        name: 'K0',
        direction: 'lower',
      },
      {
        ...ahtClause({}),
        name: 'K1',
        direction: 'higher',
        target: '0.1',
        bonusRate: '1',
        malusRate: '0',
        gateKpi: 'K0',
        gateLevel: '0.5',
        gateComparison: 'exceeds',
      },
    ],
  });
  const start = {
    kpis: new Map<string, Dec>([
      ['K0', dec('0.6')],
      ['K1', dec('0.2')],
    ]),
    volumes: new Map<string, Dec>(),
  };
  const result = exposure(c, start);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  expect(result.exposure.max).toBeNull();
  expect(result.exposure.unbounded.map((u) => [u.clause, u.side])).toEqual([['K1', 'max']]);
});
