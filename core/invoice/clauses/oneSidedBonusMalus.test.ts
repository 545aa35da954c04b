/**
 * A bonus-only clause (malus rate 0) below its target, or a malus-only one above it: the gap is real but
 * the contract pays or charges nothing for it. The line says so and its outcome is "no malus" / "no
 * bonus", never "malus" beside "× €0 = €0.00", which a buyer would read as a penalty waived by mistake.
 */
import { invoiceOf, levelsContract, plain } from '../../../test/support/levelsContract';
import { ahtClause } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';

const aht = (terms: Record<string, string>) => ahtClause(terms);
const invoiceAt = (lang: Language, minutes: string, terms: Record<string, string>) =>
  invoiceOf(levelsContract(lang, [aht(terms)]), { '2026-01': { AHT: minutes } }, '2026-01');

describe('a side of a bonus/malus clause without a rate', () => {
  test.each<[Language, string, Record<string, string>, string, string]>([
    [
      'en',
      '6.5',
      { malusRate: '0' },
      'AHT 6.5 min vs target 6 min: −0.5 min; the contract charges no malus',
      'no malus',
    ],
    [
      'en',
      '5',
      { bonusRate: '0' },
      'AHT 5 min vs target 6 min: +1 min; the contract pays no bonus',
      'no bonus',
    ],
    [
      'fr',
      '6,5',
      { malusRate: '0' },
      'AHT 6,5 min vs objectif 6 min : −0,5 min ; le contrat ne prévoit pas de malus',
      'pas de malus',
    ],
    [
      'en',
      '6.75',
      { malusRate: '0', tolerance: '0.25' },
      'AHT 6.75 min vs target 6 min: −0.5 min beyond the ±0.25 min neutral band; the contract charges no malus',
      'no malus',
    ],
  ])('%s, AHT %s with %j', (lang, minutes, terms, explanation, outcome) => {
    const invoice = invoiceAt(lang, minutes.replace(',', '.'), terms);
    const line = invoice.lines.find((l) => l.label === 'AHT');
    expect(line?.amount.toFixed(2)).toBe('0.00');
    expect(plain(line?.explanation ?? '')).toBe(explanation);
    expect(invoice.evidence[0].outcome).toBe(outcome);
    // The KPI still missed (or met) its target: the review counts it so.
    expect(invoice.evidence[0].status).toBe(terms.malusRate === '0' ? 'missed' : 'met');
  });

  test('the side with a rate keeps its product', () => {
    const line = invoiceAt('en', '5', { malusRate: '0' }).lines.find((l) => l.label === 'AHT');
    expect(line?.amount.toFixed(2)).toBe('500.00');
    expect(line?.explanation).toBe('AHT 5 min vs target 6 min: +1 min × €500 = €500.00');
  });
});
