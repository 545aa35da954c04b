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
