/**
 * Improvement over a baseline: levels stated as a relative (+20 %) or absolute (+10 points) change from a
 * baseline, a number or the average of months of the actuals. Golden invoices worked out by hand, EN and
 * FR, exactly on the resolved level, the errors that stop an invoice, and the cell formula of the docs.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  invoiceOf,
  levelsContract,
  levelsContractJson,
  plain,
  problemsOf,
} from '../../../test/support/levelsContract';
import { sessionsClause } from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { invoiceSheetPlan } from '../../layout/invoiceSheet';
import { planToGrid } from '../../layout/planToGrid';

const sessions = sessionsClause({ baselineMonths: '2026-01..2026-03' }, 'Coaching sessions');
const nps = {
  name: 'NPS',
  measure: 'Promoters − detractors',
  unit: 'points',
  direction: 'higher',
  period: 'monthly',
  model: 'bonus-malus',
  target: '10',
  bonusRate: '100',
  malusRate: '100',
  baseline: '30',
  levelChange: 'absolute',
};
const churn = {
  name: 'Churn',
  measure: 'Clients lost ÷ clients',
  unit: 'percent',
  direction: 'lower',
  period: 'monthly',
  model: 'threshold',
  threshold: '-0.02',
  amount: '300.00',
  baseline: '0.08',
  levelChange: 'absolute',
};
const contract = (lang: Language) => levelsContract(lang, [sessions, nps, churn]);
/** The baseline months of the sessions: 40, 42 and 44, an average of 42. */
const BASELINE = {
  '2026-01': { 'Coaching sessions': '40', NPS: '30', Churn: '0.08' },
  '2026-02': { 'Coaching sessions': '42', NPS: '30', Churn: '0.08' },
  '2026-03': { 'Coaching sessions': '44', NPS: '30', Churn: '0.08' },
};
const april = (sessionsValue: string) => ({
  ...BASELINE,
  '2026-04': { 'Coaching sessions': sessionsValue, NPS: '45', Churn: '0.06' },
});

describe('levels from a baseline', () => {
  // Sessions: baseline (40 + 42 + 44) ÷ 3 = 42; threshold 42 × (1 + 20 %) = 50.4; 51 ≥ 50.4: fee 500.00.
  // NPS: target 30 + 10 = 40; 45 is 5 points above: +5 × 100 = +500.00.
  // Churn: threshold 8 % − 2 points = 6 %; 6 % ≤ 6 %: fee 300.00.
  // Subtotal 10,000.00 + 500.00 + 500.00 + 300.00 = 11,300.00; VAT 20 % 2,260.00; total 13,560.00.
  test.each<[Language, string[]]>([
    [
      'en',
      [
        'Coaching sessions 51 ≥ threshold 50.4: fee €500.00; baseline 42 (average of Q1 2026): threshold +20% = 50.4',
        'NPS 45 pts vs target 40 pts: +5 pts × €100 = €500.00; baseline 30 pts: target +10 pts = 40 pts',
        'Churn 6% ≤ threshold 6%: fee €300.00; baseline 8%: threshold −2 pts = 6%',
      ],
    ],
    [
      'fr',
      [
        'Coaching sessions 51 ≥ seuil 50,4 : honoraires 500,00 € ; référence 42 (moyenne de T1 2026) : seuil +20 % = 50,4',
        'NPS 45 pt vs objectif 40 pt : +5 pt × 100 € = 500,00 € ; référence 30 pt : objectif +10 pt = 40 pt',
        'Churn 6 % ≤ seuil 6 % : honoraires 300,00 € ; référence 8 % : seuil −2 pt = 6 %',
      ],
    ],
  ])('April, %s: the invoice prints the baseline and the resolved level', (lang, explanations) => {
    const inv = invoiceOf(contract(lang), april('51'), '2026-04');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '500', '500', '300']);
    expect(inv.subtotal.toFixed()).toBe('11300');
    expect(inv.vat.amount.toFixed()).toBe('2260');
    expect(inv.total.toFixed()).toBe('13560');
    expect(inv.lines.slice(1).map((l) => plain(l.explanation))).toEqual(explanations);
    // The evidence shows the levels that applied, and the baseline beside the outcome.
    expect(inv.evidence.map((e) => [e.clause.threshold?.toFixed(), e.clause.target?.toFixed()])).toEqual([
      ['50.4', undefined],
      [undefined, '40'],
      ['0.06', undefined],
    ]);
    expect(plain(inv.evidence[0].outcome)).toContain(lang === 'en' ? 'baseline 42' : 'référence 42');
  });

  test('the invoice sheet’s KPI evidence shows the levels that applied and the baseline', () => {
    const grid = planToGrid(invoiceSheetPlan(invoiceOf(contract('en'), april('51'), '2026-04')));
    const rows = grid.filter((row) => row[1] === '2026-04' && row[0] !== 'Period');
    // Name, month, actual, threshold, target, stretch, outcome, amount.
    expect(rows.map((row) => row.slice(0, 6))).toEqual([
      ['Coaching sessions', '2026-04', 51, 50.4, null, null],
      ['NPS', '2026-04', 45, null, 40, null],
      ['Churn', '2026-04', 0.06, 0.06, null, null],
    ]);
    expect(rows[0][6]).toBe('met; baseline 42 (average of Q1 2026)');
  });

  test('exactly on the resolved level the fee is paid; just below it is not', () => {
    // 50.4 ≥ 50.4: 500.00, total (10,000 + 500 + 500 + 300) × 1.2 = 13,560.00.
    expect(invoiceOf(contract('en'), april('50.4'), '2026-04').total.toFixed()).toBe('13560');
    // 50.39 < 50.4: no sessions fee, total (10,000 + 500 + 300) × 1.2 = 12,960.00.
    expect(invoiceOf(contract('en'), april('50.39'), '2026-04').total.toFixed()).toBe('12960');
  });

  test('a baseline month not before the month evaluated stops the invoice, naming the field', () => {
    expect(problemsOf(contract('en'), { ...BASELINE }, '2026-03')).toEqual([
      'Coaching sessions: the baseline month 2026-03 (Baseline months) is not before 2026-03, the month evaluated: a baseline is measured before the levels it sets',
    ]);
  });

  test('a baseline month missing from the actuals stops the invoice, naming the month', () => {
    const values = april('51');
    const february: Record<string, string> = { ...values['2026-02'] };
    delete february['Coaching sessions'];
    expect(problemsOf(contract('en'), { ...values, '2026-02': february }, '2026-04')).toEqual([
      'Coaching sessions: no value in the actuals for 2026-02, a month of its baseline (Baseline months 2026-01..2026-03)',
    ]);
  });

  test('a relative change on a baseline of 0 stops the invoice, in French too', () => {
    const zero = { 'Coaching sessions': '0', NPS: '30', Churn: '0.08' };
    const values = { '2026-01': zero, '2026-02': zero, '2026-03': zero, '2026-04': april('51')['2026-04'] };
    expect(problemsOf(contract('fr'), values, '2026-04')).toEqual([
      'Coaching sessions\u00a0: la référence vaut 0\u00a0: une variation relative des niveaux (Variation des niveaux) demande une référence supérieure à 0',
    ]);
  });

  test('a resolved level outside the valid range stops the invoice: +20 % of 90 % is 108 %', () => {
    const csat = {
      ...sessions,
      name: 'CSAT',
      unit: 'percent',
      baselineMonths: undefined,
      baseline: '0.9',
    };
    const c = levelsContract('en', [csat]);
    expect(problemsOf(c, { '2026-04': { CSAT: '0.95' } }, '2026-04')).toEqual([
      'CSAT: the threshold of this period, 1.08 is outside the valid range of a percent KPI (0 to 1); the contract may declare another range (Valid min, Valid max)',
    ]);
    // In French the numbers the product computed take a decimal comma.
    expect(problemsOf(levelsContract('fr', [csat]), { '2026-04': { CSAT: '0.95' } }, '2026-04')).toEqual([
      'CSAT\u00a0: seuil de la période, 1,08 est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)\u00a0; le contrat peut déclarer une autre plage (Min valide, Max valide)',
    ]);
  });
});

describe('the contract says what a baseline needs', () => {
  const messages = (kpi: Record<string, unknown>, firstPeriod = '2026-01') => {
    const result = parseContract({ ...levelsContractJson('en', [kpi]), firstPeriod });
    return result.ok ? [] : result.issues.map((i) => i.message);
  };
  test('a level change needs a baseline, and a baseline of the levels needs a level change', () => {
    expect(messages({ ...sessions, baselineMonths: undefined })).toEqual([
      'kpis[0].levelChange: a level change needs a baseline: a number (Baseline) or months of the actuals (Baseline months)',
    ]);
    expect(messages({ ...sessions, levelChange: undefined })).toEqual([
      'kpis[0].baselineMonths: levels from a baseline need a level change (Level change: relative or absolute); without one, leave it blank',
    ]);
  });
  test('a number and months at once, a relative change on 0, a change below −100 %', () => {
    expect(messages({ ...sessions, baseline: '40' })).toEqual([
      'kpis[0].baselineMonths: give either "baseline" or "baselineMonths", not both',
    ]);
    expect(messages({ ...sessions, baselineMonths: undefined, baseline: '0' })).toEqual([
      'kpis[0].baseline: a relative level change needs a baseline above 0',
    ]);
    expect(messages({ ...sessions, threshold: '-1.5' })).toEqual(['kpis[0].threshold: must be ≥ -1']);
  });
  test('baseline months the actuals cannot hold', () => {
    expect(messages({ ...sessions, baselineMonths: '2025-10..2025-12' })).toEqual([
      'kpis[0].baselineMonths: 2025-10 is outside the contract (from 2026-01)',
    ]);
    expect(messages({ ...sessions, period: 'quarterly', baselineMonths: ['2026-02'] })).toEqual([
      'kpis[0].baselineMonths: 2026-02 is not a month this quarterly KPI is measured on: use the months that close its periods',
    ]);
    expect(messages({ ...sessions, baselineMonths: '2026-01..2026-3' })).toEqual([
      'kpis[0].baselineMonths: expected months as 2026-01..2026-03 or 2026-01, 2026-02, got "2026-01..2026-3"',
    ]);
  });
  test('a gain share keeps its baseline as before and takes no level change', () => {
    const gain = {
      name: 'Run cost',
      measure: 'Cost of the quarter',
      unit: 'currency',
      direction: 'lower',
      period: 'monthly',
      model: 'gain-share',
      baseline: '250000.00',
      share: '0.30',
    };
    expect(messages(gain)).toEqual([]);
    expect(messages({ ...gain, levelChange: 'relative' })).toEqual([
      'kpis[0].levelChange: not used by the gain-share model: leave it blank',
    ]);
    expect(messages({ ...gain, baselineMonths: '2026-01' })).toEqual([
      'kpis[0].baselineMonths: not used by the gain-share model: leave it blank',
    ]);
  });
});

describe('check by hand', () => {
  test('the formulas the docs give return the lines’ amounts', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const above = 'THRESHOLDFEE(51, (40+42+44)/3*(1+0.2), 500)';
    const onLevel = 'THRESHOLDFEE(50.4, (40+42+44)/3*(1+0.2), 500)';
    const below = 'THRESHOLDFEE(50.39, (40+42+44)/3*(1+0.2), 500)';
    const absolute = 'BONUSMALUS(45, 30+10, 100, 100)';
    for (const formula of [above, onLevel, below, absolute]) expect(doc).toContain(`\`${formula}\``);
    const line = (sessionsValue: string, kpi: string) =>
      Number(
        invoiceOf(contract('en'), april(sessionsValue), '2026-04').lines.find((l) => l.kpi === kpi)!.amount,
      );
    expect(evaluateFormula(above)).toBe(line('51', 'Coaching sessions'));
    expect(evaluateFormula(onLevel)).toBe(line('50.4', 'Coaching sessions'));
    expect(evaluateFormula(below)).toBe(line('50.39', 'Coaching sessions'));
    expect(evaluateFormula(absolute)).toBe(line('51', 'NPS'));
  });
});
