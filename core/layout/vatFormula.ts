/**
 * The invoice sheet's VAT cell: a formula over the subtotal cell that gives the core's VAT in every host,
 * whether its ROUND rounds the decimal a cell shows (Excel documents it) or the binary double under it
 * (Google documents neither; Diagnostics' roundingFormula reports it). `=ROUND(F15*0.2,2)` depends on it:
 * 1.45 × 0.2 is the double 0.28999999999999998… and a tie such as 0.285 is 0.28499999999999998…, a cent
 * short where the host rounds the double. So the formula rounds exact integers instead:
 * `=ROUND(ROUND(F15*100,0)/5,0)/100` for 20 %, `=ROUND(ROUND(F15*100,0)*11/200,0)/100` for 5.5 %:
 * - `ROUND(F15*100,0)` is the subtotal in minor units, an integer whatever the double F15*100 is;
 * - times the rate's numerator p, an exact integer; divided by its denominator q (2^a·5^b), correctly
 *   rounded: a tie is exactly k + 0.5, which a double holds, and any other quotient is at least 1/q from a
 *   tie, far more than the division's error, so ROUND or ROUNDDOWN at 0 digits gives the contract's minor
 *   units in either host. That holds while the quotient, the VAT in minor units with the rate's decimals,
 *   has at most 15 significant digits (Excel rounds to 15 before ROUND): the minor units times the rate's
 *   digits as an integer (0.055: 55) stay under 10^15, €181 billion at 5.5 %; over it, no formula;
 * - divided by 100, correctly rounded again: the double nearest the decimal VAT, as the core's value is.
 */
import { dec, minorUnitDigits, type Dec, type RoundingRule } from '../money';

/** The spreadsheet functions that round as the contract does; half-even has none (ROUND is half away). */
const ROUNDING_FUNCTION: Readonly<Record<RoundingRule, 'ROUND' | 'ROUNDDOWN' | undefined>> = {
  'half-away-from-zero': 'ROUND',
  down: 'ROUNDDOWN',
  'half-even': undefined,
};

/** Below it, the integers and quotients above are exact and shown whole in 15 digits (module comment). */
const EXACT_LIMIT = dec('1e15');

/** The VAT cell's formula, or why it is a frozen value. */
export type VatCell =
  | { readonly formula: string }
  | { readonly frozen: 'halfEven' }
  /** The subtotal's minor units times the rate's digits pass 10^15: no formula is exact in every host. */
  | { readonly frozen: 'tooLarge' };

/** What the VAT formula depends on: the contract's rule, rate and currency, and the printed subtotal. */
export interface VatTerms {
  readonly rounding: RoundingRule;
  readonly vatRate: Dec;
  readonly currency: string;
  readonly subtotal: Dec;
}

/** The VAT cell over `subtotalCell` (`F15`). */
export function vatCell(terms: VatTerms, subtotalCell: string): VatCell {
  const fn = ROUNDING_FUNCTION[terms.rounding];
  if (fn === undefined) return { frozen: 'halfEven' };
  const [p, q] = terms.vatRate.toFraction();
  const unit = 10 ** minorUnitDigits(terms.currency);
  const rateDigits = terms.vatRate.abs().times(dec(10).pow(terms.vatRate.decimalPlaces()));
  if (terms.subtotal.times(unit).abs().times(rateDigits).gte(EXACT_LIMIT)) return { frozen: 'tooLarge' };
  const minor = unit === 1 ? `ROUND(${subtotalCell},0)` : `ROUND(${subtotalCell}*${unit},0)`;
  const times = p.eq(1) ? '' : `*${p.toFixed()}`;
  const over = q.eq(1) ? '' : `/${q.toFixed()}`;
  const back = unit === 1 ? '' : `/${unit}`;
  return { formula: `=${fn}(${minor}${times}${over},0)${back}` };
}

const SAFE_FORM =
  /^=(ROUND|ROUNDDOWN)\(ROUND\(([A-Z]{1,3}\d+)(?:\*(\d+))?,0\)(?:\*(-?\d+))?(?:\/(\d+))?,0\)(?:\/(\d+))?$/i;

/**
 * The formula invoice sheets wrote before `vatCell`'s, `=ROUND(F15*0.2,2)`, for one `vatCell` wrote
 * (`null` for any other formula): verify takes a sheet issued then as untouched.
 */
export function earlierVatFormula(formula: string): string | null {
  const form = SAFE_FORM.exec(formula.replace(/\s+/g, ''));
  if (!form) return null;
  const [, fn, cell, unit = '1', p = '1', q = '1', back = '1'] = form;
  if (unit !== back) return null;
  // q is 2^a·5^b: the quotient is exact.
  const rate = dec(p).div(dec(q)).toFixed();
  return `=${fn!.toUpperCase()}(${cell}*${rate},${unit.length - 1})`;
}
