import { slaCredit } from '../../models/slaCredit';
import { comparisonArg, directionArg, requiredNumber } from '../argTypes';
import { refuseOtherScale, refuseRatioScale } from '../otherScale';
import { ModelFault } from '../../errors';
import { HUNDRED, ONE } from '../../money';
import { defineFunction } from '../types';

export const SLACREDIT = defineFunction({
  name: 'SLACREDIT',
  summary: {
    en: 'Service-level credit: charges × at_risk × allocation when the minimum service level is missed, else 0.',
    fr: 'Pénalité de niveau de service : charges × part à risque × allocation si le niveau minimal est manqué, sinon 0.',
  },
  args: [
    requiredNumber('actual', { en: 'measured service level', fr: 'niveau de service mesuré' }),
    requiredNumber('minimum', { en: 'minimum service level', fr: 'niveau de service minimal' }),
    requiredNumber(
      'charges',
      { en: 'monthly charges the credit applies to (≥ 0)', fr: 'charges mensuelles de référence (≥ 0)' },
      { min: 0 },
    ),
    requiredNumber(
      'at_risk',
      { en: 'share of charges at risk, between 0 and 1', fr: 'part des charges à risque, entre 0 et 1' },
      { min: 0, max: 1 },
    ),
    requiredNumber(
      'allocation',
      {
        en: 'share of the at-risk pool for this service level, between 0 and 1',
        fr: 'part du montant à risque allouée à ce niveau de service, entre 0 et 1',
      },
      { min: 0 },
    ),
    directionArg(),
    // As a clause's `comparison`: "must exceed 99.5 %" misses on 99.5 % itself (the invoice's sla-credit).
    comparisonArg(),
  ],
  examples: [
    { formula: 'SLACREDIT(0.93, 0.95, 100000, 0.10, 0.20)', result: 2000 },
    { formula: 'SLACREDIT(0.95, 0.95, 100000, 0.10, 0.20)', result: 0 },
    { formula: 'SLACREDIT(5, 4, 100000, 0.10, 0.20, "lower")', result: 2000 },
    { formula: 'SLACREDIT(0.95, 0.95, 100000, 0.10, 0.20, "higher", "exceeds")', result: 2000 },
    { formula: 'SLACREDIT(0.951, 0.95, 100000, 0.10, 0.20, "higher", "exceeds")', result: 0 },
    { formula: 'SLACREDIT(4, 4, 100000, 0.10, 0.20, "lower", "exceeds")', result: 2000 },
  ],
  impl: ([actual, minimum, charges, atRisk, allocation, direction, comparison]) => {
    refuseOtherScale('actual', actual, [['minimum', minimum]]);
    refuseRatioScale('allocation', allocation);
    // As a contract's allocation (at most 1): 2 meant 2 %, and a credit beyond the amount at risk is none.
    if (allocation.gt(ONE))
      throw new ModelFault(
        '#VALUE!',
        'allocation',
        `must be at most 1, all of the amount at risk (got ${allocation.toString()}): did you mean ${allocation.div(HUNDRED).toString()}?`,
      );
    return slaCredit(actual, { minimum, charges, atRisk, allocation, direction, comparison }).credit;
  },
});
