/**
 * The centre of the span of values where a property holds, found by bisection on both sides of a value
 * known to hold. A line amount is rounded to the minor unit, so the engine prices a kink's amount on a
 * whole span of values around it (440.00 from 2.559995 to 2.560005 minutes at €1,000 a minute); a linear
 * line crosses the exact amount at that span's centre, which is where the kink is.
 */
import { HOST_DIGITS, dec, quotient, type Dec } from '../money';
import { cellStep } from './cellValue';

/** Bisection stops when the edge is known to a hundredth of the last digit a cell holds. */
const EDGE_PRECISION = dec(100);
const TWO = dec(2);

/**
 * The centre, to the 15 significant digits a cell holds, of the span around `inside` where `holds` is true,
 * bounded by `below` and `above` where it is not. The caller checks the centre holds.
 */
export function spanCentre(below: Dec, inside: Dec, above: Dec, holds: (value: Dec) => boolean): Dec {
  const tolerance = quotient(cellStep(inside.toSignificantDigits(HOST_DIGITS)), EDGE_PRECISION);
  const low = edge(inside, below, holds, tolerance);
  const high = edge(inside, above, holds, tolerance);
  return quotient(low.plus(high), TWO).toSignificantDigits(HOST_DIGITS);
}

/** The last value from `inside` towards `outside` where `holds` is true, within `tolerance`. */
function edge(inside: Dec, outside: Dec, holds: (value: Dec) => boolean, tolerance: Dec): Dec {
  let [yes, no] = [inside, outside];
  while (no.minus(yes).abs().gt(tolerance)) {
    const middle = quotient(yes.plus(no), TWO);
    if (holds(middle)) yes = middle;
    else no = middle;
  }
  return yes;
}
