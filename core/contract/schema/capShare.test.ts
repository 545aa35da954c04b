/**
 * A bonus or malus cap stated as a share of the base fees is a fraction, as the VAT rate and the at-risk
 * share are: `"percentOfBase": "10"` meant 10 % and capped the bonuses at 1,000 % of the base, a cap that
 * never cuts, so the invoice paid every bonus in full without a word. A share above 1 is refused with the
 * fraction it likely meant; a cap larger than the base fees is stated as an amount.
 */
import { csvInvoice, testContractJson, contractProblems } from '../../../test/support/testContract';
import { parseContract } from '../json';
import type { Language } from '../types';

const document = (caps: object, language: Language = 'en') =>
  testContractJson({
    language,
    fixedFees: [{ label: 'Fee', amount: '1000.00' }],
    kpis: [
      {
        name: 'FCR',
        measure: 'first-contact resolution',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'bonus-malus',
        target: '0.75',
        bonusRate: '10000',
        malusRate: '10000',
      },
    ],
    caps,
  });

const problems = contractProblems;

describe('caps in % of the base fees are fractions', () => {
  test.each<[Language, string, string]>([
    ['en', 'bonus', 'caps.bonus.percentOfBase: must be ≤ 1: did you mean 0.1?'],
    ['en', 'malus', 'caps.malus.percentOfBase: must be ≤ 1: did you mean 0.1?'],
    ['fr', 'bonus', 'caps.bonus.percentOfBase : doit être ≤ 1 : vouliez-vous dire 0.1 ?'],
  ])('a share of 10 (10 %% typed as a percentage) is refused (%s, %s)', (lang, side, message) => {
    expect(problems(document({ [side]: { percentOfBase: '10' } }, lang), lang)).toEqual([message]);
  });

  test('a share above 100 % is refused; a larger cap is stated as an amount', () => {
    expect(problems(document({ bonus: { percentOfBase: '150' } }))).toEqual([
      'caps.bonus.percentOfBase: must be ≤ 1',
    ]);
    expect(problems(document({ bonus: { amount: '1500.00' } }))).toEqual([]);
  });

  test('0.1 caps the bonuses at 10 % of the base fees (golden)', () => {
    const result = parseContract(document({ bonus: { percentOfBase: '0.1' } }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    // FCR 80 % vs 75 %: +5 pts × €100 = €500.00; the cap is 10 % of the €1,000.00 fee = €100.00, so the
    // cap line takes back 500.00 − 100.00 = 400.00: 1,000.00 + 500.00 − 400.00 = 1,100.00.
    const invoice = csvInvoice(result.value, '2026-01', 'Period,Kind,Name,Value\n2026-01,kpi,FCR,0.8\n');
    expect(invoice.lines.map((l) => `${l.kind} ${l.amount.toFixed(2)}`)).toEqual([
      'fixed 1000.00',
      'kpi-adjustment 500.00',
      'bonus-cap -400.00',
    ]);
    expect(invoice.subtotal.toFixed(2)).toBe('1100.00');
    // Exactly 1 (100 % of the base) is still a share.
    expect(problems(document({ bonus: { percentOfBase: '1' } }))).toEqual([]);
  });
});
