/**
 * Exact decimals for money and rates. This is the only module that imports decimal.js: everything else
 * works on `Dec` values and enters or leaves the decimal world through `fromHostNumber` / `toHostNumber`.
 */
import Decimal from 'decimal.js';

/** Read once: globals are slow to reach in a vm context (Jest's, the Sheets fake's; see README, Test time). */
const { Number } = globalThis;

/**
 * Sums, differences and products of host inputs are exact: the sum of two doubles' shortest decimal forms
 * spans at most ~650 digits (1e308 + 5e-324), and 1,000 significant digits hold that times a rate. It costs
 * nothing where numbers are short: decimal.js works on the digits a value has, not on the precision.
 */
const D = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -7, toExpPos: 21 });

/**
 * Divisions (attainment ratios, scores, averages) rarely terminate: they are rounded to 40 significant
 * digits, twice what a double holds, so the host number is still the nearest double to the exact quotient.
 */
const QUOTIENT = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -7,
  toExpPos: 21,
});

/** An exact decimal value. */
export type Dec = Decimal;

export const ZERO: Dec = new D(0);
export const ONE: Dec = new D(1);
export const HUNDRED: Dec = new D(100);

/**
 * The one entry point for host numbers. Excel and Sheets store and show 15 significant digits, so a double
 * enters as its 15-significant-digit decimal, the digits the cell shows: 0.1 is exactly one tenth, and
 * 0.7+0.2 (0.8999999999999999 as a double) is 0.9, as the cell says. Reading the 17-digit round-trip form
 * instead would let a computed KPI that lands on its threshold miss it by one ulp. Negative zero becomes
 * zero. The caller guarantees a finite number.
 */
export function fromHostNumber(value: number): Dec {
  return value === 0 ? ZERO : new D(value.toPrecision(HOST_DIGITS));
}

/** Significant digits a spreadsheet cell holds (Excel and Sheets alike). */
export const HOST_DIGITS = 15;

/** Decimal from a literal written in code or a file ("2.10", 400). */
export function dec(value: string | number): Dec {
  return new D(value);
}

/**
 * The one exit point to host numbers: the nearest double, negative zero folded to zero.
 * Returns `undefined` when the value does not fit a finite double, so callers must say why.
 */
export function toHostNumber(value: Dec): number | undefined {
  const n = value.toNumber();
  if (!Number.isFinite(n)) return undefined;
  return n === 0 ? 0 : n;
}

/** Whether `toHostNumber` gives a number for `value`, without converting it when it is plainly small. */
export function fitsHostNumber(value: Dec): boolean {
  // Every finite decimal below 1e308 is a finite double; only near the limit must the conversion tell.
  return value.e < 308 || toHostNumber(value) !== undefined;
}

export function isDec(value: unknown): value is Dec {
  return Decimal.isDecimal(value);
}

/** a ÷ b to 40 significant digits, as a `Dec` of the exact kind; the caller guarantees b ≠ 0. */
export function quotient(a: Dec, b: Dec): Dec {
  return new D(new QUOTIENT(a).div(b));
}

export function decMin(a: Dec, b: Dec): Dec {
  return a.lte(b) ? a : b;
}

export function decMax(a: Dec, b: Dec): Dec {
  return a.gte(b) ? a : b;
}

export function decSum(values: readonly Dec[]): Dec {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Clamp to [low, high]; either bound may be absent. */
export function clamp(value: Dec, low: Dec | null, high: Dec | null): Dec {
  if (low !== null && value.lt(low)) return low;
  if (high !== null && value.gt(high)) return high;
  return value;
}

/**
 * Named rounding rules for amounts, chosen by the contract.
 * - `half-away-from-zero` (default; usual invoicing practice in the EU: 0.125 → 0.13, −0.125 → −0.13)
 * - `half-even` (banker's rounding: 0.125 → 0.12, 0.135 → 0.14)
 * - `down` (truncate toward zero, when a contract says amounts are never rounded up)
 */
export type RoundingRule = 'half-away-from-zero' | 'half-even' | 'down';

export const ROUNDING_RULES: readonly RoundingRule[] = ['half-away-from-zero', 'half-even', 'down'];

const DECIMAL_ROUNDING: Record<RoundingRule, Decimal.Rounding> = {
  'half-away-from-zero': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
};

/** ISO 4217 currencies whose minor unit is not 2 digits. */
const MINOR_UNIT_EXCEPTIONS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLF: 4,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  IQD: 3,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  UYW: 4,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

/** Digits after the decimal point of a currency's minor unit (EUR 2, JPY 0, KWD 3). */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_EXCEPTIONS[currency.toUpperCase()] ?? 2;
}

/**
 * THE rounding of money: an amount rounded to its currency's minor unit with the contract's rule.
 * Invoices call this once per printed line and add the rounded lines, so a total always equals the sum of
 * what is printed. Worksheet functions never round.
 */
export function roundMoney(amount: Dec, currency: string, rule: RoundingRule = 'half-away-from-zero'): Dec {
  const rounded = amount.toDecimalPlaces(minorUnitDigits(currency), DECIMAL_ROUNDING[rule]);
  return rounded.isZero() ? ZERO : rounded;
}

/**
 * The rounding of a revised price (an indexed unit price, rate or fee): to the `places` the contract's
 * indexation states, with its rule. Prices are not lines: the line priced with one is rounded by `roundMoney`.
 */
export function roundPrice(amount: Dec, places: number, rule: RoundingRule = 'half-away-from-zero'): Dec {
  const rounded = amount.toDecimalPlaces(places, DECIMAL_ROUNDING[rule]);
  return rounded.isZero() ? ZERO : rounded;
}

/**
 * The most a limit (a cap, a floor, an at-risk amount) lets through in printed amounts: the limit rounded
 * toward zero to the minor unit, whatever the contract's rounding rule. A cap of 5 % × 112,052.50 =
 * 5,602.625 lets 5,602.62 through: a capped total never exceeds the contractual cap, even by half a cent.
 */
export function moneyLimit(limit: Dec, currency: string): Dec {
  return roundMoney(limit, currency, 'down');
}

/**
 * Splits `total` (an amount ≥ 0 at the minor unit) in proportion to non-negative `weights`, by largest
 * remainder: each share is its exact proportion rounded down to the minor unit, and the minor units left
 * go one each to the largest remainders (the first on a tie), so the shares add up to `total` exactly.
 * Three equal credits sharing 1,000.01 get 333.34, 333.34 and 333.33. All-zero weights share nothing.
 */
export function allocateMoney(total: Dec, weights: readonly Dec[], currency: string): Dec[] {
  const scale = new D(10).pow(minorUnitDigits(currency));
  const units = total.times(scale);
  const sum = decSum(weights);
  if (sum.isZero()) return weights.map(() => ZERO);
  // Exact integer arithmetic on minor units: share = ⌊w × units ÷ Σw⌋, remainder = (w × units) mod Σw.
  const parts = weights.map((w, index) => ({
    index,
    share: w.times(units).divToInt(sum),
    remainder: w.times(units).mod(sum),
  }));
  const left = units.minus(decSum(parts.map((p) => p.share))).toNumber();
  const byRemainder = [...parts].sort((a, b) => b.remainder.comparedTo(a.remainder) || a.index - b.index);
  const shares = parts.map((p) => p.share);
  for (const part of byRemainder.slice(0, left)) shares[part.index] = shares[part.index].plus(1);
  return shares.map((s) => (s.isZero() ? ZERO : s.div(scale)));
}

const LARGEST_HOST_MONEY = new Map<string, Dec>();

/**
 * Significant digits of an amount a spreadsheet cell holds exactly to the minor unit: a cell shows and is
 * read back (see `fromHostNumber`) with 15 significant digits, so an amount counted in minor units has at
 * most 15 digits (EUR up to 9,999,999,999,999.99; JPY 999,999,999,999,999; KWD 999,999,999,999.999).
 * 99,999,999,999,999.99 has 16: a cell would show …100,000,000,000,000.0 or lose the last cent.
 */
export function largestHostMoney(currency: string): Dec {
  // Every invoice checks every amount against it: computed once per currency.
  let largest = LARGEST_HOST_MONEY.get(currency);
  if (largest === undefined) {
    largest = new D(10)
      .pow(HOST_DIGITS)
      .minus(1)
      .div(new D(10).pow(minorUnitDigits(currency)));
    LARGEST_HOST_MONEY.set(currency, largest);
  }
  return largest;
}

/** Whether a cell holds `amount` of `currency` exactly to the minor unit (|amount| ≤ `largestHostMoney`). */
export function fitsHostMoney(amount: Dec, currency: string): boolean {
  const largest = largestHostMoney(currency);
  // Checked on every amount of every invoice: a positive amount is compared without a copy.
  return amount.isNegative() ? amount.neg().lte(largest) : amount.lte(largest);
}

/**
 * An amount of money as its currency writes it, every minor-unit digit shown: `82052.50`, JPY `1200`.
 * Printed amounts are already rounded to the minor unit; one that is not (an evidence amount before its
 * cap) keeps all its digits, since padding must never round.
 */
export function moneyText(amount: Dec, currency: string): string {
  const digits = minorUnitDigits(currency);
  return amount.decimalPlaces() <= digits ? amount.toFixed(digits) : amount.toFixed();
}
