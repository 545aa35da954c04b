import { decMin, type Dec } from '../money';

export interface HybridFeeResult {
  readonly amount: Dec;
  /** The score actually paid after the cap. */
  readonly paidScore: Dec;
  readonly variablePaid: Dec;
}

/** A fixed base covering operations plus a variable part paid in proportion to a capped score. */
export function hybridFee(fixed: Dec, variable: Dec, score: Dec, scoreCap: Dec): HybridFeeResult {
  const paidScore = decMin(score, scoreCap);
  const variablePaid = variable.times(paidScore);
  return { amount: fixed.plus(variablePaid), paidScore, variablePaid };
}
