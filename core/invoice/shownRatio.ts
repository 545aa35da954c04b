/**
 * How an invoice prints a ratio a line is the product of (a KPI score, an achievement): to a millionth, the
 * digits it prints of a KPI value, so that `score × amount` is what a reader multiplies by hand; a ratio
 * with more digits (2/3) is marked ≈, never shown rounded as if it were exact.
 */
import type { Dec } from '../money';

export const RATIO_DECIMALS = 6;

/** `ratio` through `format` (`ctx.number`, `ctx.percent`), `≈ ` before it when it has more digits. */
export function shownRatio(ratio: Dec, format: (value: Dec) => string): string {
  return shownRounded(ratio, RATIO_DECIMALS, format);
}

/** `value` to `places` decimals through `format`, `≈ ` before it when it has more (a rate of 80 × 29/30). */
export function shownRounded(value: Dec, places: number, format: (value: Dec) => string): string {
  const shown = value.toDecimalPlaces(places);
  const text = format(shown);
  // An amounts-only context formats nothing: nothing to mark either.
  return shown.eq(value) || text === '' ? text : `≈ ${text}`;
}
