/**
 * A sum over a period with an excluded month (force majeure, a client-caused outage): the months that
 * count are summed and the sum taken pro rata to the whole period, since its levels are stated for the
 * whole period. Left out alone, the excluded month lowered the sum as if nothing was done in it: 220
 * sessions in two months against 300 a quarter missed by 80, where the supplier ran at 330 a quarter.
 */
import { plain, testContract } from '../../../test/support/testContract';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';

/** Quarterly: sessions summed over the quarter, €10 a session either side of 300. */
const contract = (language: Language, threshold = false) =>
  testContract({
    language,
    frequency: 'quarterly',
    kpis: [
      {
        name: 'Sessions',
        measure: 'Coaching sessions held',
        unit: 'count',
        direction: 'higher',
        period: 'monthly',
        aggregation: 'sum',
        ...(threshold
          ? { model: 'threshold', threshold: '300', amount: '1000.00' }
          : { model: 'bonus-malus', target: '300', bonusRate: '10', malusRate: '10' }),
      },
    ],
  });

function invoice(language: Language, values: Record<string, string | null>, threshold = false) {
  const entries: ActualEntry[] = Object.entries(values).flatMap(([period, value]): ActualEntry[] =>
    value === null
      ? [{ period, kind: 'excluded', name: 'Sessions', reason: 'client-caused outage' }]
      : [{ period, kind: 'kpi', name: 'Sessions', value: dec(value) }],
  );
  const result = buildInvoice(contract(language, threshold), buildActuals(entries), '2026-01');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('a sum with an excluded month', () => {
  // (100 + 120) × 3 ÷ 2 = 330 vs 300: +30 × €10 = €300.00 (left out alone: 220, −80 × €10 = −€800.00).
  test.each<[Language, string]>([
    [
      'en',
      'Sessions 330 vs target 300: +30 × €10 = €300.00; sum of Q1 2026 (100, February 2026 excluded (client-caused outage), 120) = 220, pro rata for the 2 months of 3 not excluded: 220 × 3 ÷ 2 = 330',
    ],
    [
      'fr',
      'Sessions 330 vs objectif 300 : +30 × 10 € = 300,00 € ; somme de T1 2026 (100 ; février 2026 exclu (client-caused outage) ; 120) = 220, au prorata des 2 mois sur 3 non exclus : 220 × 3 ÷ 2 = 330',
    ],
  ])('is taken pro rata to the whole period (golden, %s)', (lang, text) => {
    const inv = invoice(lang, { '2026-01': '100', '2026-02': null, '2026-03': '120' });
    expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([['300.00', text]]);
    expect(inv.evidence[0].actual?.toFixed()).toBe('330');
  });

  // 199 × 3 ÷ 2 = 298.5 < 300: no fee; 200 × 3 ÷ 2 = 300 exactly: €1,000.00.
  test('a threshold exactly on the pro-rata sum is reached; just under it is not', () => {
    const on = invoice('en', { '2026-01': '100', '2026-02': null, '2026-03': '100' }, true);
    expect(on.lines[0].amount.toFixed(2)).toBe('1000.00');
    const under = invoice('en', { '2026-01': '100', '2026-02': null, '2026-03': '99' }, true);
    expect(under.lines[0].amount.toFixed(2)).toBe('0.00');
    expect(plain(under.lines[0].explanation)).toContain(
      '= 199, pro rata for the 2 months of 3 not excluded: 199 × 3 ÷ 2 = 298.5',
    );
  });

  // Two months excluded: 110 × 3 = 330. None excluded: the plain sum, 100 + 110 + 120 = 330, no pro rata.
  test('with two months excluded, and with none', () => {
    const one = invoice('en', { '2026-01': null, '2026-02': '110', '2026-03': null });
    expect(one.evidence[0].actual?.toFixed()).toBe('330');
    const all = invoice('en', { '2026-01': '100', '2026-02': '110', '2026-03': '120' });
    expect(plain(all.lines[0].explanation)).toContain('; sum of Q1 2026 (100, 110, 120) = 330');
    expect(plain(all.lines[0].explanation)).not.toContain('pro rata');
  });

  test('by hand: the sum of the months that count, times the months, divided by those counted', () => {
    expect(evaluateFormula('BONUSMALUS(SUM(100, 120) * 3 / 2, 300, 10, 10)')).toBe(300);
  });
});
