/**
 * A service level where lower is better (a resolution time) is a maximum: its line says the time is above
 * or within it, never that 10 h "misses the minimum 8 h" or is « sous le minimum 8 h » (below it), as a
 * buyer reading the French invoice would rightly dispute. Higher is better keeps its minimum.
 */
import { invoiceOf, levelsContract, plain } from '../../../test/support/levelsContract';
import { kpiClause, uptimeClause } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';

const resolution = (comparison: Record<string, string> = {}) =>
  kpiClause('Resolution', 'Mean hours to resolve P2 incidents', 'hours', 'lower', {
    model: 'sla-credit',
    threshold: '8',
    allocation: '0.5',
    ...comparison,
  });
const explanation = (lang: Language, hours: string, comparison?: Record<string, string>) =>
  plain(invoiceOf(levelsContract(lang, [resolution(comparison)]), at(hours), '2026-01').lines[1].explanation);
const at = (hours: string) => ({ '2026-01': { Resolution: hours } });

// At risk: 10 % of the 10,000.00 fixed fee; a miss credits 50 % of it, 500.00.
describe('a lower-is-better service level is a maximum', () => {
  test.each<[Language, string, string]>([
    [
      'en',
      '10',
      'Resolution 10 h is above the maximum 8 h: at-risk amount €1,000.00 (10% of base fees €10,000.00) × allocation 50% = −€500.00',
    ],
    ['en', '8', 'Resolution 8 h is within the maximum 8 h: no credit'],
    [
      'fr',
      '10',
      'Resolution 10 h dépasse le maximum 8 h : montant à risque 1 000,00 € (10 % des honoraires de base 10 000,00 €) × allocation 50 % = −500,00 €',
    ],
    ['fr', '6', 'Resolution 6 h respecte le maximum 8 h : pas de pénalité'],
  ])('%s, %s h', (lang, hours, text) => {
    expect(explanation(lang, hours)).toBe(text);
  });

  test.each<[Language, string, string]>([
    [
      'en',
      '8',
      'Resolution 8 h is not below the maximum 8 h: at-risk amount €1,000.00 (10% of base fees €10,000.00) × allocation 50% = −€500.00',
    ],
    ['en', '7.9', 'Resolution 7.9 h is below the maximum 8 h: no credit'],
    [
      'fr',
      '8',
      'Resolution 8 h n’est pas sous le maximum 8 h : montant à risque 1 000,00 € (10 % des honoraires de base 10 000,00 €) × allocation 50 % = −500,00 €',
    ],
    ['fr', '7.9', 'Resolution 7,9 h est sous le maximum 8 h : pas de pénalité'],
  ])('to be beaten (comparison: exceeds), %s, %s h', (lang, hours, text) => {
    expect(explanation(lang, hours, { comparison: 'exceeds' })).toBe(text);
  });

  test('higher is better keeps its minimum', () => {
    const inv = invoiceOf(
      levelsContract('fr', [uptimeClause()]),
      { '2026-01': { Uptime: '0.99' } },
      '2026-01',
    );
    expect(plain(inv.lines[1].explanation)).toMatch(/^Uptime 99 % sous le minimum 99,5 % : /);
  });
});
