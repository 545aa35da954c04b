/**
 * A ratchet to the best months of the previous contract year leaves out a month the actuals exclude, and
 * its line now says so, as a baseline's does: it printed `the average of the best 3 values of
 * 2026-01..2026-12` beside a March of 99.9 % it had not counted, so a reader taking the year's best three
 * found 99.8 % where the invoice applied 99.7 %. A year too short of values names its excluded months too.
 */
import { csvInvoice, plain, testContract, uptimeClause } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';
import { actualsFromCsv } from '../../contract/csv';
import { buildInvoice } from '../buildInvoice';

const contract = (language: Language) =>
  testContract({
    language,
    fixedFees: [{ label: 'Run', amount: '10000.00' }],
    sla: { atRisk: { percentOfBase: '0.10' } },
    kpis: [uptimeClause({ ratchet: { bestMonths: 3, ceiling: '0.9985' } })],
  });

/** 2026: 99.6 %, 99.7 %, 99.9 % (March, excluded), 99.8 %, then 99.5 %; January 2027 as given. */
const actuals = (january: string, extra = '') =>
  'Period,Kind,Name,Value\n' +
  Array.from(
    { length: 12 },
    (_, i) =>
      `2026-${String(i + 1).padStart(2, '0')},kpi,Uptime,${['0.996', '0.997', '0.999', '0.998'][i] ?? '0.995'}\n`,
  ).join('') +
  `2027-01,kpi,Uptime,${january}\n2026-03,excluded,Uptime,client-caused outage\n` +
  extra;

describe('a ratchet to the best months names the months it left out', () => {
  // Without March: (99.8 % + 99.7 % + 99.6 %) ÷ 3 = 99.7 %; 99.69 % misses it: 10 % of €10,000.00 × 50 %
  // = −€500.00. Counting March it would be 99.8 %.
  test.each<[Language, string]>([
    [
      'en',
      'Uptime 99.69% misses the minimum 99.7%: at-risk amount €1,000.00 (10% of base fees €10,000.00) × allocation 50% = −€500.00; ratchet, contract year 2: minimum 99.7%, the average of the best 3 values of 2026-01..2026-12 (2026-03 excluded (client-caused outage))',
    ],
    [
      'fr',
      'Uptime 99,69 % sous le minimum 99,7 % : montant à risque 1 000,00 € (10 % des honoraires de base 10 000,00 €) × allocation 50 % = −500,00 € ; cliquet, année de contrat 2 : minimum 99,7 %, la moyenne des 3 meilleures valeurs de 2026-01..2026-12 (2026-03 exclu (client-caused outage))',
    ],
  ])('the excluded month is named (%s)', (language, text) => {
    const inv = csvInvoice(contract(language), '2027-01', actuals('0.9969'));
    expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([
      [
        '10000.00',
        language === 'en'
          ? 'Fixed fee for the period: €10,000.00'
          : 'Forfait fixe de la période : 10 000,00 €',
      ],
      ['-500.00', text],
    ]);
  });

  test('the minimum kept names it too', () => {
    const low = actuals('0.9969').replace(/,0\.99[6789]\n/g, ',0.995\n');
    const inv = csvInvoice(contract('en'), '2027-01', low);
    expect(inv.lines[1].explanation).toContain(
      'ratchet, contract year 2: minimum stays 99.5% (the average of the best 3 values of 2026-01..2026-12 (2026-03 excluded (client-caused outage)) is 99.5%)',
    );
  });

  test('a year too short of values names its excluded months', () => {
    const c = contract('en');
    const text =
      'Period,Kind,Name,Value\n2026-02,kpi,Uptime,0.999\n2026-03,kpi,Uptime,0.999\n2026-05,kpi,Uptime,0.998\n' +
      '2026-03,excluded,Uptime,force majeure\n2027-01,kpi,Uptime,0.999\n';
    const read = actualsFromCsv(text, c);
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const result = buildInvoice(c, read.value, '2027-01');
    expect(result.ok ? [] : result.problems).toEqual([
      'Uptime: the ratchet needs the best 3 values of 2026-01..2026-12 (2026-03 excluded (force majeure)); the actuals have 2',
    ]);
  });
});
