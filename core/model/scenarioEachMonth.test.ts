/**
 * A scenario holds one value per KPI. A clause evaluated each month on quarterly invoices is priced with
 * that value in every month of the quarter (so a scenario, its fee curve and exposure agree with an
 * invoice whose three months all had that value), and the explanation says so once, never listing
 * monthly values nobody gave. Inside a history, at the value its months give, the real months are kept.
 */
import { buildActuals, type ActualEntry } from '../contract/actuals';
import { csatClause, testContract } from '../../test/support/testContract';
import type { Contract, Language } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { dec, quotient } from '../money';
import { exposure } from './exposure';
import { feeCurve } from './feeCurve';
import { priceScenario, scenarioOfPeriod } from './scenario';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contract(language: Language, frequency = 'quarterly'): Contract {
  return testContract({
    id: 'nps-q',
    name: 'NPS each month',
    language,
    frequency,
    fixedFees: [{ label: 'Fixed fee', amount: '1000.00' }],
    kpis: [
      {
        name: 'NPS',
        measure: 'Net promoter score',
        unit: 'points',
        direction: 'higher',
        period: 'monthly',
        aggregation: 'each-month',
        model: 'bonus-malus',
        target: '40',
        bonusRate: '50',
        malusRate: '50',
      },
    ],
  });
}

const values = (nps: string) => ({ kpis: new Map([['NPS', dec(nps)]]), volumes: new Map() });

describe('a scenario of a clause evaluated each month on quarterly invoices', () => {
  // NPS 45 in every month of the quarter: each month +5 points × €50 = +250.00, three months 750.00.
  // 1,000.00 + 750.00 = 1,750.00; VAT 350.00; total 2,100.00.
  test.each<[Language, string]>([
    [
      'en',
      "Each month evaluated: at the scenario's value, 3 months: €250.00 each (NPS 45 pts vs target 40 pts",
    ],
    ['fr', 'Chaque mois évalué : à la valeur du scénario, 3 mois : 250,00 € chacun (NPS 45 pt'],
  ])('evaluates every month at its one value and says so (%s)', (lang, said) => {
    const priced = priceScenario(contract(lang), values('45'));
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    const line = priced.invoice.lines.find((l) => l.label === 'NPS')!;
    expect(line.amount.toFixed(2)).toBe('750.00');
    expect(priced.invoice.total.toFixed(2)).toBe('2100.00');
    const text = plain(line.explanation);
    expect(text.slice(0, said.length)).toBe(said);
    expect(text).toMatch(/(total €750\.00|total 750,00 €)$/);
    // No month is named: none was given a value of its own.
    expect(text).not.toMatch(/2026-0[123]/);
  });

  // Half-yearly invoices: six months at 45, 6 × 250.00 = 1,500.00.
  test('on a half-yearly invoice, six months at its value', () => {
    const priced = priceScenario(contract('en', 'half-yearly'), values('45'));
    const line = priced.ok ? priced.invoice.lines.find((l) => l.label === 'NPS') : undefined;
    expect(line?.amount.toFixed(2)).toBe('1500.00');
    expect(plain(line?.explanation ?? '')).toContain("at the scenario's value, 6 months: €250.00 each");
  });

  // With the closing month excluded, two months at the value: 2 × 250.00 = 500.00, the exclusion said.
  test('an excluded month is left out and said', () => {
    const priced = priceScenario(contract('en'), {
      ...values('45'),
      exclusions: new Map([['NPS', 'survey tool down']]),
    });
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    const line = priced.invoice.lines.find((l) => l.label === 'NPS')!;
    expect(line.amount.toFixed(2)).toBe('500.00');
    expect(plain(line.explanation)).toMatch(
      /^Each month evaluated: at the scenario's value, 2 months: €250\.00 each \(.*\); March 2026 excluded \(survey tool down\); total €500\.00$/,
    );
  });

  // The same as the invoice of a quarter whose three months were each 45.
  test('prices as the invoice of a quarter with that value every month', () => {
    const c = contract('en');
    const entries: ActualEntry[] = ['2026-01', '2026-02', '2026-03'].map((period) => ({
      period,
      kind: 'kpi',
      name: 'NPS',
      value: dec('45'),
    }));
    const invoice = buildInvoice(c, buildActuals(entries), '2026-01');
    const priced = priceScenario(c, values('45'));
    expect(invoice.ok && priced.ok && priced.invoice.total.eq(invoice.invoice.total)).toBe(true);
    // The invoice, from real months, names them.
    expect(invoice.ok && invoice.invoice.lines[1].explanation).toContain('February 2026: €250.00');
  });

  // The fee curve and exposure price the same way: at 38, −2 × €50 × 3 = −300.00; at 45, +750.00.
  test('its fee curve and exposure agree', () => {
    const c = contract('en');
    const curve = feeCurve(c, values('40'), 'NPS', [dec('38'), dec('45')]);
    expect(curve.ok && curve.points.map((p) => p.subtotal.toFixed(2))).toEqual(['700.00', '1750.00']);
    // NPS's valid range is −100 to 100: at −100, −140 × €50 × 3 = −21,000.00 (subtotal −20,000.00); at
    // 100, +60 × €50 × 3 = +9,000.00 (subtotal 10,000.00).
    const range = exposure(c, values('40'));
    const bounds = range.ok ? [range.exposure.min, range.exposure.max] : [];
    expect(bounds.map((b) => b?.subtotal.toFixed(2))).toEqual(['-20000.00', '10000.00']);
  });

  // Inside its history, at the value its months give ((42 + 38 + 45) / 3), the scenario keeps them: each
  // month evaluated on its own value, +100.00 − 100.00 + 250.00 = 250.00, and the months named.
  test('inside a history, at the value its months give, keeps the real months', () => {
    const c = contract('en');
    const months = { '2026-01': '42', '2026-02': '38', '2026-03': '45' };
    const history = buildActuals(
      Object.entries(months).map(([period, v]): ActualEntry => ({
        period,
        kind: 'kpi',
        name: 'NPS',
        value: dec(v),
      })),
    );
    const own = scenarioOfPeriod(c, history, '2026-01');
    expect(own.kpis.get('NPS')?.eq(quotient(dec(125), dec(3)))).toBe(true);
    const priced = priceScenario(c, own, { period: '2026-01', history });
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    const line = priced.invoice.lines.find((l) => l.label === 'NPS')!;
    expect(line.amount.toFixed(2)).toBe('250.00');
    expect(plain(line.explanation)).toContain('January 2026: €100.00');
    expect(plain(line.explanation)).not.toContain("scenario's value");
  });
});

describe('a scenario of a KPI aggregated over the quarter', () => {
  function aggregated(language: Language): Contract {
    return testContract({
      id: 'agg-q',
      name: 'Aggregated',
      language,
      frequency: 'quarterly',
      fixedFees: [{ label: 'Fixed fee', amount: '1000.00' }],
      kpis: [
        csatClause({ aggregation: 'average', model: 'threshold', threshold: '0.85', amount: '3000.00' }),
        {
          name: 'Sessions',
          measure: 'Coaching sessions held',
          unit: 'count',
          direction: 'higher',
          period: 'monthly',
          aggregation: 'sum',
          model: 'bonus-malus',
          target: '300',
          bonusRate: '10',
          malusRate: '10',
        },
      ],
    });
  }

  // CSAT 85 % for the quarter meets 85 %: 3,000.00; 330 sessions vs 300: +30 × €10 = 300.00. The lines
  // say the scenario's value stood for the quarter, not "(85%, 85%, 85%)" nor a sum of "0, 0, 330".
  test.each<[Language, string, string]>([
    [
      'en',
      "CSAT 85% ≥ threshold 85%: fee €3,000.00; the scenario's value for Q1 2026",
      "; the scenario's value for Q1 2026",
    ],
    [
      'fr',
      'CSAT 85 % ≥ seuil 85 % : honoraires 3 000,00 € ; valeur du scénario pour T1 2026',
      ' ; valeur du scénario pour T1 2026',
    ],
  ])('says the scenario gave the period its value (%s)', (lang, csat, sessions) => {
    const priced = priceScenario(aggregated(lang), {
      kpis: new Map([
        ['CSAT', dec('0.85')],
        ['Sessions', dec('330')],
      ]),
      volumes: new Map(),
    });
    if (!priced.ok) throw new Error(priced.problems.join('\n'));
    const [, csatLine, sessionsLine] = priced.invoice.lines;
    expect([csatLine.amount.toFixed(2), sessionsLine.amount.toFixed(2)]).toEqual(['3000.00', '300.00']);
    expect(plain(csatLine.explanation)).toBe(csat);
    expect(plain(sessionsLine.explanation).endsWith(sessions)).toBe(true);
    expect(sessionsLine.explanation).not.toContain('0, 0');
  });
});
