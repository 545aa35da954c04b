/**
 * A gated clause evaluated each month on a quarterly invoice: a failed gate withholds what the clause
 * pays and leaves its malus, month by month, as each month's own line would. It withheld the net of the
 * quarter instead: July's −€80.00 malus and September's +€100.00 bonus netted +€20.00, withheld to €0.00,
 * so the failed gate also wiped the malus (the buyer lost €80.00). Golden EN/FR, the docs' formula, and a
 * property: under a failed gate the line is exactly the sum of the months' maluses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { csvInvoice, kpiClause, plain, testContract } from '../../test/support/testContract';
import type { Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';

const contract = (language: Language) =>
  testContract({
    language,
    frequency: 'quarterly',
    kpis: [
      kpiClause('Response time', 'Minutes to first answer', 'minutes', 'lower', {
        model: 'bonus-malus',
        target: '3',
        bonusRate: '1000',
        malusRate: '800',
        aggregation: 'each-month',
        gateKpi: 'CSAT',
        gateLevel: '0.9',
      }),
      kpiClause('CSAT', 'Satisfied share', 'percent', 'higher', {
        model: 'threshold',
        threshold: '0.95',
        amount: '1',
        aggregation: 'average',
      }),
    ],
  });

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const csv = (response: readonly string[], csat: readonly string[]) =>
  [
    'Period,Kind,Name,Value',
    ...MONTHS.flatMap((m, i) => [`${m},kpi,Response time,${response[i]}`, `${m},kpi,CSAT,${csat[i]}`]),
  ].join('\n');

const line = (lang: Language, response: readonly string[], csat: readonly string[]) =>
  csvInvoice(contract(lang), '2026-01', csv(response, csat)).lines[0];

describe('a failed gate on a clause evaluated each month', () => {
  // Response 3.1, 3, 2.9 min vs 3: −0.1 × €800 = −€80.00, €0.00, +0.1 × €1,000 = +€100.00 (net +€20.00).
  // CSAT (0.85 + 0.85 + 0.895) / 3 = 86.5 % < 90 %: September's €100.00 is withheld, July's −€80.00 stays.
  test.each<[Language, string]>([
    ['en', 'total €20.00; gate CSAT 86.5% (average of Q1 2026) < 90%: failed, €100.00 not paid: −€80.00'],
    [
      'fr',
      'total 20,00 € ; condition CSAT 86,5 % (moyenne de T1 2026) < 90 % : non remplie, 100,00 € non versés : −80,00 €',
    ],
  ])('withholds the months that pay and keeps the maluses (%s)', (lang, said) => {
    const failed = line(lang, ['3.1', '3', '2.9'], ['0.85', '0.85', '0.895']);
    expect(failed.amount.toFixed(2)).toBe('-80.00');
    expect(plain(failed.explanation).endsWith(said)).toBe(true);
  });

  test('a held gate keeps the net; a net malus under a failed gate loses its bonuses too', () => {
    // CSAT 90 % exactly: held, +€20.00 as the months give it.
    expect(line('en', ['3.1', '3', '2.9'], ['0.9', '0.9', '0.9']).amount.toFixed(2)).toBe('20.00');
    // 3.1, 3.1, 2.95: −80 − 80 + 50 = −€110.00 net; failed, the €50.00 withheld: −€160.00.
    expect(line('en', ['3.1', '3.1', '2.95'], ['0.8', '0.8', '0.8']).amount.toFixed(2)).toBe('-160.00');
  });

  test('the formula the docs give returns the line', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const bonus = (v: string) => `BONUSMALUS(${v}, 3, 1000, 0, "lower")`;
    const malus = (v: string) => `BONUSMALUS(${v}, 3, 0, 800, "lower")`;
    const months = ['3.1', '3', '2.9'];
    const formula =
      `THRESHOLDFEE(AVERAGE(0.85, 0.85, 0.895), 0.9, 1) * (${months.map(bonus).join(' + ')}) + ` +
      months.map(malus).join(' + ');
    expect(doc).toContain(`\`${formula}\` = -80`);
    expect(evaluateFormula(formula)).toBe(line('en', months, ['0.85', '0.85', '0.895']).amount.toNumber());
  });

  test('property: under a failed gate the line is the sum of the months’ maluses, never above the ungated line', () => {
    const tenth = fc.integer({ min: 20, max: 40 }).map((n) => (n / 10).toString());
    fc.assert(
      fc.property(fc.array(tenth, { minLength: 3, maxLength: 3 }), (response) => {
        const held = line('en', response, ['0.95', '0.95', '0.95']).amount;
        const failed = line('en', response, ['0.5', '0.5', '0.5']).amount;
        const maluses = response.map((v) => Math.min(0, (3 - Number(v)) * 800)).reduce((a, b) => a + b, 0);
        expect(failed.toNumber()).toBeCloseTo(maluses, 6);
        expect(failed.lte(held)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
