import { bonusMalus } from '../../models/bonusMalus';
import { directionArg, optionalNumber, requiredNumber } from '../argTypes';
import { refuseBandScale, refuseOtherScale } from '../otherScale';
import { defineFunction } from '../types';

export const BONUSMALUS = defineFunction({
  name: 'BONUSMALUS',
  summary: {
    en: 'Signed bonus/malus around a target: rate × distance beyond the neutral band, within caps.',
    fr: 'Bonus/malus signé autour d’un objectif : taux × écart au-delà de la franchise, dans les plafonds.',
  },
  args: [
    requiredNumber('actual', { en: 'measured value of the KPI', fr: 'valeur mesurée du KPI' }),
    requiredNumber('target', { en: 'objective of the KPI', fr: 'objectif du KPI' }),
    requiredNumber(
      'bonus_rate',
      {
        en: 'money per unit of the KPI above target (≥ 0)',
        fr: 'montant par unité de KPI au-dessus de l’objectif (≥ 0)',
      },
      { min: 0 },
    ),
    requiredNumber(
      'malus_rate',
      {
        en: 'money per unit of the KPI below target (≥ 0)',
        fr: 'montant par unité de KPI en dessous de l’objectif (≥ 0)',
      },
      { min: 0 },
    ),
    directionArg(),
    optionalNumber(
      'tolerance',
      {
        en: 'optional: neutral band around the target (default 0)',
        fr: 'facultatif : franchise autour de l’objectif (0 par défaut)',
      },
      0,
      { min: 0 },
    ),
    optionalNumber(
      'bonus_cap',
      {
        en: 'optional: largest bonus (default: no cap)',
        fr: 'facultatif : plafond du bonus (par défaut : aucun)',
      },
      null,
      { min: 0 },
    ),
    optionalNumber(
      'malus_cap',
      {
        en: 'optional: largest malus, as a positive amount (default: no cap)',
        fr: 'facultatif : plafond du malus, en montant positif (par défaut : aucun)',
      },
      null,
      { min: 0 },
    ),
  ],
  examples: [
    { formula: 'BONUSMALUS(0.78, 0.75, 50000, 50000)', result: 1500 },
    { formula: 'BONUSMALUS(0.72, 0.75, 50000, 30000)', result: -900 },
    { formula: 'BONUSMALUS(0.78, 0.75, 50000, 50000, "higher", 0.01)', result: 1000 },
    { formula: 'BONUSMALUS(0.755, 0.75, 50000, 50000, "higher", 0.01)', result: 0 },
    { formula: 'BONUSMALUS(0.78, 0.75, 50000, 50000, "higher", 0, 1000)', result: 1000 },
    { formula: 'BONUSMALUS(2.5, 3, 1000, 800, "lower")', result: 500 },
    { formula: 'BONUSMALUS(4, 3, 1000, 800, "lower")', result: -800 },
    { formula: 'BONUSMALUS(5, 3, 1000, 800, "lower", 0, , 1000)', result: -1000 },
  ],
  impl: ([actual, target, bonusRate, malusRate, direction, tolerance, bonusCap, malusCap]) => {
    refuseOtherScale('actual', actual, [['target', target]]);
    refuseBandScale(tolerance, target);
    return bonusMalus(actual, { target, bonusRate, malusRate, direction, tolerance, bonusCap, malusCap })
      .amount;
  },
});
