/**
 * A clause's own cap or floor is an amount to the minor unit (a cap of €500.005 is refused by the contract
 * reader, minorUnitAmounts.test.ts): the line is on it and its explanation prints the real product, then
 * the cap, EN and FR; the cell formula docs/contract-format.md gives for it returns the line. Worked by
 * hand in each case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvInvoice, kpiClause, plain, testContract } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';
import { evaluateFormula } from '../../formula/evaluateFormula';

const fcr = (terms: Record<string, string>) =>
  kpiClause('FCR', 'First contact resolution', 'percent', 'higher', {
    model: 'bonus-malus',
    target: '0.75',
    bonusRate: '40000',
    malusRate: '40000',
    tolerance: '0.01',
    ...terms,
  });

const runCost = (terms: Record<string, string>) =>
  kpiClause('Run cost', 'Run cost of the month', 'currency', 'lower', {
    model: 'gain-share',
    baseline: '250000',
    share: '0.3',
    ...terms,
  });

function line(kpi: object, csv: string, language: Language = 'en', currency = 'EUR') {
  const contract = testContract({ language, currency, kpis: [kpi] });
  const invoice = csvInvoice(contract, '2026-01', `Period,Kind,Name,Value\n${csv}\n`);
  const [only] = invoice.lines;
  return { amount: only.amount.toFixed(), explanation: plain(only.explanation) };
}

describe("a clause's cap or floor", () => {
  // FCR 81 % vs 75 %, ±1 pt band: +5 pts × €400 = €2,000.00, held to the cap €500.00.
  test.each<[Language, string]>([
    [
      'en',
      'FCR 81% vs target 75%: +5 pts beyond the ±1 pt neutral band × €400 = €2,000.00, capped at €500.00',
    ],
    [
      'fr',
      'FCR 81 % vs objectif 75 % : +5 pt au-delà de la franchise de ±1 pt × 400 € = 2 000,00 €, plafonné à 500,00 €',
    ],
  ])('a bonus cap of €500 (%s)', (lang, explanation) => {
    expect(line(fcr({ bonusCap: '500' }), '2026-01,kpi,FCR,0.81', lang)).toEqual({
      amount: '500',
      explanation,
    });
  });

  // FCR 69 %: −5 pts × €400 = −€2,000.00, held to the malus cap → −€500.00.
  test('a malus cap, and a product under the cap', () => {
    const { amount, explanation } = line(fcr({ malusCap: '500' }), '2026-01,kpi,FCR,0.69');
    expect(amount).toBe('-500');
    expect(explanation).toMatch(/= −€2,000\.00, capped at −€500\.00$/);
    expect(line(fcr({ bonusCap: '500' }), '2026-01,kpi,FCR,0.76').explanation).toBe(
      'FCR 76% vs target 75%: within the neutral band of ±1 pt, no bonus or malus',
    );
  });

  // Run cost 230,000 against 250,000: gain 20,000 × 30 % = €6,000.00, capped at 1,500.00;
  // 262,000: gain −12,000 × 30 % = −€3,600.00, floored at −100.00. KWD: a cap of 500.125 holds 500.125.
  test('a gain share cap and floor, and a KWD cap to the fils', () => {
    const capped = line(runCost({ bonusCap: '1500', floor: '-100' }), '2026-01,kpi,Run cost,230000');
    expect(capped).toEqual({
      amount: '1500',
      explanation:
        'Run cost €230,000 vs baseline €250,000: gain €20,000 × 30% = €6,000.00, limited to €1,500.00',
    });
    const floored = line(runCost({ bonusCap: '1500', floor: '-100' }), '2026-01,kpi,Run cost,262000');
    expect(floored.amount).toBe('-100');
    expect(floored.explanation).toMatch(/, limited to −€100\.00$/);
    const kwd = line(fcr({ bonusCap: '500.125' }), '2026-01,kpi,FCR,0.81', 'en', 'KWD');
    expect(kwd.amount).toBe('500.125');
    expect(kwd.explanation).toMatch(/capped at KWD 500\.125$/);
  });

  test('the formulas the docs give return the lines', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const bonus = 'MIN(ROUND(BONUSMALUS(0.81, 0.75, 40000, 40000, "higher", 0.01), 2), 500)';
    const malus = 'MAX(ROUND(BONUSMALUS(0.69, 0.75, 40000, 40000, "higher", 0.01), 2), -500)';
    expect(doc).toContain(`\`${bonus}\` = 500`);
    expect(doc).toContain(`\`${malus}\` = −500`);
    expect(evaluateFormula(bonus)).toBe(
      Number(line(fcr({ bonusCap: '500' }), '2026-01,kpi,FCR,0.81').amount),
    );
    expect(evaluateFormula(malus)).toBe(
      Number(line(fcr({ malusCap: '500' }), '2026-01,kpi,FCR,0.69').amount),
    );
  });
});
