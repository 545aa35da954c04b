import { thresholdFee } from '../../models/thresholdFee';
import { comparisonArg, directionArg, requiredNumber } from '../argTypes';
import { refuseOtherScale } from '../otherScale';
import { defineFunction } from '../types';

export const THRESHOLDFEE = defineFunction({
  name: 'THRESHOLDFEE',
  summary: {
    en: 'Performance-only billing: the fee when the KPI meets its threshold, else 0.',
    fr: 'Facturation à la performance seule : les honoraires si le KPI atteint son seuil, sinon 0.',
  },
  args: [
    requiredNumber('actual', { en: 'measured value of the KPI', fr: 'valeur mesurée du KPI' }),
    requiredNumber('threshold', {
      en: 'level the KPI must meet (≥, or ≤ when lower is better)',
      fr: 'seuil à atteindre (≥, ou ≤ quand plus bas est mieux)',
    }),
    requiredNumber(
      'fee',
      { en: 'amount paid when the threshold is met (≥ 0)', fr: 'montant payé si le seuil est atteint (≥ 0)' },
      { min: 0 },
    ),
    directionArg(),
    comparisonArg(),
  ],
  examples: [
    { formula: 'THRESHOLDFEE(0.91, 0.9, 10000)', result: 10000 },
    { formula: 'THRESHOLDFEE(0.9, 0.9, 10000)', result: 10000 },
    { formula: 'THRESHOLDFEE(0.89, 0.9, 10000)', result: 0 },
    { formula: 'THRESHOLDFEE(4.5, 4, 2000, "lower")', result: 0 },
    { formula: 'THRESHOLDFEE(0.9, 0.9, 1, "higher", "exceeds")', result: 0 },
  ],
  impl: ([actual, threshold, fee, direction, comparison]) => {
    refuseOtherScale('actual', actual, [['threshold', threshold]]);
    return thresholdFee(actual, threshold, fee, direction, comparison).amount;
  },
});
