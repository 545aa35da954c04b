import { refuseAdjustmentScale, refuseCapScale } from '../otherScale';
import { hourlyFee } from '../../models/hourlyFee';
import { optionalNumber, requiredNumber } from '../argTypes';
import { defineFunction } from '../types';

export const HOURLYFEE = defineFunction({
  name: 'HOURLYFEE',
  summary: {
    en: 'Hourly billing with a complexity adjustment and a share tied to achievement: hours × rate × (1 + adjustment) + variable × min(achievement, cap).',
    fr: 'Forfait horaire ajusté à la complexité plus une part liée au taux d’atteinte : heures × taux × (1 + ajustement) + variable × min(atteinte, plafond).',
  },
  args: [
    requiredNumber('hours', { en: 'hours worked (≥ 0)', fr: 'heures travaillées (≥ 0)' }, { min: 0 }),
    requiredNumber('rate', { en: 'hourly rate (≥ 0)', fr: 'taux horaire (≥ 0)' }, { min: 0 }),
    optionalNumber(
      'adjustment',
      {
        en: 'optional: rate adjustment as a fraction, > -1 and ≤ 1 (+10 % = 0.1; default 0)',
        fr: 'facultatif : ajustement du taux en fraction, > -1 et ≤ 1 (+10 % = 0,1 ; 0 par défaut)',
      },
      0,
      { min: -1, minExclusive: true },
    ),
    optionalNumber(
      'variable',
      {
        en: 'optional: variable pay at 100 % achievement (≥ 0; default 0)',
        fr: 'facultatif : part variable à 100 % d’atteinte (≥ 0 ; 0 par défaut)',
      },
      0,
      { min: 0 },
    ),
    optionalNumber(
      'achievement',
      {
        en: 'optional: achievement ratio (≥ 0; default 0): a negative achievement is refused, variable pay is never negative',
        fr: 'facultatif : taux d’atteinte (≥ 0 ; 0 par défaut) : un taux négatif est refusé, la part variable n’est jamais négative',
      },
      0,
      { min: 0 },
    ),
    optionalNumber(
      'achievement_cap',
      {
        en: 'optional: highest achievement paid (default 1)',
        fr: 'facultatif : taux d’atteinte maximal payé (1 par défaut)',
      },
      1,
      { min: 0 },
    ),
  ],
  examples: [
    { formula: 'HOURLYFEE(40, 75)', result: 3000 },
    { formula: 'HOURLYFEE(40, 75, 0.1)', result: 3300 },
    { formula: 'HOURLYFEE(40, 75, 0, 1000, 0.8)', result: 3800 },
    { formula: 'HOURLYFEE(40, 75, 0.1, 1000, 1.3, 1.2)', result: 4500 },
  ],
  impl: ([hours, rate, adjustment, variable, achievement, achievementCap]) => {
    refuseAdjustmentScale(adjustment);
    refuseCapScale('achievement_cap', achievementCap, 'achievement', achievement);
    return hourlyFee(hours, achievement, { rate, adjustment, variable, achievementCap }).amount;
  },
});
