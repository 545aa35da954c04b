import type { Direction } from '../direction';
import { ZERO, type Dec } from '../money';
import { meets, type Comparison } from './comparison';

export { meets } from './comparison';

export interface ThresholdFeeResult {
  readonly amount: Dec;
  /** Whether the KPI met the threshold (≥ for `higher`, ≤ for `lower`; > and < when it must exceed it). */
  readonly met: boolean;
}

/** Performance-only billing: the whole fee when the KPI meets its threshold, nothing otherwise. */
export function thresholdFee(
  actual: Dec,
  threshold: Dec,
  fee: Dec,
  direction: Direction,
  comparison: Comparison = 'reaches',
): ThresholdFeeResult {
  const met = meets(actual, threshold, direction, comparison);
  return { amount: met ? fee : ZERO, met };
}
