/**
 * A clause's own cap or floor finer than the minor unit (a bonus cap of €500.005) lets through its value
 * rounded toward zero, €500.00 (README, "Caps are exact"). The line was right but its explanation said
 * `capped at €500.005`, a cap the line is not on; it now says what the cap lets through, EN and FR, and the
 * cell formula the docs give returns the line. Worked by hand in each case.
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

describe('a clause cap finer than the minor unit says what it lets through', () => {
  // FCR 81 % vs 75 %, ±1 pt band: +5 pts × €400 = €2,000.00, held to the cap €500.005 → €500.00.
  test.each<[Language, string]>([
    [
      'en',
      'FCR 81% vs target 75%: +5 pts beyond the ±1 pt neutral band × €400 = €2,000.00, capped at €500.005 (rounded down: €500.00)',
    ],
    [
      'fr',
      'FCR 81 % vs objectif 75 % : +5 pt au-delà de la franchise de ±1 pt × 400 € = 2 000,00 €, plafonné à 500,005 € (arrondi par défaut : 500,00 €)',
    ],
  ])('a bonus cap of €500.005 (%s)', (lang, explanation) => {
    expect(line(fcr({ bonusCap: '500.005' }), '2026-01,kpi,FCR,0.81', lang)).toEqual({
      amount: '500',
      explanation,
    });
  });

  // FCR 69 %: −5 pts × €400 = −€2,000.00, held to the malus cap 500.005 → −€500.00 (toward zero).
  test.each<[Language, string]>([
    ['en', 'capped at −€500.005 (rounded toward zero: −€500.00)'],
    ['fr', 'plafonné à −500,005 € (arrondi vers zéro : −500,00 €)'],
  ])('a malus cap of €500.005 (%s)', (lang, said) => {
    const { amount, explanation } = line(fcr({ malusCap: '500.005' }), '2026-01,kpi,FCR,0.69', lang);
    expect(amount).toBe('-500');
    expect(explanation).toContain(`= −${lang === 'en' ? '€2,000.00' : '2 000,00 €'}, ${said}`);
  });

  test('a cap at the cent, and a product under the cap, read as before', () => {
    expect(line(fcr({ bonusCap: '500' }), '2026-01,kpi,FCR,0.81').explanation).toMatch(
      /= €2,000\.00, capped at €500\.00$/,
    );
    expect(line(fcr({ bonusCap: '500.005' }), '2026-01,kpi,FCR,0.76').explanation).toBe(
      'FCR 76% vs target 75%: within the neutral band of ±1 pt, no bonus or malus',
    );
  });

  // Run cost 230,000 against 250,000: gain 20,000 × 30 % = €6,000.00, capped at 1,500.005 → 1,500.00;
  // 262,000: gain −12,000 × 30 % = −€3,600.00, floored at −100.005 → −100.00.
  test('a gain share cap and floor, and a KWD cap finer than the fils', () => {
    const capped = line(runCost({ bonusCap: '1500.005', floor: '-100.005' }), '2026-01,kpi,Run cost,230000');
    expect(capped).toEqual({
      amount: '1500',
      explanation:
        'Run cost €230,000 vs baseline €250,000: gain €20,000 × 30% = €6,000.00, limited to €1,500.005 (rounded down: €1,500.00)',
    });
    const floored = line(runCost({ bonusCap: '1500.005', floor: '-100.005' }), '2026-01,kpi,Run cost,262000');
    expect(floored.amount).toBe('-100');
    expect(floored.explanation).toMatch(/, limited to −€100\.005 \(rounded toward zero: −€100\.00\)$/);
    // KWD has three decimals: a cap of 500.0005 lets through 500.000.
    const kwd = line(fcr({ bonusCap: '500.0005' }), '2026-01,kpi,FCR,0.81', 'en', 'KWD');
    expect(kwd.amount).toBe('500');
    expect(kwd.explanation).toMatch(/capped at KWD 500\.0005 \(rounded down: KWD 500\.000\)$/);
  });

  test('the formula the docs give returns the line', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'contract-format.md'), 'utf8');
    const formula =
      'MIN(ROUND(BONUSMALUS(0.81, 0.75, 40000, 40000, "higher", 0.01), 2), ROUNDDOWN(500.005, 2))';
    expect(doc).toContain(`\`${formula}\` = 500`);
    expect(doc).toContain('(`MAX(…, -ROUNDDOWN(cap, 2))` for a malus cap or a floor)');
    const malus =
      'MAX(ROUND(BONUSMALUS(0.69, 0.75, 40000, 40000, "higher", 0.01), 2), -ROUNDDOWN(500.005, 2))';
    expect(evaluateFormula(malus)).toBe(
      Number(line(fcr({ malusCap: '500.005' }), '2026-01,kpi,FCR,0.69').amount),
    );
    expect(evaluateFormula(formula)).toBe(
      Number(line(fcr({ bonusCap: '500.005' }), '2026-01,kpi,FCR,0.81').amount),
    );
  });
});
