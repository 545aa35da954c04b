/**
 * `comparison`: "exceeds 90 %" is >, "reaches 90 %" is ≥. Golden invoices worked out by hand, EN and FR,
 * exactly on the level (the edge that tells the two apart), read the same from JSON and from the sheet,
 * and checked against the worksheet formula docs/contract-format.md gives.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { actualsOf } from '../../../test/support/invoiceContract';
import { contractFromSheet } from '../../contract/fromSheet';
import {
  csatClause,
  fcrClause,
  parsedContract,
  plain,
  testContractJson,
  uptimeClause,
} from '../../../test/support/testContract';
import { parseContract } from '../../contract/json';
import type { Contract, Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';
import { contractSheetPlan } from '../../layout/contractSheet';
import { planToGrid } from '../../layout/planToGrid';
import { buildInvoice } from '../buildInvoice';

function contractJson(language: Language, comparison?: string) {
  const strict = comparison === undefined ? {} : { comparison };
  return testContractJson({
    id: 'cmp',
    name: 'Comparison',
    language,
    fixedFees: [{ label: 'Fixed fee', amount: '10000.00' }],
    kpis: [
      csatClause({ model: 'threshold', threshold: '0.90', amount: '5000.00', ...strict }),
      uptimeClause(strict),
    ],
    sla: { atRisk: { percentOfBase: '0.10' } },
  });
}

function contract(language: Language, comparison?: string): Contract {
  return parsedContract(contractJson(language, comparison));
}

/** CSAT and uptime both exactly on their levels: 90 % and 99.5 %. */
const onTheLevels = actualsOf({ '2026-03': { CSAT: '0.90', Uptime: '0.995' } });

function invoice(c: Contract) {
  const result = buildInvoice(c, onTheLevels, '2026-03');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('comparison: exceeds', () => {
  // exceeds, values exactly on the levels: both fail.
  // fixed 10,000.00; CSAT 90 % is not > 90 %: fee 0; uptime 99.5 % is not > 99.5 %: credit
  // −(10 % × 10,000.00) × 0.5 = −500.00. Subtotal 9,500.00; VAT 20 % = 1,900.00; total 11,400.00.
  test.each<[Language, string, string]>([
    ['en', 'CSAT 90% ≤ threshold 90%: no fee', 'Uptime 99.5% does not exceed the minimum 99.5%'],
    ['fr', 'CSAT 90 % ≤ seuil 90 % : pas d’honoraires', 'Uptime 99,5 % ne dépasse pas le minimum 99,5 %'],
  ])('on the level, %s: the fee is not paid and the credit is taken', (lang, csat, uptime) => {
    const inv = invoice(contract(lang, 'exceeds'));
    expect(inv.lines.map((l) => `${l.kind} ${l.amount.toFixed()}`)).toEqual([
      'fixed 10000',
      'kpi-fee 0',
      'sla-credit -500',
    ]);
    expect(inv.subtotal.toFixed()).toBe('9500');
    expect(inv.vat.amount.toFixed()).toBe('1900');
    expect(inv.total.toFixed()).toBe('11400');
    expect(plain(inv.lines[1].explanation).replace("'", '’')).toBe(csat);
    expect(plain(inv.lines[2].explanation)).toContain(uptime);
  });

  // reaches (absent, as every earlier contract): both pass. 10,000.00 + 5,000.00 + 0 = 15,000.00;
  // VAT 3,000.00; total 18,000.00.
  test.each<[Language, string | undefined]>([
    ['en', undefined],
    ['en', 'reaches'],
    ['fr', undefined],
  ])('on the level, %s, comparison %s: reached is enough', (lang, comparison) => {
    const inv = invoice(contract(lang, comparison));
    expect(inv.lines.map((l) => l.amount.toFixed())).toEqual(['10000', '5000', '0']);
    expect(inv.total.toFixed()).toBe('18000');
  });

  test('just above the level, exceeds passes: 10,000.00 + 5,000.00 = 15,000.00', () => {
    const result = buildInvoice(
      contract('en', 'exceeds'),
      actualsOf({ '2026-03': { CSAT: '0.901', Uptime: '0.996' } }),
      '2026-03',
    );
    expect(result.ok && result.invoice.subtotal.toFixed()).toBe('15000');
    expect(result.ok && plain(result.invoice.lines[1].explanation)).toBe(
      'CSAT 90.1% > threshold 90%: fee €5,000.00',
    );
  });

  test('the sheet reads the term back as the JSON gave it, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const c = contract(lang, 'exceeds');
      const back = contractFromSheet(planToGrid(contractSheetPlan(c)) as never);
      expect(back).toEqual({ ok: true, value: c });
    }
  });

  test('a model without a pass/fail level refuses the term', () => {
    const json = contractJson('en');
    const kpis = [fcrClause({ comparison: 'exceeds' })];
    const result = parseContract({ ...json, kpis, sla: undefined });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'kpis[0].comparison: not used by the bonus-malus model: leave it blank',
    ]);
  });

  test('an unknown comparison is an error naming the choices', () => {
    const result = parseContract(contractJson('en', 'above'));
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toContain(
      'kpis[0].comparison: expected one of reaches, exceeds, got "above"',
    );
  });

  test('the formulas the docs give return the lines’ amounts', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const onLevel = 'THRESHOLDFEE(0.9, 0.9, 5000, "higher", "exceeds")';
    const above = 'THRESHOLDFEE(0.901, 0.9, 5000, "higher", "exceeds")';
    expect(doc).toContain(`\`${onLevel}\` = 0`);
    expect(doc).toContain(`\`${above}\` = 5000`);
    expect(evaluateFormula(onLevel)).toBe(Number(invoice(contract('en', 'exceeds')).lines[1].amount));
    expect(evaluateFormula(above)).toBe(5000);
    expect(evaluateFormula('THRESHOLDFEE(0.9, 0.9, 5000, "hausse", "atteint")')).toBe(5000);
  });

  // SLACREDIT's minimum is reached: a strict service level is its credit when THRESHOLDFEE says missed.
  test('the formula the docs give for a strict service level returns the credit line', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const credit = (uptime: string) =>
      `-(1 - THRESHOLDFEE(${uptime}, 0.995, 1, "higher", "exceeds")) * 10000 * 0.1 * 0.5`;
    expect(doc).toContain(`\`${credit('0.995')}\` = -500`);
    expect(evaluateFormula(credit('0.995'))).toBe(Number(invoice(contract('en', 'exceeds')).lines[2].amount));
    expect(evaluateFormula(credit('0.996'))).toBe(0);
  });
});
