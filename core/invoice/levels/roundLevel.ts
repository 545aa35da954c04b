/**
 * The one rounding of a computed level (an average baseline, a relative change, a point of a ramp, a
 * ratchet's average): 6 decimal places, half away from zero — the digits an invoice prints for a KPI value
 * (a millionth of a unit, 0.0001 % of a percentage), so the level printed is the level applied.
 */
import type { Dec } from '../../money';

/** Decimal places a computed level keeps. */
export const LEVEL_DECIMALS = 6;

/** `value` to `LEVEL_DECIMALS` places, half away from zero; a level with fewer digits is unchanged. */
export function roundLevel(value: Dec): Dec {
  return value.toDecimalPlaces(LEVEL_DECIMALS);
}
