/**
 * The rows a kernel leaves to the decimal path for the scale rule (core/functions/otherScale.ts: a value
 * above 1, at most 100 and from 10 to 1,000 times its highest level, its levels in [0, 1)). Decided on the
 * doubles, which order as the 15-digit decimals do, so the tests against 0, 1 and 100 are exact; 9.9 and
 * 1,010 instead of 10 and 1,000 keep every row the decimal path may refuse whatever the products' rounding. A superset: the decimal path answers
 * the few rows it takes and does not refuse.
 */
export function otherScale(value: number, lowest: number, highest: number): boolean {
  return (
    value > 1 &&
    value <= 100 &&
    lowest >= 0 &&
    highest < 1 &&
    value >= 9.9 * highest &&
    value <= 1010 * highest
  );
}

/**
 * The rows a kernel leaves to the decimal path for the ratio rule (otherScale.ts's `refuseRatioScale`: at
 * least ten times the larger of 1 and the cap), 9.9 for 10 as above: a superset.
 */
export function ratioScale(value: number, cap: number): boolean {
  return value >= 9.9 * (cap > 1 ? cap : 1);
}

/** The rows `refuseAdjustmentScale` refuses (above 1): exact on the doubles. */
export function adjustmentScale(adjustment: number): boolean {
  return adjustment > 1;
}

/** The rows `refuseCapScale` may refuse (a cap above 100, a ratio in (0, 10)): exact on the doubles. */
export function capScale(value: number, cap: number): boolean {
  return cap > 100 && value > 0 && value < 10;
}

/** The rows `refuseBandScale` may refuse (a tolerance of at least 1, a target in (0, 1)): exact too. */
export function bandScale(tolerance: number, target: number): boolean {
  return tolerance >= 1 && target > 0 && target < 1;
}
