/**
 * Linear glide paths: a level moves from its start to its final value in equal steps over N evaluation
 * periods, the first step applying on the first period that closes in or after the ramp's start month.
 */
import { FREQUENCY_MONTHS, addMonths, closesWindow, comparePeriods } from '../../contract/period';
import type { Ramp } from '../../contract/levelTerms';
import type { Contract, KpiClause, Period } from '../../contract/types';
import { dec, quotient, type Dec } from '../../money';

/** How many of the ramp's periods have closed by `month` (itself included): 0 before the ramp starts. */
export function rampPeriod(contract: Contract, clause: KpiClause, ramp: Ramp, month: Period): number {
  const length = FREQUENCY_MONTHS[clause.period];
  let closed = 0;
  for (let m = ramp.start; comparePeriods(m, month) <= 0; m = addMonths(m, 1)) {
    if (closesWindow(contract.firstPeriod, length, m)) closed++;
  }
  return closed;
}

/** start + (final − start) × k ÷ N, with k held to [0, N]: the start before the ramp, the final level after it. */
export function rampLevel(start: Dec, final: Dec, k: number, periods: number): Dec {
  const step = Math.min(Math.max(k, 0), periods);
  return start.plus(quotient(final.minus(start).times(step), dec(periods)));
}
