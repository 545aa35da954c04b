/**
 * The number format of a quantity on an invoice (hours, outcomes), chosen per cell from its value. Excel has
 * no single format that shows 42,500 without a point and 37.5 with its digit: `#,##0.##` prints "42,500."
 * (a trailing point), and a conditional section such as `[=ROUND(x,0)]` cannot test for a whole number.
 * The layout knows the exact value, so it gives each cell the format with exactly its decimals.
 */
import type { Dec } from '../money';

/** Decimals shown at most; a host number has 15 significant digits, so more would show noise. */
const MAX_PLACES = 10;

/** `#,##0` for a whole quantity, `#,##0.0…` with as many decimals as a fractional one has (up to 10). */
export function quantityFormat(value: Dec): string {
  const places = Math.min(value.decimalPlaces(), MAX_PLACES);
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}
