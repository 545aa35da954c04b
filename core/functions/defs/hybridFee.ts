import { refuseCapScale, refuseRatioScale } from '../otherScale';
import { hybridFee } from '../../models/hybridFee';
import { optionalNumber, requiredNumber } from '../argTypes';
import { defineFunction } from '../types';

export const HYBRIDFEE = defineFunction({
  name: 'HYBRIDFEE',
  summary: {
    en: 'Fixed base plus a variable part paid in proportion to a score: fixed + variable × min(score, score_cap).',
    fr: 'Fixe plus une part variable proportionnelle à un score : fixe + variable × min(score, plafond).',
  },
  args: [
    requiredNumber(
      'fixed',
      { en: 'fixed base per period (≥ 0)', fr: 'part fixe par période (≥ 0)' },
      { min: 0 },
    ),
    requiredNumber(
      'variable',
      { en: 'variable part paid at a score of 1 (≥ 0)', fr: 'part variable versée pour un score de 1 (≥ 0)' },
      { min: 0 },
    ),
    requiredNumber(
      'score',
      {
        en: 'performance score (≥ 0), e.g. from KPISCORE or SCORECARD',
        fr: 'score de performance (≥ 0), par ex. de KPISCORE ou SCORECARD',
      },
      { min: 0 },
    ),
    optionalNumber(
      'score_cap',
      {
        en: 'optional: highest score paid (default 1)',
        fr: 'facultatif : score maximal payé (1 par défaut)',
      },
      1,
      { min: 0 },
    ),
  ],
  examples: [
    { formula: 'HYBRIDFEE(20000, 5000, 0.8)', result: 24000 },
    { formula: 'HYBRIDFEE(20000, 5000, 1.25)', result: 25000 },
    { formula: 'HYBRIDFEE(20000, 5000, 1.25, 1.2)', result: 26000 },
  ],
  impl: ([fixed, variable, score, scoreCap]) => {
    refuseRatioScale('score', score, scoreCap);
    refuseCapScale('score_cap', scoreCap, 'score', score);
    return hybridFee(fixed, variable, score, scoreCap).amount;
  },
});
