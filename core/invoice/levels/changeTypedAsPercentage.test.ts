/**
 * A level change typed as a percentage ("+25 %" typed 25, "+5 points" of a percent KPI typed 5) resolves a
 * level far outside the KPI's valid range. The invoice stopped saying only that the level "of this period"
 * was outside the range and that the contract may declare another one: it named neither the change nor the
 * term holding it, and widening the range as it suggested would have billed a conversion fee on a
 * threshold of 520 %, which no month can reach. It now says how the level was reached, which change is the
 * cause and where it is stated, and the fraction meant. A ramp towards such a level stops from its first
 * month, where it let through the months whose step was still in range.
 */
import { invoiceOf, levelsContract, plain, problemsOf } from '../../../test/support/levelsContract';
import type { Language } from '../../contract/types';

const conversion = (terms: Record<string, unknown>) => ({
  name: 'Conversion',
  measure: 'Leads converted ÷ leads',
  unit: 'percent',
  direction: 'higher',
  period: 'monthly',
  model: 'threshold',
  amount: '1000.00',
  ...terms,
});

const JULY = { '2026-06': { Conversion: '0.21' }, '2026-07': { Conversion: '0.25' } };

describe('a level change typed as a percentage is named, with the fraction it means', () => {
  // The schedule's step from July is +25 % typed 25: 20 % × (1 + 25) = 5.2; meant 20 % × 1.25 = 25 %.
  test.each<[Language, string]>([
    [
      'en',
      'Conversion: the threshold of this period, 5.2, is outside the valid range of a percent KPI (0 to 1): it is the baseline 20% +2,500%, and a relative change is a fraction (+25% is 0.25): did you mean 0.25 for the change 25 (Level schedule from 2026-07)?',
    ],
    [
      'fr',
      'Conversion : seuil de la période, 5,2, est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1) : c’est la référence 20 % +2 500 %, et une variation relative est une fraction (+25 % s’écrit 0,25) : vouliez-vous dire 0,25 pour la variation 25 (Calendrier des niveaux dès 2026-07) ?',
    ],
  ])('a relative step of a schedule (%s)', (language, text) => {
    const c = levelsContract(language, [
      conversion({
        threshold: '0.10',
        levelChange: 'relative',
        baseline: '0.2',
        levelSchedule: [{ from: '2026-07', threshold: '25' }],
      }),
    ]);
    expect(problemsOf(c, JULY, '2026-07').map(plain)).toEqual([plain(text)]);
    // June applies the stated +10 %: 22 % > 21 %, no fee, and no problem.
    expect(invoiceOf(c, JULY, '2026-06').total.toFixed(2)).toBe('12000.00');
  });

  // +5 points typed 5 on the baseline of June, 21 %: 0.21 + 5 = 5.21; meant 0.21 + 0.05 = 26 %.
  test('an absolute change of a stated level, from a baseline of months', () => {
    const c = levelsContract('en', [
      conversion({ threshold: '5', levelChange: 'absolute', baselineMonths: '2026-06' }),
    ]);
    expect(problemsOf(c, JULY, '2026-07')).toEqual([
      "Conversion: the threshold of this period, 5.21, is outside the valid range of a percent KPI (0 to 1): it is the baseline 21% +500 pts, and an absolute change is in the KPI's unit (5 points of a percent KPI are 0.05): did you mean 0.05 for the change 5 (Threshold)?",
    ]);
  });

  // From the baseline 50 % to +150 % (1.5: +1.5 % typed without its fraction?) over 4 periods: 50 % × 2.5
  // is 125 %; July's step, 50 % + (125 % − 50 %) × 1/4 = 68.75 %, is in range, yet the ramp leads out of it.
  test('a ramp towards such a level stops from its first period', () => {
    const c = levelsContract('en', [
      conversion({
        threshold: '1.5',
        levelChange: 'relative',
        baseline: '0.5',
        ramp: { start: '2026-07', periods: 4 },
      }),
    ]);
    expect(problemsOf(c, JULY, '2026-07')).toEqual([
      'Conversion: the threshold of this period, 1.25, is outside the valid range of a percent KPI (0 to 1): it is the baseline 50% +150%, and a relative change is a fraction (+25% is 0.25): did you mean 0.015 for the change 1.5 (Threshold)?',
    ]);
  });

  // +20 % of 90 % is 108 %: no fraction of a percentage would be meant (0.002 is no likely typo of 0.2),
  // so the problem is said as before, the range being what the contract may have meant to widen.
  test('a change that is no percentage typed as such is said as before', () => {
    const c = levelsContract('en', [
      conversion({ threshold: '0.2', levelChange: 'relative', baseline: '0.9' }),
    ]);
    expect(problemsOf(c, JULY, '2026-07')).toEqual([
      'Conversion: the threshold of this period, 1.08 is outside the valid range of a percent KPI (0 to 1); the contract may declare another range (Valid min, Valid max)',
    ]);
  });
});
