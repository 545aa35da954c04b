/**
 * Amounts stated per month or per invoice, on quarterly invoices. Golden invoices worked out by hand,
 * EN and FR; the sheet reads `per` back; the docs' formula gives the line.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals } from '../contract/actuals';
import { contractFromSheet } from '../contract/fromSheet';
import { parsedContract, testContractJson } from '../../test/support/testContract';
import { parseContract } from '../contract/json';
import type { Contract, Frequency, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { dec } from '../money';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(language: Language, frequency: Frequency, volumeExtra: Record<string, string> = {}) {
  return testContractJson({
    id: 'per',
    name: 'Per',
    language,
    frequency,
    fixedFees: [
      { label: 'Management', amount: '20000.00', per: 'month' },
      { label: 'Set-up', amount: '1500.00', per: 'invoice' },
    ],
    volumes: [
      {
        name: 'Applications',
        unit: 'application',
        unitPrice: '10',
        minimumFee: '1000.00',
        per: 'month',
        ...volumeExtra,
      },
    ],
    kpis: [],
  });
}

function contract(language: Language, frequency: Frequency = 'quarterly'): Contract {
  return parsedContract(contractJson(language, frequency));
}

const actuals = buildActuals(
  [
    ['2026-01', '50'],
    ['2026-02', '100'],
    ['2026-03', '80'],
  ].map(([period, value]) => ({ period, kind: 'volume' as const, name: 'Applications', value: dec(value) })),
);

function invoice(c: Contract, period = '2026-01') {
  const result = buildInvoice(c, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('amounts per month or per invoice', () => {
  // Q1 2026, 3 months. Management 3 × 20,000.00 = 60,000.00; set-up per invoice 1,500.00; applications
  // 50 + 100 + 80 = 230 × 10.00 = 2,300.00, below the minimum 3 × 1,000.00 = 3,000.00: top-up 700.00.
  // 60,000.00 + 1,500.00 + 2,300.00 + 700.00 = 64,500.00; VAT 20 % 12,900.00; total 77,400.00.
  test.each<[Language, string, string]>([
    [
      'en',
      'Fixed fee for the period: 3 months × €20,000.00 = €60,000.00',
      '€2,300.00 is below the minimum fee 3 months × €1,000.00 = €3,000.00: top-up €700.00',
    ],
    [
      'fr',
      'Forfait fixe de la période : 3 mois × 20 000,00 € = 60 000,00 €',
      '3 mois × 1 000,00 € = 3 000,00 €',
    ],
  ])('a quarterly invoice multiplies what is stated per month (%s)', (lang, fixed, minimum) => {
    const inv = invoice(contract(lang));
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'fixed 60000',
      'fixed 1500',
      'volume 2300',
      'minimum 700',
    ]);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '64500',
      '12900',
      '77400',
    ]);
    expect(plain(inv.lines[0].explanation)).toBe(fixed);
    expect(plain(inv.lines[1].explanation)).not.toContain('×');
    expect(plain(inv.lines[3].explanation)).toContain(minimum);
  });

  // Monthly invoice, February: 20,000.00 + 1,500.00 + 100 × 10.00 = 1,000.00 (the minimum, no top-up).
  test('a monthly invoice charges the monthly amount once', () => {
    const inv = invoice(contract('en', 'monthly'), '2026-02');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['20000', '1500', '1000']);
    expect(plain(inv.lines[0].explanation)).toBe('Fixed fee for the period: €20,000.00');
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc).toContain('`3 * 20000` = 60000');
    expect(evaluateFormula('3 * 20000')).toBe(Number(invoice(contract('en')).lines[0].amount));
  });

  test('read the same from JSON and from the sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test('a volume stating what its minimum is per, without a minimum, is refused', () => {
    const json = contractJson('en', 'quarterly');
    const volume: Record<string, string> = { ...json.volumes[0] };
    delete volume.minimumFee;
    const result = parseContract({ ...json, volumes: [volume] });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'volumes[0].per: says what the minimum fee or volume floor is stated per: give one of them or leave it blank',
    ]);
  });

  test('an unknown per is refused', () => {
    const result = parseContract(contractJson('en', 'quarterly', { per: 'week' }));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'volumes[0].per: expected one of invoice, month, got "week"',
    ]);
  });
});
