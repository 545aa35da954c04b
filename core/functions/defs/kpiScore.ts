import { kpiScore } from '../../models/kpiScore';
import { directionArg, optionalNumber, requiredNumber } from '../argTypes';
import { refuseOtherScale, refuseRatioScale } from '../otherScale';
import { defineFunction } from '../types';

export const KPISCORE = defineFunction({
  name: 'KPISCORE',
  money: false,
  summary: {
    en: 'Payout curve of a KPI: 0 below threshold, linear to 1 at target, up to stretch_score at stretch.',
    fr: 'Courbe de paiement d’un KPI : 0 sous le seuil, linéaire jusqu’à 1 à l’objectif, puis jusqu’à stretch_score à l’objectif d’excellence.',
  },
  args: [
    requiredNumber('actual', { en: 'measured value of the KPI', fr: 'valeur mesurée du KPI' }),
    requiredNumber('threshold', {
      en: 'level below which the score is 0',
      fr: 'seuil en deçà duquel le score est 0',
    }),
    requiredNumber('target', { en: 'level where the score is 1', fr: 'objectif, où le score vaut 1' }),
    directionArg(),
    optionalNumber(
      'stretch',
      {
        en: 'optional: excellence level beyond the target',
        fr: 'facultatif : objectif d’excellence au-delà de l’objectif',
      },
      null,
    ),
    optionalNumber(
      'stretch_score',
      {
        en: 'optional: score at stretch (default 1, at least 1)',
        fr: 'facultatif : score à l’objectif d’excellence (1 par défaut, au moins 1)',
      },
      1,
      { min: 1 },
    ),
    optionalNumber(
      'threshold_score',
      {
        en: 'optional: score at threshold (default 0, between 0 and 1)',
        fr: 'facultatif : score au seuil (0 par défaut, entre 0 et 1)',
      },
      0,
      { min: 0, max: 1 },
    ),
  ],
  examples: [
    { formula: 'KPISCORE(0.78, 0.70, 0.80)', result: 0.8 },
    { formula: 'KPISCORE(0.65, 0.70, 0.80)', result: 0 },
    { formula: 'KPISCORE(330, 360, 300, "lower")', result: 0.5 },
    { formula: 'KPISCORE(330, 360, 300, "lower", , , 0.5)', result: 0.75 },
    { formula: 'KPISCORE(0.70, 0.70, 0.80, "higher", , , 0.5)', result: 0.5 },
    { formula: 'KPISCORE(0.85, 0.70, 0.80, "higher", 0.90, 1.5)', result: 1.25 },
    { formula: 'KPISCORE(0.95, 0.70, 0.80, "higher", 0.90, 1.5)', result: 1.5 },
  ],
  impl: ([actual, threshold, target, direction, stretch, stretchScore, thresholdScore]) => {
    refuseOtherScale('actual', actual, [
      ['threshold', threshold],
      ['target', target],
      ['stretch', stretch],
    ]);
    refuseRatioScale('stretch_score', stretchScore);
    return kpiScore(actual, {
      threshold,
      target,
      direction,
      stretch,
      stretchScore,
      thresholdScore,
    }).score;
  },
});
