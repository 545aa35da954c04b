/**
 * A KPI value a cell can hold. A breakpoint found by division (a cap ÷ a rate, a target ÷ an achievement
 * cap) has 40 digits, which no cell holds and no user can type back: 3.333… typed as 3.33333333333333 may
 * land on the other side of the kink. The value reported is the 15-significant-digit neighbour on the side
 * where the engine prices it the same, so that typing it back reproduces the figure.
 */
import { HOST_DIGITS, dec, type Dec } from '../money';

/**
 * `exact` when a cell holds it; else its 15-digit rounding or the neighbour one digit further on either
 * side, the first that `same` accepts (the caller prices it); `exact` when none is.
 */
export function cellValue(exact: Dec, same: (candidate: Dec) => boolean): Dec {
  if (exact.sd() <= HOST_DIGITS) return exact;
  const near = exact.toSignificantDigits(HOST_DIGITS);
  const unit = cellStep(near);
  return [near, near.minus(unit), near.plus(unit)].find(same) ?? exact;
}

/** One unit of the last digit a cell shows of `value` (its 15th significant digit): the step to its neighbours. */
export function cellStep(value: Dec): Dec {
  return dec(10).pow(value.e - HOST_DIGITS + 1);
}
