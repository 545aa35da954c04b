/**
 * "€2.10 up to 40,000 interactions a month, €1.90 beyond", invoiced quarterly: the bounds count each
 * month's units (`tiersPer: "month"`), each month fills the tiers on its own and the amounts are added,
 * where by default a quarter's units fill them once (quarterlyTiers.test.ts). Golden invoices worked out by
 * hand, EN and FR; the documented formula; a scenario's one quantity; the schema and the Contract sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvInvoice, plain, testContractJson } from '../../test/support/testContract';
import { actualsFromCsv } from '../contract/csv';
import { contractFromSheet } from '../contract/fromSheet';
import { parseContract } from '../contract/json';
import type { Contract, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { priceScenario, scenarioOfPeriod } from '../model/scenario';
import { dec } from '../money';

const TIERS = [
  { upTo: '40000', unitPrice: '2.10' },
  { upTo: null, unitPrice: '1.90' },
];

function document(language: Language, volume: Record<string, unknown> = {}) {
  return testContractJson({
    language,
    frequency: 'quarterly',
    volumes: [{ name: 'Interactions', unit: 'interaction', tiers: TIERS, tiersPer: 'month', ...volume }],
  });
}

function contract(language: Language, volume: Record<string, unknown> = {}): Contract {
  const result = parseContract(JSON.parse(JSON.stringify(document(language, volume))));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const csv =
  'Period,Kind,Name,Value\n2026-01,volume,Interactions,45000\n2026-02,volume,Interactions,35000\n' +
  '2026-03,volume,Interactions,40000\n';

describe('tiers per month on a quarterly invoice', () => {
  // January 40,000 × €2.10 + 5,000 × €1.90 = €84,000.00 + €9,500.00 = €93,500.00; February 35,000 × €2.10
  // = €73,500.00; March 40,000 × €2.10 = €84,000.00: €251,000.00 (the quarter's 120,000 filling the tiers
  // once would be 40,000 × €2.10 + 80,000 × €1.90 = €236,000.00). VAT 20 %: €50,200.00; total €301,200.00.
  test.each<[Language, string]>([
    [
      'en',
      '(2026-01: 40,000 × €2.10 + 5,000 × €1.90) + (2026-02: 35,000 × €2.10) + (2026-03: 40,000 × €2.10) = €251,000.00, the tiers filled each month',
    ],
    [
      'fr',
      '(2026-01 : 40 000 × 2,10 € + 5 000 × 1,90 €) + (2026-02 : 35 000 × 2,10 €) + (2026-03 : 40 000 × 2,10 €) = 251 000,00 €, paliers remplis chaque mois',
    ],
  ])('each month fills the tiers on its own (golden, %s)', (lang, text) => {
    const inv = csvInvoice(contract(lang), '2026-01', csv);
    expect(inv.lines.map((l) => [l.amount.toFixed(2), plain(l.explanation)])).toEqual([['251000.00', text]]);
    expect(inv.lines[0].quantity?.toFixed()).toBe('120000');
    expect(inv.lines[0].unitPrice).toBeUndefined();
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed(2))).toEqual([
      '251000.00',
      '50200.00',
      '301200.00',
    ]);
  });

  test('per invoice, the default and "invoice", the quarter fills them once', () => {
    for (const tiersPer of [undefined, 'invoice']) {
      const inv = csvInvoice(contract('en', { tiersPer }), '2026-01', csv);
      expect(inv.lines[0].amount.toFixed(2)).toBe('236000.00');
    }
  });

  // Volume mode: each month's units all at the price of the tier that month reached. January 45,000 ×
  // €1.90 = €85,500.00; February 35,000 × €2.10 = €73,500.00; March 40,000 × €2.10 = €84,000.00: €243,000.00.
  test('in volume mode each month takes the price of the tier it reached', () => {
    const inv = csvInvoice(contract('en', { mode: 'volume' }), '2026-01', csv);
    expect(inv.lines[0].amount.toFixed(2)).toBe('243000.00');
    expect(plain(inv.lines[0].explanation)).toBe(
      '(2026-01: 45,000 × €1.90) + (2026-02: 35,000 × €2.10) + (2026-03: 40,000 × €2.10) = €243,000.00, the tiers filled each month (each month all units at the price of the tier reached)',
    );
  });

  test('on a monthly invoice it is the one month', () => {
    const monthly = parseContract({ ...document('en'), frequency: 'monthly' });
    if (!monthly.ok) throw new Error('contract');
    const inv = csvInvoice(monthly.value, '2026-01', csv);
    expect([inv.lines[0].amount.toFixed(2), plain(inv.lines[0].explanation)]).toEqual([
      '93500.00',
      '40,000 × €2.10 + 5,000 × €1.90 = €93,500.00',
    ]);
  });

  test('the formula the docs give returns the line', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula =
      'TIEREDFEE(45000, {40000, 2.1; "", 1.9}) + TIEREDFEE(35000, {40000, 2.1; "", 1.9}) + TIEREDFEE(40000, {40000, 2.1; "", 1.9})';
    expect(doc).toContain(`\`${formula}\` = 251000`);
    expect(evaluateFormula(formula)).toBe(251000);
  });

  // A scenario gives the quarter's one quantity: spread evenly, 40,000 a month, 3 × 40,000 × €2.10; 100,001
  // is 33,335 + 33,333 + 33,333 (the remainder on the first month): 100,001 × €2.10 = €210,002.10.
  test('a scenario’s quantity for the quarter is spread evenly over its months, and says so', () => {
    const result = priceScenario(contract('en'), {
      kpis: new Map(),
      volumes: new Map([['Interactions', dec('120000')]]),
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const line = result.invoice.lines[0];
    expect([line.amount.toFixed(2), plain(line.explanation)]).toEqual([
      '252000.00',
      "(2026-01: 40,000 × €2.10) + (2026-02: 40,000 × €2.10) + (2026-03: 40,000 × €2.10) = €252,000.00, the tiers filled each month (the scenario's 120,000 spread evenly over 3 months)",
    ]);
    const odd = priceScenario(contract('en'), {
      kpis: new Map(),
      volumes: new Map([['Interactions', dec('100001')]]),
    });
    if (!odd.ok) throw new Error(odd.problems.join('\n'));
    expect(plain(odd.invoice.lines[0].explanation)).toBe(
      "(2026-01: 33,335 × €2.10) + (2026-02: 33,333 × €2.10) + (2026-03: 33,333 × €2.10) = €210,002.10, the tiers filled each month (the scenario's 100,001 spread evenly over 3 months)",
    );
  });

  // Held at an invoice's own values (a curve's or an exposure's base), the months are the measured ones.
  test('a scenario of the actuals’ own period keeps its months', () => {
    const actuals = actualsFromCsv(csv, contract('en'));
    if (!actuals.ok) throw new Error('actuals');
    const values = scenarioOfPeriod(contract('en'), actuals.value, '2026-01');
    const result = priceScenario(contract('en'), values, {
      period: '2026-01',
      history: actuals.value,
      ofActuals: true,
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.invoice.lines[0].amount.toFixed(2)).toBe('251000.00');
  });

  test.each<[Record<string, unknown>, string]>([
    [{ tiersPer: 'week' }, 'volumes[0].tiersPer: '],
    [
      { gateKpi: 'CSAT', gateLevel: '0.85', gatedAbove: '40000' },
      'volumes[0].tiersPer: a gate above a bound counts the units of the invoice: leave Tiers per blank, or gate the whole volume',
    ],
    [
      { minimumQuantity: '30000' },
      'volumes[0].tiersPer: a volume floor is priced on the tiers of the invoice: leave Tiers per blank, or state a minimum fee',
    ],
  ])('%j is refused', (volume, message) => {
    const doc = {
      ...document('en', volume),
      kpis: [
        {
          name: 'CSAT',
          measure: 'Satisfied share',
          unit: 'percent',
          direction: 'higher',
          period: 'quarterly',
          model: 'threshold',
          threshold: '0.9',
          amount: '100',
        },
      ],
    };
    const result = parseContract(doc);
    expect(result.ok ? '' : result.issues.map((i) => i.message).join('\n')).toContain(message);
  });

  test.each<Language>(['en', 'fr'])('the Contract sheet writes and reads it back (%s)', (lang) => {
    const c = contract(lang);
    const back = contractFromSheet(planToGrid(contractSheetPlan(c)), { lang });
    expect(back).toEqual({ ok: true, value: c });
  });
});
