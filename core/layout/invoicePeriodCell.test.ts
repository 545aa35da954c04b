/**
 * The invoice sheet shows its period in words, in the contract's language; verify and Correct an invoice
 * read the words back, and a sheet written before (ISO `2026-10`, `2026-01 – 2026-03`, French text with
 * plain spaces before `:`) still verifies.
 */
import { issuedInvoiceFromSheet } from '../control/issuedSheet';
import { periodOfName, verifySheet } from '../control/verify';
import type { Language } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { findTemplate } from '../templates';
import { invoiceSheetPlan } from './invoiceSheet';
import { planToGrid } from './planToGrid';

const template = findTemplate('bpo-customer-service')!;
/** Row and column (0-based) of the Period's value. */
const PERIOD: [number, number] = [4, 1];

function invoice(lang: Language, quarterly = false) {
  const contract = { ...template.contract(lang), ...(quarterly ? { frequency: 'quarterly' as const } : {}) };
  const actuals = template.actuals(lang);
  const built = buildInvoice(contract, actuals, quarterly ? '2026-12' : '2026-10');
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return { invoice: built.invoice, contract, actuals };
}

function sheetOf(lang: Language, quarterly = false) {
  const made = invoice(lang, quarterly);
  const grid = planToGrid(invoiceSheetPlan(made.invoice));
  return { ...made, grid };
}

test.each([
  ['en', false, 'October 2026'],
  ['fr', false, 'octobre 2026'],
  ['en', true, 'Q4 2026'],
  ['fr', true, 'T4 2026'],
] as const)('the %s invoice sheet (quarterly: %s) says its period as %j', (lang, quarterly, words) => {
  const { grid } = sheetOf(lang, quarterly);
  expect(grid[PERIOD[0]][PERIOD[1]]).toBe(words);
  expect(periodOfName(words)).toBe('2026-10');
});

describe.each(['en', 'fr'] as const)('read back (%s)', (lang) => {
  test('verify finds the sheet in words clean, and one written with the ISO period clean too', () => {
    for (const quarterly of [false, true]) {
      const { grid, invoice: recomputed } = sheetOf(lang, quarterly);
      const values = grid.map((row) => [...row]);
      expect(verifySheet({ name: 'Invoice', values }, recomputed, lang).clean).toBe(true);
      values[PERIOD[0]][PERIOD[1]] = quarterly ? '2026-10 – 2026-12' : '2026-10';
      expect(verifySheet({ name: 'Invoice', values }, recomputed, lang).clean).toBe(true);
      values[PERIOD[0]][PERIOD[1]] = quarterly ? 'Q3 2026' : '2026-09';
      expect(verifySheet({ name: 'Invoice', values }, recomputed, lang).differences).toHaveLength(1);
    }
  });

  test('Correct an invoice reads the period of the sheet in words', () => {
    const { grid, contract, actuals } = sheetOf(lang);
    const read = issuedInvoiceFromSheet(grid, 'Invoice 2026-10', contract, actuals, lang);
    expect(read.ok).toBe(true);
    expect(read.ok && read.invoice.period).toBe('2026-10');
  });
});

test('a French sheet written before French spacing (plain spaces) verifies clean; a changed word does not', () => {
  const { grid, invoice: recomputed } = sheetOf('fr');
  const plain = grid.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/\u00a0/g, ' ') : v)));
  expect(plain.flat().some((v, i) => typeof v === 'string' && v !== grid.flat()[i])).toBe(true);
  expect(verifySheet({ name: 'Facture', values: plain }, recomputed, 'fr').clean).toBe(true);
  const note = plain.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('Montants figés'));
  plain[note][0] = 'Montants figés : à vérifier.';
  expect(verifySheet({ name: 'Facture', values: plain }, recomputed, 'fr').differences).toHaveLength(1);
});
