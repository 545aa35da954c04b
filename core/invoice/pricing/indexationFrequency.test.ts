/**
 * Indexation more often than yearly (issue 11): a BPO revised every six months on a wage index, from
 * 2026-07: P1 = P0 × S1 / S0 in July, P2 = P0 × S2 / S0 the next January, each from the stated price. A
 * contract that says nothing stays yearly; a rate stays yearly; a revision cannot fall inside an invoice.
 * Golden invoices by hand, EN and FR; the sheet reads the term as the JSON does.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals, type ActualEntry } from '../../contract/actuals';
import { contractFromSheet } from '../../contract/fromSheet';
import { monthsRead } from '../../contract/invoiceActuals';
import { parseContract } from '../../contract/json';
import type { Actuals, Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { dec } from '../../money';
import { parsedContract, plain, testContractJson } from '../../../test/support/testContract';
import { buildInvoice } from '../buildInvoice';

const WAGES = 'Wage index';

function json(language: Language, indexation: object, fields: object = {}) {
  return testContractJson({
    id: 'bpo',
    name: 'BPO',
    language,
    fixedFees: [{ label: 'Team management', amount: '15000.00' }],
    volumes: [{ name: 'Interactions', unit: 'interaction', unitPrice: '2.10' }],
    indexation,
    ...fields,
  });
}
const HALF_YEARLY = { from: '2026-07', frequency: 'half-yearly', index: WAGES, base: '100.0' };
const contract = (language: Language, indexation: object = HALF_YEARLY): Contract =>
  parsedContract(json(language, indexation));

const INDEX: Record<string, string> = { '2026-07': '102.3', '2027-01': '103.9', '2027-07': '105.2' };
function actuals(): Actuals {
  const months = ['2026-06', '2026-07', '2026-12', '2027-01', '2027-07'];
  return buildActuals(
    months.flatMap((period): ActualEntry[] => [
      { period, kind: 'volume', name: 'Interactions', value: dec(10000) },
      ...(INDEX[period] ? [{ period, kind: 'index' as const, name: WAGES, value: dec(INDEX[period]) }] : []),
    ]),
  );
}

function invoiceOf(c: Contract, period: string) {
  const result = buildInvoice(c, actuals(), period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}
const amounts = (c: Contract, period: string) =>
  invoiceOf(c, period).lines.map((l) => `${l.label} ${l.amount.toFixed(2)}`);

describe('revised every six months on a wage index', () => {
  test('June, before the first revision: the stated prices', () => {
    // 15,000.00 + 10,000 × 2.10 = 21,000.00.
    expect(amounts(contract('en'), '2026-06')).toEqual(['Team management 15000.00', 'Interactions 21000.00']);
  });

  // July 2026: S1 = 102.3, S0 = 100.0: 15,000 × 102.3 / 100 = 15,345.00; 2.10 × 1.023 = 2.1483 → 2.15,
  // 10,000 × 2.15 = 21,500.00. Subtotal 36,845.00; VAT 7,369.00; total 44,214.00.
  test('July: P1 = P0 × S1 / S0, printed (EN)', () => {
    const july = invoiceOf(contract('en'), '2026-07');
    expect(july.lines.map((l) => l.amount.toFixed(2))).toEqual(['15345.00', '21500.00']);
    expect(july.total.toFixed(2)).toBe('44214.00');
    expect(plain(july.lines[0].explanation)).toBe(
      'Fixed fee for the period: €15,345.00 (price revised from July 2026: P1 = €15,000.00 × 102.3 / 100 = €15,345.00)',
    );
    expect(plain(july.lines[1].explanation)).toBe(
      '10,000 × €2.15 = €21,500.00 (price revised from July 2026: P1 = €2.10 × 102.3 / 100 = €2.15)',
    );
  });

  test('December keeps the July prices', () => {
    expect(amounts(contract('en'), '2026-12')).toEqual(['Team management 15345.00', 'Interactions 21500.00']);
  });

  // January 2027, six months on: S2 = 103.9, from the stated prices (roundings never compound):
  // 15,000 × 1.039 = 15,585.00; 2.10 × 1.039 = 2.1819 → 2.18, 10,000 × 2.18 = 21,800.00.
  // Subtotal 37,385.00; VAT 7,477.00; total 44,862.00.
  test('January, the second revision: P2 = P0 × S2 / S0 (FR)', () => {
    const january = invoiceOf(contract('fr'), '2027-01');
    expect(january.lines.map((l) => l.amount.toFixed(2))).toEqual(['15585.00', '21800.00']);
    expect(january.total.toFixed(2)).toBe('44862.00');
    expect(plain(january.lines[0].explanation)).toBe(
      'Forfait fixe de la période : 15 585,00 € (prix révisé à partir de janvier 2027 : P2 = 15 000,00 € × 103,9 / 100 = 15 585,00 €)',
    );
    expect(plain(january.lines[1].explanation)).toBe(
      '10 000 × 2,18 € = 21 800,00 € (prix révisé à partir de janvier 2027 : P2 = 2,10 € × 103,9 / 100 = 2,18 €)',
    );
  });

  test('check by hand: ROUND(P0*S2/S0, 2) gives the revised prices, as the docs say', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc.replace(/\s+/g, ' ')).toContain('`ROUND(15000*103.9/100, 2)` = 15585');
    const january = invoiceOf(contract('en'), '2027-01');
    expect(evaluateFormula('ROUND(15000*103.9/100, 2)')).toBe(Number(january.lines[0].amount));
    expect(evaluateFormula('10000 * ROUND(2.10*103.9/100, 2)')).toBe(Number(january.lines[1].amount));
  });

  test('the invoice reads every revision month up to its own', () => {
    expect(monthsRead(contract('en'), '2027-03')).toEqual(['2026-07', '2027-01', '2027-03']);
  });

  test('a missing index on a half-year revision stops that invoice, naming the month', () => {
    const result = buildInvoice(contract('en', { ...HALF_YEARLY, from: '2026-01' }), actuals(), '2026-06');
    expect(result.ok ? [] : result.problems).toEqual([
      'Actuals: no value for index "Wage index" in 2026-01 (the price revision of 2026-01 needs it)',
    ]);
  });

  test('quarterly: every three months', () => {
    const quarterly = contract('en', { ...HALF_YEARLY, frequency: 'quarterly', from: '2026-04' });
    expect(monthsRead(quarterly, '2026-12')?.filter((m) => m !== '2026-12')).toEqual([
      '2026-04',
      '2026-07',
      '2026-10',
    ]);
  });
});

describe('contracts that do not say stay yearly', () => {
  test('without a frequency, January 2027 keeps the July 2026 prices (revised July 2027)', () => {
    const yearly = contract('en', { from: '2026-07', index: WAGES, base: '100.0' });
    expect(yearly.indexation).toEqual({ from: '2026-07', index: WAGES, base: dec('100.0'), decimals: 2 });
    expect(amounts(yearly, '2027-01')).toEqual(['Team management 15345.00', 'Interactions 21500.00']);
    // 15,000 × 1.052 = 15,780.00; 2.10 × 1.052 = 2.2092 → 2.21.
    expect(amounts(yearly, '2027-07')).toEqual(['Team management 15780.00', 'Interactions 22100.00']);
  });
});

describe('Check', () => {
  const messages = (document: unknown, lang: Language = 'en') => {
    const result = parseContract(document, { lang });
    return result.ok ? [] : result.issues.map((i) => i.message);
  };

  test('a fixed rate is yearly: a half-yearly rate is refused, not compounded twice a year', () => {
    expect(messages(json('en', { from: '2026-07', frequency: 'half-yearly', rate: '0.03' }))).toEqual([
      'indexation.frequency: a fixed rate revises prices once a year: leave the frequency blank (yearly), or revise by an index entered in the Actuals',
    ]);
    expect(messages(json('en', { from: '2026-07', frequency: 'yearly', rate: '0.03' }))).toEqual([]);
  });

  test('a revision more often than the invoices would change a price inside one (EN, FR)', () => {
    const quarterlyInvoices = { frequency: 'quarterly', firstPeriod: '2026-01' };
    const monthly = { ...HALF_YEARLY, frequency: 'monthly' };
    expect(messages(json('en', monthly, quarterlyInvoices))).toEqual([
      'indexation.frequency: a revision every 1 months would change prices inside an invoice of 3 months (an invoice is priced with one price per fee): revise every 3 months or less often',
    ]);
    expect(messages(json('en', { ...HALF_YEARLY, frequency: 'quarterly' }, quarterlyInvoices))).toEqual([]);
    expect(
      messages(
        json('fr', { ...HALF_YEARLY, frequency: 'quarterly' }, { frequency: 'half-yearly' }),
        'fr',
      ).map(plain),
    ).toEqual([
      'indexation.frequency : une révision tous les 3 mois changerait les prix à l’intérieur d’une facture de 6 mois (une facture est établie avec un seul prix par honoraire) : révisez tous les 6 mois ou moins souvent',
    ]);
  });

  test('an unknown frequency is an error naming the ones it takes', () => {
    expect(messages(json('en', { ...HALF_YEARLY, frequency: 'semester' }))).toEqual([
      'indexation.frequency: expected one of monthly, quarterly, half-yearly, yearly, got "semester"',
    ]);
  });

  test('the Contract sheet writes a Revision frequency row only when given, and reads it as JSON (EN, FR)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      const grid = planToGrid(contractSheetPlan(c)) as unknown[][];
      const label = lang === 'en' ? 'Revision frequency' : 'Fréquence de révision';
      expect(grid.find((row) => row[0] === label)?.[1]).toBe(lang === 'en' ? 'half-yearly' : 'semestriel');
      expect(contractFromSheet(grid as never)).toEqual({ ok: true, value: c });
      const yearly = planToGrid(
        contractSheetPlan(contract(lang, { from: '2026-07', index: WAGES, base: '100' })),
      );
      expect(yearly.some((row) => row[0] === label)).toBe(false);
    }
  });

  test('on the sheet, a wrong frequency is addressed to its cell', () => {
    const grid = planToGrid(contractSheetPlan(contract('en'))) as unknown[][];
    const row = grid.findIndex((r) => r[0] === 'Revision frequency');
    grid[row][1] = 'weekly';
    const result = contractFromSheet(grid as never);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `Contract!B${row + 1} (Revision frequency): expected one of monthly, quarterly, half-yearly, yearly, got "weekly"`,
    ]);
  });
});
