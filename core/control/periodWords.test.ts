/** Texts written before months were in words compare equal to today's, and only those. */
import { sameButMonthWords } from './periodWords';

describe('sameButMonthWords', () => {
  it('an ISO month and the same month in words, English or French, elided or not, are the same text', () => {
    expect(
      sameButMonthWords(
        'Fixed fee: €102,500.00 (price revised from 2026-06: P1 = …)',
        'Fixed fee: €102,500.00 (price revised from June 2026: P1 = …)',
      ),
    ).toBe(true);
    expect(
      sameButMonthWords(
        'Synthèse — BPO, de 2026-10 à 2026-12',
        'Synthèse — BPO, d’octobre 2026 à décembre 2026',
      ),
    ).toBe(true);
    expect(sameButMonthWords('rampe dès 2026-02', 'rampe dès février 2026')).toBe(true);
  });

  it('another month, another amount or another word is still a difference', () => {
    expect(sameButMonthWords('revised from 2026-06', 'revised from July 2026')).toBe(false);
    expect(sameButMonthWords('€5,000.00 from 2026-06', '€5,500.00 from June 2026')).toBe(false);
    expect(sameButMonthWords('de 2026-10', 'depuis octobre 2026')).toBe(false);
    expect(sameButMonthWords(20000, 20000)).toBe(false);
  });
});
