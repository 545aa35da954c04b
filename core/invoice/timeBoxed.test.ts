/**
 * Time-boxed clauses (article 1: bonus/malus for peak periods): a Black Friday CSAT fee active only in
 * November and December, alongside the normal one. Golden invoices worked out by hand, EN and FR.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsOf } from '../../test/support/invoiceContract';
import { contractFromSheet } from '../contract/fromSheet';
import { csatClause, parsedContract, testContractJson } from '../../test/support/testContract';
import { parseContract } from '../contract/json';
import type { Contract, Language } from '../contract/types';
import { evaluateFormula } from '../formula/evaluateFormula';
import { contractSheetPlan } from '../layout/contractSheet';
import { planToGrid } from '../layout/planToGrid';
import { buildInvoice } from './buildInvoice';

const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

function contractJson(language: Language, activeMonths: unknown = ['2026-12', '2026-11']) {
  return testContractJson({
    id: 'peak',
    name: 'Peak',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    kpis: [
      csatClause({ model: 'threshold', threshold: '0.90', amount: '5000.00' }),
      csatClause({
        name: 'CSAT Black Friday',
        model: 'threshold',
        threshold: '0.85',
        amount: '2000.00',
        activeMonths,
      }),
    ],
  });
}

function contract(language: Language): Contract {
  return parsedContract(contractJson(language));
}

const actuals = actualsOf({
  '2026-10': { CSAT: '0.91' },
  '2026-11': { CSAT: '0.87', 'CSAT Black Friday': '0.87' },
});

function invoice(c: Contract, period: string) {
  const result = buildInvoice(c, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('time-boxed clauses', () => {
  // October, outside the box: no peak line, and no peak value needed. 10,000.00 + CSAT 91 % ≥ 90 %:
  // 5,000.00 = 15,000.00; VAT 3,000.00; total 18,000.00.
  test('outside its months a clause gives no line and reads no value', () => {
    const inv = invoice(contract('en'), '2026-10');
    expect(inv.lines.map((l) => `${l.label} ${l.amount.toFixed()}`)).toEqual([
      'Fixed fee 10000',
      'CSAT 5000',
    ]);
    expect(inv.total.toFixed()).toBe('18000');
  });

  // November, inside: CSAT 87 % < 90 %: 0; Black Friday CSAT 87 % ≥ 85 %: 2,000.00.
  // 10,000.00 + 0 + 2,000.00 = 12,000.00; VAT 2,400.00; total 14,400.00.
  test.each<[Language, string]>([
    [
      'en',
      'CSAT Black Friday 87% ≥ threshold 85%: fee €2,000.00 (clause active in November 2026, December 2026)',
    ],
    [
      'fr',
      'CSAT Black Friday 87 % ≥ seuil 85 % : honoraires 2 000,00 € (clause active en novembre 2026, décembre 2026)',
    ],
  ])('in its months it stands beside the normal clause (%s)', (lang, text) => {
    const inv = invoice(contract(lang), '2026-11');
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '0', '2000']);
    expect([inv.subtotal, inv.vat.amount, inv.total].map((d) => d.toFixed())).toEqual([
      '12000',
      '2400',
      '14400',
    ]);
    expect(plain(inv.lines[2].explanation)).toBe(text);
  });

  test('in its months its value is required like any KPI', () => {
    const result = buildInvoice(contract('en'), actuals, '2026-12');
    expect(result.ok ? [] : result.problems).toContain(
      'Actuals: no value for KPI "CSAT Black Friday" in 2026-12',
    );
  });

  test('the formula the docs give returns the line’s amount', () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'contract-format.md'), 'utf8');
    expect(doc).toContain('`THRESHOLDFEE(0.87, 0.85, 2000)` = 2000');
    expect(evaluateFormula('THRESHOLDFEE(0.87, 0.85, 2000)')).toBe(
      Number(invoice(contract('en'), '2026-11').lines[2].amount),
    );
  });

  test('read the same from JSON (a list or one text) and from the sheet, EN and FR', () => {
    const fromText = parseContract(contractJson('en', '2026-11, 2026-12'));
    expect(fromText).toEqual({ ok: true, value: contract('en') });
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang);
      expect(contractFromSheet(planToGrid(contractSheetPlan(c)) as never)).toEqual({ ok: true, value: c });
    }
  });

  test.each<[unknown, string]>([
    ['2026-11; 2026-13', 'kpis[1].activeMonths: expected a month YYYY-MM (2026-10), got "2026-13"'],
    [['2026-11', '2026-11'], 'kpis[1].activeMonths: the month 2026-11 is listed twice'],
    [' ', 'kpis[1].activeMonths: required'],
  ])('months %j are refused', (months, message) => {
    const result = parseContract(contractJson('en', months));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([message]);
  });
});
