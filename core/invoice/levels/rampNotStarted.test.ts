/**
 * Before its ramp starts a clause applies the ramp's start, every level at that one value. For a clause of
 * one level that is a level like any (a threshold of 6 h before the glide path to 4 h). For a scale of
 * several levels (a score curve, a graded or step rate adjustment) it is no scale: the KPI at its starting
 * value paid the whole curve — 30 coaching sessions in February, before a ramp from 30 starting in April,
 * paid the stretch score 1.5 × €200.00 = €300.00; cancellations at their worst, 10 %, raised the hourly
 * rate by its largest uplift. Such a month stops the invoice, naming the ramp and what to do.
 */
import { invoiceOf, levelsContract, plain, problemsOf } from '../../../test/support/levelsContract';
import { kpiClause, testContract } from '../../../test/support/testContract';
import { buildActuals } from '../../contract/actuals';
import { dec } from '../../money';
import { buildInvoice } from '../buildInvoice';
import type { Language } from '../../contract/types';

const sessions = kpiClause('Sessions', 'Coaching sessions held', 'count', 'higher', {
  model: 'kpi-score',
  threshold: '40',
  target: '48',
  stretch: '52',
  stretchScore: '1.5',
  amount: '200.00',
  ramp: { start: '2026-04', periods: 3, from: '30' },
});

const response = kpiClause('Response', 'Hours to answer', 'hours', 'lower', {
  model: 'threshold',
  threshold: '4',
  amount: '300.00',
  ramp: { start: '2026-04', periods: 2, from: '6' },
});

describe('a scale of several levels before its ramp starts', () => {
  test.each<[Language, string]>([
    [
      'en',
      "Sessions: its ramp starts in April 2026, after this period: before it every level is the ramp's start, 30, and a scale whose levels are one value pays in full at it (threshold, target and stretch all 30); start the ramp on 2026-01, the contract's first period",
    ],
    [
      'fr',
      'Sessions : sa rampe commence en avril 2026, après cette période : avant elle chaque niveau vaut le départ de la rampe, 30, et une échelle dont les niveaux ne font qu’une valeur paie en entier à cette valeur (seuil, objectif et objectif d’excellence tous à 30) ; faites commencer la rampe en 2026-01, la première période du contrat',
    ],
  ])('a score curve stops the invoice, naming its ramp (%s)', (language, text) => {
    const c = levelsContract(language, [sessions]);
    expect(problemsOf(c, { '2026-02': { Sessions: '30' } }, '2026-02').map(plain)).toEqual([plain(text)]);
  });

  // April, period 1 of 3: threshold 30 + (40 − 30) / 3 = 33.333333, target 36, stretch 37.333333; 35
  // sessions score (35 − 33.333333) / (36 − 33.333333) ≈ 0.625: €125.00.
  test('from its first period the scale has its levels', () => {
    const c = levelsContract('en', [sessions]);
    expect(
      invoiceOf(c, { '2026-04': { Sessions: '35' } }, '2026-04')
        .lines.find((l) => l.label === 'Sessions')!
        .amount.toFixed(2),
    ).toBe('125.00');
  });

  test('a graded rate adjustment the same: 10 % cancellations, its worst, got its largest uplift', () => {
    const c = testContract({
      hourly: { label: 'Consulting', rate: '80' },
      kpis: [
        kpiClause('Cancellations', 'Sessions cancelled ÷ sessions', 'percent', 'lower', {
          model: 'rate-adjustment',
          grading: 'linear',
          threshold: '0.08',
          target: '0.05',
          bonusRate: '0.03',
          malusRate: '0.05',
          ramp: { start: '2026-04', periods: 3, from: '0.10' },
        }),
      ],
    });
    const actuals = buildActuals([
      { period: '2026-02', kind: 'hours', name: '', value: dec('10') },
      { period: '2026-02', kind: 'kpi', name: 'Cancellations', value: dec('0.1') },
    ]);
    const result = buildInvoice(c, actuals, '2026-02');
    expect(result.ok ? [] : result.problems).toEqual([
      "Cancellations: its ramp starts in April 2026, after this period: before it every level is the ramp's start, 10%, and a scale whose levels are one value pays in full at it (threshold and target both 10%); start the ramp on 2026-01, the contract's first period",
    ]);
  });

  // A threshold of one level keeps the start before its ramp, as documented: 6 h in February; 5.5 h meets it.
  test('a clause of one level applies the start, as before', () => {
    const c = levelsContract('en', [response]);
    const inv = invoiceOf(c, { '2026-02': { Response: '5.5' } }, '2026-02');
    expect(inv.lines.find((l) => l.label === 'Response')!.amount.toFixed(2)).toBe('300.00');
  });
});
