import { ONE, decMin, type Dec } from '../money';

export interface HourlyFeeTerms {
  readonly rate: Dec;
  /** Complexity adjustment of the rate, as a fraction (+10 % = 0.1); always > −1. */
  readonly adjustment: Dec;
  /** Variable pay at 100 % achievement. */
  readonly variable: Dec;
  readonly achievementCap: Dec;
}

export interface HourlyFeeResult {
  readonly amount: Dec;
  readonly timeAmount: Dec;
  readonly adjustedRate: Dec;
  readonly paidAchievement: Dec;
  readonly variablePaid: Dec;
}

/**
 * The online business manager model: hours at an adjusted rate, plus a share of variable pay tied to
 * KPI achievement, capped.
 */
export function hourlyFee(hours: Dec, achievement: Dec, terms: HourlyFeeTerms): HourlyFeeResult {
  const adjustedRate = terms.rate.times(ONE.plus(terms.adjustment));
  const timeAmount = hours.times(adjustedRate);
  const paidAchievement = decMin(achievement, terms.achievementCap);
  const variablePaid = terms.variable.times(paidAchievement);
  return { amount: timeAmount.plus(variablePaid), timeAmount, adjustedRate, paidAchievement, variablePaid };
}
