/**
 * Article 2's half-yearly NPS on monthly invoices, evaluated only on at least 30 answers: the sample is
 * the volume's total over the clause's own period (the half-year), not over the invoice's one month. It
 * was refused ("the KPI must be evaluated on every invoice"), so the clause could not be written. A period
 * priced alone (a scenario) has no earlier months: its sample is the scenario's, as every volume is.
 */
import { csvInvoice, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';
import { priceScenario } from '../../model/scenario';
import { dec } from '../../money';

const nps = (terms: Record<string, unknown> = {}) => ({
  name: 'NPS',
  measure: 'Promoters − detractors',
  unit: 'points',
  direction: 'higher',
  period: 'half-yearly',
  model: 'threshold',
  threshold: '40',
  amount: '500.00',
  sampleVolume: 'Answers',
  sampleMinimum: '30',
  ...terms,
});

const contract = (language: Language, terms: Record<string, unknown> = {}) =>
  testContract({ language, kpis: [nps(terms)] });

/** Five answers a month, `june` in June; NPS 45 on June, or every month when it is averaged. */
const csv = (june: number, everyMonth = false) =>
  'Period,Kind,Name,Value\n' +
  ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']
    .map((m) => `${m},volume,Answers,${m === '2026-06' ? june : 5}`)
    .join('\n') +
  (everyMonth
    ? ['01', '02', '03', '04', '05', '06'].map((m) => `\n2026-${m},kpi,NPS,45`).join('')
    : '\n2026-06,kpi,NPS,45') +
  '\n';

describe('a minimum sample over a half-yearly clause on monthly invoices', () => {
  // 5 × 5 + 5 = 30 answers over H1, exactly the minimum: NPS 45 ≥ 40, €500.00.
  test.each<[Record<string, unknown>]>([[{}], [{ aggregation: 'average' }]])(
    'counts the answers of the half-year: 30 is enough (%j)',
    (terms) => {
      const inv = csvInvoice(contract('en', terms), '2026-06', csv(5, terms.aggregation !== undefined));
      expect(inv.lines.map((l) => l.amount.toFixed(2))).toEqual(['500.00']);
    },
  );

  // 5 × 5 + 4 = 29 < 30: not evaluated, no fee.
  test.each<[Language, string]>([
    ['en', 'NPS: sample 29 (Answers) < minimum 30: not evaluated, no fee: €0.00'],
    ['fr', 'NPS : échantillon 29 (Answers) < minimum 30 : non évalué, pas d’honoraires : 0,00 €'],
  ])('one short of the minimum it is not evaluated (golden, %s)', (lang, text) => {
    const inv = csvInvoice(contract(lang), '2026-06', csv(4));
    expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation).replace("'", '’')])).toEqual([
      ['0.00', text],
    ]);
  });

  test('a month of the half-year without its sample stops the invoice, naming it', () => {
    const gap = csv(5).replace('2026-03,volume,Answers,5\n', '');
    expect(() => csvInvoice(contract('en'), '2026-06', gap)).toThrow(/Answers.*2026-03/);
  });

  test('a scenario priced alone counts the scenario’s own answers', () => {
    const price = (answers: string) => {
      const result = priceScenario(contract('en'), {
        kpis: new Map([['NPS', dec('45')]]),
        volumes: new Map([['Answers', dec(answers)]]),
      });
      if (!result.ok) throw new Error(result.problems.join('\n'));
      return result.invoice.lines.map((l) => l.amount.toFixed(2));
    };
    expect(price('30')).toEqual(['500.00']);
    expect(price('29')).toEqual(['0.00']);
  });
});

// An averaged half-yearly NPS gating a monthly bonus is judged on January's value on the January invoice,
// with January's answers: the half-year's later months are not read before they are entered.
test('a gate KPI with a half-yearly sample judges a month before its period closes on that month', () => {
  const c = testContract({
    kpis: [
      {
        name: 'AHT',
        measure: 'Average handle time',
        unit: 'minutes',
        direction: 'lower',
        period: 'monthly',
        model: 'bonus-malus',
        target: '6',
        bonusRate: '500',
        malusRate: '500',
        gateKpi: 'NPS',
        gateLevel: '40',
      },
      nps({ aggregation: 'average' }),
    ],
  });
  const january =
    'Period,Kind,Name,Value\n2026-01,volume,Answers,30\n2026-01,kpi,NPS,45\n2026-01,kpi,AHT,5\n';
  const inv = csvInvoice(c, '2026-01', january);
  expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([
    ['500.00', 'AHT 5 min vs target 6 min: +1 min × €500 = €500.00; gate NPS 45 pts ≥ 40 pts: held'],
  ]);
});
