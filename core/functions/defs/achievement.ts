import { achievement } from '../../models/achievement';
import { directionArg, requiredNumber } from '../argTypes';
import { refuseOtherScale } from '../otherScale';
import { defineFunction } from '../types';

export const ACHIEVEMENT = defineFunction({
  name: 'ACHIEVEMENT',
  money: false,
  summary: {
    en: 'Attainment ratio of a KPI: actual ÷ target, or target ÷ actual when lower is better.',
    fr: 'Taux d’atteinte d’un KPI : réel ÷ objectif, ou objectif ÷ réel quand plus bas est mieux.',
  },
  args: [
    requiredNumber('actual', { en: 'measured value of the KPI', fr: 'valeur mesurée du KPI' }),
    requiredNumber('target', { en: 'objective of the KPI (> 0)', fr: 'objectif du KPI (> 0)' }),
    directionArg(),
  ],
  examples: [
    { formula: 'ACHIEVEMENT(0.78, 0.75)', result: 1.04 },
    { formula: 'ACHIEVEMENT(4, 3, "lower")', result: 0.75 },
  ],
  impl: ([actual, target, direction]) => {
    refuseOtherScale('actual', actual, [['target', target]]);
    return achievement(actual, target, direction).ratio;
  },
});
