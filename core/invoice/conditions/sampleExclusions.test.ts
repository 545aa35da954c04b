/**
 * A minimum sample and excluded months together. An aggregated clause's value leaves an excluded month out,
 * so that month's answers measure nothing it is judged on: the sample counts only the months its value is
 * formed from (not excluded, and for a time-boxed clause its active months). It counted the whole period,
 * and an NPS averaged over five months of 121 answers passed a minimum of 150 on the 29 answers of the month
 * the parties had excluded. A gate reading an aggregated KPI's month before its period closes does not
 * judge on a month the actuals exclude: the month's value (kept as evidence) failed the gate, and without
 * one the invoice stopped for it.
 */
import { ahtClause, csvInvoice, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';

const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];

const nps = (terms: Record<string, unknown> = {}) => ({
  name: 'NPS',
  measure: 'Promoters − detractors',
  unit: 'points',
  direction: 'higher',
  period: 'half-yearly',
  model: 'bonus-malus',
  target: '40',
  bonusRate: '50',
  malusRate: '50',
  aggregation: 'average',
  sampleVolume: 'Answers',
  sampleMinimum: '150',
  ...terms,
});

/** NPS 40, 50, 30, 40, 45 from January to May and 43 in June; `answers` a month; June excluded or not. */
const halfYear = (answers: readonly number[], juneExcluded: boolean) =>
  'Period,Kind,Name,Value\n' +
  MONTHS.map(
    (m, i) => `${m},volume,Answers,${answers[i]}\n${m},kpi,NPS,${[40, 50, 30, 40, 45, 43][i]}\n`,
  ).join('') +
  (juneExcluded ? '2026-06,excluded,NPS,survey tool outage\n' : '');

const lines = (language: Language, csv: string) =>
  csvInvoice(testContract({ language, kpis: [nps()] }), '2026-06', csv).lines.map((l) => [
    l.amount.toFixed(2),
    plain(l.explanation),
  ]);

describe('the sample of an aggregated clause counts the months its value is formed from', () => {
  // January to May: 30 + 30 + 30 + 30 + 1 = 121 answers, under 150; June's 29 would make it 150, but June is
  // excluded and its NPS is not in the average (40 + 50 + 30 + 40 + 45) / 5 = 41.
  test.each<[Language, string]>([
    [
      'en',
      'NPS: sample 121 (Answers; June 2026 excluded, not counted) < minimum 150: not evaluated, no bonus, no malus: €0.00',
    ],
    [
      'fr',
      'NPS : échantillon 121 (Answers ; juin 2026 exclu, non compté) < minimum 150 : non évalué, ni bonus ni malus : 0,00 €',
    ],
  ])('an excluded month’s answers are not counted (golden, %s)', (language, text) => {
    expect(lines(language, halfYear([30, 30, 30, 30, 1, 29], true))).toEqual([['0.00', text]]);
  });

  test('one answer more over the months counted is enough: +1 pt × €50 on the average 41', () => {
    expect(lines('en', halfYear([30, 30, 30, 30, 30, 29], true))).toEqual([
      [
        '50.00',
        'NPS 41 pts vs target 40 pts: +1 pt × €50 = €50.00; average of H1 2026 (40 pts, 50 pts, 30 pts, 40 pts, 45 pts, June 2026 excluded (survey tool outage)) = 41 pts',
      ],
    ]);
  });

  test('the sample of an excluded month need not be entered', () => {
    const csv = halfYear([30, 30, 30, 30, 30, 29], true).replace('2026-06,volume,Answers,29\n', '');
    expect(lines('en', csv).map(([amount]) => amount)).toEqual(['50.00']);
  });

  test('without an exclusion every month counts, as before: 150 answers, (40+50+30+40+45+43)/6 = 41.333333', () => {
    expect(lines('en', halfYear([30, 30, 30, 30, 1, 29], false)).map(([amount]) => amount)).toEqual([
      '66.67',
    ]);
  });

  // A Black Friday CSAT formed over November on a Q4 invoice is judged on November's answers: 10 < 30, where
  // the quarter's 50 passed.
  test('a time-boxed clause counts its active months only', () => {
    const c = testContract({
      frequency: 'quarterly',
      firstPeriod: '2026-10',
      kpis: [
        {
          name: 'CSAT BF',
          measure: 'Satisfied in the Black Friday month',
          unit: 'percent',
          direction: 'higher',
          period: 'monthly',
          model: 'threshold',
          threshold: '0.85',
          amount: '2000.00',
          aggregation: 'average',
          activeMonths: ['2026-11'],
          sampleVolume: 'Answers',
          sampleMinimum: '30',
        },
      ],
    });
    const csv = (november: number) =>
      'Period,Kind,Name,Value\n2026-10,volume,Answers,20\n' +
      `2026-11,volume,Answers,${november}\n2026-11,kpi,CSAT BF,0.9\n2026-12,volume,Answers,20\n`;
    expect(csvInvoice(c, '2026-10', csv(10)).lines.map((l) => [l.amount.toFixed(2), l.explanation])).toEqual([
      [
        '0.00',
        'CSAT BF: sample 10 (Answers) < minimum 30: not evaluated, no fee: €0.00 (clause active in November 2026)',
      ],
    ]);
    expect(csvInvoice(c, '2026-10', csv(30)).lines.map((l) => l.amount.toFixed(2))).toEqual(['2000.00']);
  });
});

describe('a gate reading an aggregated KPI’s month does not judge on an excluded month', () => {
  const contract = (language: Language) =>
    testContract({
      language,
      kpis: [ahtClause({ gateKpi: 'NPS', gateLevel: '40' }), nps({ sampleMinimum: '30' })],
    });
  const january = (value: string) =>
    'Period,Kind,Name,Value\n2026-01,volume,Answers,30\n2026-01,kpi,AHT,5\n' +
    `${value}2026-01,excluded,NPS,survey tool outage\n`;

  // AHT 5 min against 6: +1 min × €500 = €500.00, paid: the gate is not applied (the default, "pay").
  test.each<[Language, string, string]>([
    [
      'en',
      '2026-01,kpi,NPS,20\n',
      'AHT 5 min vs target 6 min: +1 min × €500 = €500.00; gate NPS not evaluated (2026-01 excluded (survey tool outage)): not applied',
    ],
    [
      'fr',
      '',
      'AHT 5 min vs objectif 6 min : +1 min × 500 € = 500,00 € ; condition NPS non évaluée (2026-01 exclu (survey tool outage)) : non appliquée',
    ],
  ])('the month excluded, with or without a value, the gate is not applied (%s)', (language, value, text) => {
    const inv = csvInvoice(contract(language), '2026-01', january(value));
    expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([['500.00', text]]);
  });
});
