/**
 * EARNBACK over a column of credits or expected levels: the table of later actuals is reduced once to its
 * lowest and highest value, so each row is one comparison on the doubles.
 */
import { toHostNumber, type Dec } from '../../money';
import type { Column } from './columns';
import { directionSign, isStrict } from './direction';
import type { Kernel } from './kernel';

// The builtins the loop reads, as module constants (see columns.ts: globals are slow in Jest's vm context).
const { Number } = globalThis;

interface Params {
  readonly sign: number;
  /** `exceeds`: a period exactly at the expected level does not pass. */
  readonly strict: boolean;
  /** Some period not measured yet (or none given): nothing is earned back. */
  readonly pending: boolean;
  readonly lowest: number;
  readonly highest: number;
  /**
   * The lowest and highest later value above 1 and at most 100 (NaN if none): the row may be on another
   * scale when the expected level is a fraction and some value between them may be 10 to 1,000 times it.
   */
  readonly wholeLowest: number;
  readonly wholeHighest: number;
}

function run(
  { sign, strict, pending, lowest, highest, wholeLowest, wholeHighest }: Params,
  columns: readonly Column[],
  n: number,
  out: Float64Array,
): void {
  const [credit, , expected] = columns;
  const { c: cc, v: cv, step: cs } = credit;
  const { c: ec, v: ev, step: es } = expected;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(cc[i * cs] + ec[i * es])) {
      out[i] = Number.NaN;
      continue;
    }
    const e = ev[i * es];
    // [wholeLowest, wholeHighest] meets [10 e, 1,000 e], with scaleRows.ts's slack for the products' rounding.
    if (e >= 0 && e < 1 && wholeLowest <= 1010 * e && wholeHighest >= 9.9 * e) {
      out[i] = Number.NaN;
      continue;
    }
    // The worst period decides: the lowest when higher is better, the highest when lower is.
    const better = sign > 0 ? lowest - e : e - highest;
    const met = !pending && (better > 0 || (!strict && better === 0));
    out[i] = met ? cv[i * cs] : 0;
  }
}

export const earnbackKernel: Kernel<Params> = {
  args: ['credit', 'later_actuals', 'expected', 'direction', 'comparison'],
  compile(values, ranged) {
    const sign = directionSign(values, 3, ranged);
    const strict = isStrict(values, 4, ranged);
    if (sign === null || strict === null) return null;
    const later = values[1] as readonly (Dec | null)[];
    const pending = later.length === 0 || later.some((v) => v === null);
    // Doubles of 15-digit decimals order exactly as the decimals do.
    let lowest = Infinity;
    let highest = -Infinity;
    let wholeLowest = Number.NaN;
    let wholeHighest = Number.NaN;
    for (const v of later) {
      if (v === null) continue;
      const x = toHostNumber(v);
      if (x === undefined) return null;
      if (x < lowest) lowest = x;
      if (x > highest) highest = x;
      if (x > 1 && x <= 100 && !(x <= wholeHighest)) wholeHighest = x;
      if (x > 1 && x <= 100 && !(x >= wholeLowest)) wholeLowest = x;
    }
    return { sign, strict, pending, lowest, highest, wholeLowest, wholeHighest };
  },
  run,
};
