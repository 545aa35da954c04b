/**
 * A score or an achievement is printed with the digits that give its line: the explanation's
 * `score × amount` is what a reader multiplies by hand. A ratio with more digits than a KPI value prints
 * (a millionth) is marked ≈, never shown rounded to four digits as if exact (0.7734 × €800.00 = €618.72
 * beside a line of €618.68).
 */
import { invoiceOf, plain } from '../../../test/support/levelsContract';
import { kpiClause, parsedContract, testContractJson } from '../../../test/support/testContract';
import type { Language } from '../../contract/types';

const conversion = kpiClause('Conversion', 'Leads converted ÷ leads', 'percent', 'higher', {
  model: 'kpi-score',
  threshold: '0.10',
  target: '0.30',
  amount: '800.00',
});
const scored = (lang: Language) => parsedContract(testContractJson({ language: lang, kpis: [conversion] }));

describe('the score a kpi-score line prints', () => {
  test.each<[Language, string, string, string]>([
    // (0.25467 − 0.10) ÷ (0.30 − 0.10) = 0.77335, exactly; × 800.00 = 618.68.
    [
      'en',
      '0.25467',
      '618.68',
      'Conversion 25.467% vs threshold 10%, target 30%: score 0.77335 × €800.00 = €618.68',
    ],
    [
      'fr',
      '0.25467',
      '618.68',
      'Conversion 25,467 % vs seuil 10 %, objectif 30 % : score 0,77335 × 800,00 € = 618,68 €',
    ],
    // (0.20 − 0.10) ÷ 0.20 = 0.5; (0.2333 − 0.10) ÷ 0.20 = 0.6665: both exact.
    [
      'en',
      '0.2333',
      '533.20',
      'Conversion 23.33% vs threshold 10%, target 30%: score 0.6665 × €800.00 = €533.20',
    ],
  ])('%s, at %s: every digit of an exact score', (lang, actual, amount, text) => {
    const line = invoiceOf(scored(lang), { '2026-01': { Conversion: actual } }, '2026-01').lines[0];
    expect(line.amount.toFixed(2)).toBe(amount);
    expect(plain(line.explanation)).toBe(text);
  });

  test('a score without an end is marked ≈ at a millionth: 2/3 × €800.00 = €533.33', () => {
    const c = parsedContract(testContractJson({ kpis: [{ ...conversion, target: '0.25' }] }));
    // (0.20 − 0.10) ÷ (0.25 − 0.10) = 0.666…; 0.666667 × 800 = 533.3336, the line 533.33.
    const line = invoiceOf(c, { '2026-01': { Conversion: '0.20' } }, '2026-01').lines[0];
    expect(line.explanation).toBe(
      'Conversion 20% vs threshold 10%, target 25%: score ≈ 0.666667 × €800.00 = €533.33',
    );
  });
});

describe('the curve a kpi-score line prints, so that its score can be checked', () => {
  const curved = (lang: Language) =>
    parsedContract(
      testContractJson({
        language: lang,
        kpis: [{ ...conversion, thresholdScore: '0.5', stretch: '0.40', stretchScore: '1.5' }],
      }),
    );
  test.each<[Language, string]>([
    // From (30 %, 1) to (40 %, 1.5): 1 + 0.5 × (0.35 − 0.30) ÷ 0.10 = 1.25; × 800.00 = 1,000.00.
    [
      'en',
      'Conversion 35% vs threshold 10% (score 0.5), target 30%, stretch 40% (score 1.5): score 1.25 × €800.00 = €1,000.00',
    ],
    [
      'fr',
      'Conversion 35 % vs seuil 10 % (score 0,5), objectif 30 %, objectif d’excellence 40 % (score 1,5) : score 1,25 × 800,00 € = 1 000,00 €',
    ],
  ])('%s: the threshold and stretch with their scores', (lang, text) => {
    const line = invoiceOf(curved(lang), { '2026-01': { Conversion: '0.35' } }, '2026-01').lines[0];
    expect(plain(line.explanation)).toBe(text);
  });
});

describe('the achievement an achievement-share line prints', () => {
  const share = (lang: Language) =>
    parsedContract(
      testContractJson({
        language: lang,
        hourly: { label: 'Hours', rate: '50', variablePay: '1000.00' },
        kpis: [
          kpiClause('Conversion', 'Leads converted ÷ leads', 'percent', 'higher', {
            model: 'achievement-share',
            target: '0.23',
            weight: '1',
          }),
        ],
      }),
    );
  test.each<[Language, string]>([
    // 0.22 ÷ 0.23 = 0.95652173…; 95.6522 % × 1,000.00 = 956.522, the line 956.52.
    [
      'en',
      'Conversion 22% vs target 23%: achievement ≈ 95.6522% × weight 100% × variable pay €1,000.00 = €956.52',
    ],
    [
      'fr',
      'Conversion 22 % vs objectif 23 % : atteinte ≈ 95,6522 % × poids 100 % × part variable 1 000,00 € = 956,52 €',
    ],
  ])('%s: marked ≈ with four decimals of a percentage, not 95.65 %%', (lang, text) => {
    const inv = invoiceOf(share(lang), { '2026-01': { Conversion: '0.22', hours: '10' } }, '2026-01');
    const line = inv.lines.find((l) => l.kpi === 'Conversion')!;
    expect(line.amount.toFixed(2)).toBe('956.52');
    expect(plain(line.explanation)).toBe(text);
  });
});
