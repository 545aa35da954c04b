/** Agreed rebates: negative lines, clearly labelled. Golden invoices worked out by hand, EN and FR. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { buildActuals } from '../contract/actuals';
import { contractFromSheet } from '../contract/fromSheet';
import { testContract } from '../../test/support/testContract';
import type { Contract, Frequency, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contract(language: Language, frequency: Frequency = 'monthly', amount = '500.00'): Contract {
  return testContract({
    id: 'rebate',
    name: 'Rebate',
    language,
    frequency,
    fixedFees: [{ label: 'Management', amount: '10000.00' }],
    rebates: [{ label: 'Loyalty', amount, per: 'month' }],
  });
}

function invoice(c: Contract) {
  const result = buildInvoice(c, buildActuals([]), '2026-01');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('rebates', () => {
  // January: 10,000.00 − 500.00 = 9,500.00; VAT 20 % 1,900.00; total 11,400.00.
  test.each<[Language, string, string]>([
    ['en', 'Loyalty (rebate)', 'Agreed rebate, deducted: €500.00'],
    ['fr', 'Loyalty (remise)', 'Remise convenue, déduite : 500,00 €'],
  ])('a rebate is a negative line named as one (%s)', (lang, label, explanation) => {
    const inv = invoice(contract(lang));
    expect(inv.lines.map((l) => `${l.label} ${l.amount.toFixed()}`)).toEqual([
      'Management 10000',
      `${label} -500`,
    ]);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '9500',
      '1900',
      '11400',
    ]);
    expect(plain(inv.lines[1].explanation)).toBe(explanation);
  });

  // Quarterly, stated per month: 3 × 500.00 = 1,500.00 off. 10,000.00 − 1,500.00 = 8,500.00.
  test('per month on a quarterly invoice it is multiplied like a fixed fee', () => {
    const inv = invoice(contract('en', 'quarterly'));
    expect(inv.lines[1].amount.toFixed()).toBe('-1500');
    expect(plain(inv.lines[1].explanation)).toBe('Agreed rebate, deducted: 3 months × €500.00 = €1,500.00');
  });

  test('the formula the docs give returns the subtotal', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc).toContain('`10000 - 500` = 9500');
    expect(evaluateFormula('10000 - 500')).toBe(Number(invoice(contract('en')).subtotal));
  });

  test('read the same from JSON and from the sheet, EN and FR', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  // 10,000.00 of fees and 12,000.00 of rebates: the base would be −2,000.00, and with it a cap or an
  // at-risk amount in % of base fees would turn negative (a missed service level crediting the provider).
  // A rebate larger than the fees it is deducted from is a typo far more often than a term: the invoice
  // stops, naming both amounts. Equal, the base is 0.00 and the invoice stands.
  test.each<[Language, string]>([
    [
      'en',
      'Rebates: the rebates total €12,000.00, more than the fees of the period they are deducted from, €10,000.00 (fixed, hourly and volume lines): check their amounts, an invoice cannot bill a negative base',
    ],
    [
      'fr',
      'Remises : le total des remises, 12 000,00 €, dépasse les honoraires de la période dont elles sont déduites, 10 000,00 € (lignes fixes, horaires et de volume) : vérifiez leurs montants, une facture ne peut pas avoir une base négative',
    ],
  ])('rebates larger than the fees stop the invoice (%s)', (lang, problem) => {
    const result = buildInvoice(contract(lang, 'monthly', '12000.00'), buildActuals([]), '2026-01');
    expect(result.ok ? [] : result.problems.map(plain)).toEqual([problem]);
  });

  test('rebates equal to the fees leave a base of 0.00', () => {
    const inv = invoice(contract('en', 'monthly', '10000.00'));
    expect([inv.subtotal, inv.total].map((d) => d.toFixed(2))).toEqual(['0.00', '0.00']);
  });

  test('a rebate is stated as a positive amount', () => {
    expect(() => contract('en', 'monthly', '-500')).toThrow('rebates');
  });
});
