import type { Direction } from '../direction';
import { ZERO, type Dec } from '../money';

export interface ThresholdFeeResult {
  readonly amount: Dec;
  /** Whether the KPI met the threshold (≥ for `higher`, ≤ for `lower`). */
  readonly met: boolean;
}

/** True when `actual` is at least as good as `level` for the KPI's direction. */
export function meets(actual: Dec, level: Dec, direction: Direction): boolean {
  return direction === 'higher' ? actual.gte(level) : actual.lte(level);
}

/** Performance-only billing: the whole fee when the KPI meets its threshold, nothing otherwise. */
export function thresholdFee(
  actual: Dec,
  threshold: Dec,
  fee: Dec,
  direction: Direction,
): ThresholdFeeResult {
  const met = meets(actual, threshold, direction);
  return { amount: met ? fee : ZERO, met };
}
