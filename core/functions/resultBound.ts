/**
 * The one rule for a money result a cell cannot hold (issue 8). A cell shows and is read back with 15
 * significant digits, so an amount beyond ±9,999,999,999,999.99 loses its cent: HOURLYFEE(123456789012345,
 * 1.01) is 124,691,356,902,468.45, shown …468.4 or …468.5. Such a result is `#NUM!` naming it and the
 * bound, the bound the contract and the invoice already use (`largestHostMoney`). The decimal path
 * decides every such row; the column kernels only leave it the rows near the bound (`kernelMayAnswer`),
 * so both give the same error, word for word.
 */
import { dec, type Dec } from '../money';
import type { FunctionSpec } from './types';

/**
 * Worksheet functions take no currency: their amounts are held to the cent, the minor unit of most.
 * `largestHostMoney('EUR')`, written out: importing it would bring its currency table into Code.js (a
 * test holds the two equal).
 */
export const LARGEST_CELL_MONEY = dec('9999999999999.99');

/**
 * A kernel's double at most this in magnitude is the nearest double to an exact result below the bound:
 * about one unit under it, far more than the half-gap (~0.001) between doubles there.
 */
const KERNEL_LIMIT = LARGEST_CELL_MONEY.toNumber() - 1;

/** Why a money result is `#NUM!`, beyond what a cell holds to the cent, or undefined when it fits. */
export function beyondCell(spec: FunctionSpec, value: Dec): string | undefined {
  if (spec.money === false || value.abs().lte(LARGEST_CELL_MONEY)) return undefined;
  // Twenty significant digits name exactly any amount a user meant; beyond them the magnitude is the point.
  return `the result ${value.toSignificantDigits(20)} is beyond ±${LARGEST_CELL_MONEY.toFixed()}, the most a cell holds to the cent`;
}

/** Whether a kernel's double may stand for `spec`'s result, or the row must go to the decimal path. */
export function kernelMayAnswer(spec: FunctionSpec, x: number): boolean {
  return spec.money === false || (x <= KERNEL_LIMIT && x >= -KERNEL_LIMIT);
}
