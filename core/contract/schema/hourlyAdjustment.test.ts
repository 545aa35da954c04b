/**
 * The hourly fee's adjustment is a fraction, as HOURLYFEE reads it: `"adjustment": "5"` meant +5 % and
 * multiplied the rate by six on every invoice, while HOURLYFEE(rate, hours, 5) is refused. Above 1 (more than a
 * doubled rate, which a contract states as a rate) the contract is refused with the fraction it likely meant;
 * 1 itself and the template's 0.10 are paid.
 */
import { testContractJson, contractProblems } from '../../../test/support/testContract';
import type { Language } from '../types';

const document = (adjustment: string, language: Language = 'en') =>
  testContractJson({
    language,
    hourly: { label: 'Hours', rate: '75.00', adjustment },
    kpis: [
      {
        name: 'FCR',
        measure: 'first-contact resolution',
        unit: 'percent',
        direction: 'higher',
        period: 'monthly',
        model: 'rate-adjustment',
        target: '0.75',
        bonusRate: '0.1',
        malusRate: '0.1',
      },
    ],
  });

const problems = contractProblems;

describe('the hourly adjustment is a fraction, as HOURLYFEE reads it', () => {
  test.each<[Language, string, string]>([
    ['en', '5', 'hourly.adjustment: must be ≤ 1: did you mean 0.05?'],
    ['en', '10', 'hourly.adjustment: must be ≤ 1: did you mean 0.1?'],
    ['fr', '5', 'hourly.adjustment : doit être ≤ 1 : vouliez-vous dire 0.05 ?'],
  ])('%s: an adjustment of %s is refused with the fraction meant', (lang, adjustment, message) => {
    expect(problems(document(adjustment, lang), lang)).toEqual([message]);
  });

  test.each(['1', '0.10', '0', '-0.5'])('an adjustment of %s is a contract term', (adjustment) => {
    expect(problems(document(adjustment))).toEqual([]);
  });
});
