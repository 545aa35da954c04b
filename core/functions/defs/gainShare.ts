import { gainShare } from '../../models/gainShare';
import { directionArg, optionalNumber, requiredNumber } from '../argTypes';
import { defineFunction } from '../types';

export const GAINSHARE = defineFunction({
  name: 'GAINSHARE',
  summary: {
    en: 'Share of the gain against a baseline, clamped to [floor, cap]; lower is better for costs.',
    fr: 'Partage du gain par rapport à une référence, borné entre plancher et plafond ; "lower" pour des coûts.',
  },
  args: [
    requiredNumber('baseline', {
      en: 'reference value (cost or revenue before the contract)',
      fr: 'valeur de référence (coût ou revenu avant le contrat)',
    }),
    requiredNumber('actual', { en: 'value measured in the period', fr: 'valeur mesurée sur la période' }),
    requiredNumber(
      'share',
      { en: "provider's share of the gain (≥ 0)", fr: 'part du gain revenant au prestataire (≥ 0)' },
      { min: 0 },
    ),
    directionArg(),
    optionalNumber(
      'cap',
      {
        en: 'optional: largest amount (default: no cap)',
        fr: 'facultatif : montant maximal (par défaut : aucun)',
      },
      null,
    ),
    optionalNumber(
      'floor',
      {
        en: 'optional: smallest amount (default 0; negative shares losses)',
        fr: 'facultatif : montant minimal (0 par défaut ; négatif = partage des pertes)',
      },
      0,
    ),
  ],
  examples: [
    { formula: 'GAINSHARE(1000000, 900000, 0.3, "lower")', result: 30000 },
    { formula: 'GAINSHARE(1000000, 1100000, 0.3, "lower")', result: 0 },
    { formula: 'GAINSHARE(1000000, 1100000, 0.3, "lower", , -20000)', result: -20000 },
    { formula: 'GAINSHARE(1000000, 800000, 0.3, "lower", 50000)', result: 50000 },
    { formula: 'GAINSHARE(200, 260, 0.5)', result: 30 },
  ],
  impl: ([baseline, actual, share, direction, cap, floor]) =>
    gainShare(baseline, actual, { share, direction, cap, floor }).amount,
});
