/**
 * A graded rate adjustment whose adjustment, or adjusted rate, has more digits than the line prints is
 * marked ≈, as a score is: it printed `rate adjusted by −3.3333% (…; €80/h → €77.3333/h)` for −1/30 and
 * 80 × 29/30, as if exact, and the hourly line's `€77.3333/h` × 30 h is €2,319.999 where the invoice
 * bills €2,400.00 − €80.00 = €2,320.00. One that ends within the digits printed stays unmarked.
 */
import { csvInvoice, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';

const contract = (language: Language) =>
  testContract({
    language,
    hourly: { label: 'Consulting', rate: '80' },
    kpis: [
      {
        name: 'Cancellations',
        measure: 'Sessions cancelled ÷ sessions',
        unit: 'percent',
        direction: 'lower',
        period: 'monthly',
        model: 'rate-adjustment',
        grading: 'linear',
        threshold: '0.08',
        target: '0.02',
        malusRate: '0.10',
        bonusRate: '0.10',
      },
    ],
  });

const lines = (language: Language, cancellations: string) =>
  csvInvoice(
    contract(language),
    '2026-01',
    `Period,Kind,Name,Value\n2026-01,hours,Consulting,30\n2026-01,kpi,Cancellations,${cancellations}\n`,
  ).lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)]);

describe('a graded adjustment with more digits than printed is marked ≈', () => {
  // 6 % on −10 % at 8 % … +10 % at 2 %: score (8 − 6) ÷ (8 − 2) = 1/3, adjustment −10 % + 1/3 × 20 % =
  // −1/30; 30 h × €80 = €2,400.00 × −1/30 = −€80.00; the rate €80 × 29/30 = €77.333….
  test.each<[Language, string, string]>([
    [
      'en',
      '30 h × €80 = €2,400.00; rate adjusted by the KPIs: Cancellations ≈ −3.3333% (≈ €77.3333/h)',
      'Cancellations 6% on the adjustment scale −10% 8% … +10% 2%: rate adjusted by ≈ −3.3333% (−10% + ≈ 0.333333 × 20%; €80/h → ≈ €77.3333/h) on hourly pay of €2,400.00 = −€80.00',
    ],
    [
      'fr',
      '30 h × 80 € = 2 400,00 € ; taux ajusté par les KPI : Cancellations ≈ −3,3333 % (≈ 77,3333 €/h)',
      'Cancellations 6 % sur l’échelle d’ajustement −10 % 8 % … +10 % 2 % : taux ajusté de ≈ −3,3333 % (−10 % + ≈ 0,333333 × 20 % ; 80 €/h → ≈ 77,3333 €/h) sur des honoraires horaires de 2 400,00 € = −80,00 €',
    ],
  ])('an adjustment of −1/30 (%s)', (language, hourly, adjustment) => {
    expect(lines(language, '0.06')).toEqual([
      ['2400.00', hourly],
      ['-80.00', adjustment],
    ]);
  });

  // 5 %: score 1/2, adjustment 0 exactly: nothing to mark. 3.5 %: score 0.75, +5 %, €84/h: exact.
  test('an adjustment that ends is printed as it is', () => {
    expect(lines('en', '0.035')).toEqual([
      ['2400.00', '30 h × €80 = €2,400.00; rate adjusted by the KPIs: Cancellations +5% (€84/h)'],
      [
        '120.00',
        'Cancellations 3.5% on the adjustment scale −10% 8% … +10% 2%: rate adjusted by +5% (−10% + 0.75 × 20%; €80/h → €84/h) on hourly pay of €2,400.00 = €120.00',
      ],
    ]);
  });

  test('the cell formula gives the line', () => {
    expect(
      evaluateFormula('ROUND(HOURLYFEE(30, 80) * (-0.1 + KPISCORE(0.06, 0.08, 0.02, "lower") * 0.2), 2)'),
    ).toBe(-80);
  });
});
