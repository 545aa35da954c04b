/**
 * Arguments as the kernels see them: each numeric argument is a column of 15-significant-digit decimals
 * (coefficient, scale, and the double nearest to the decimal), read from the host cells once. A cell the
 * kernel must not answer (not a number, outside the argument's bounds, or too large or tiny for an exact
 * coefficient) is NaN; its row goes to the decimal path, which says why.
 */
import { toHostNumber, type Dec } from '../../money';
import type { HostMatrix } from '../hostValues';
import type { ArgSpec } from '../types';
import * as decimals from './decimals';
import { POW10 } from './exact';

/**
 * The tables' names as this module's constants: V8 folds a module constant into the loop, while an
 * imported binding is a property read of the exports object (HIGH and BASE then index at run time).
 */
const { BASE, DOUBLE, GUESS, HIGH, SLICE_OF, SPLIT, TENS, WORDS } = decimals;

/**
 * The builtins the loops call, as module constants: Jest runs modules in a vm context, where each read of
 * a global goes through the context's interceptor (on Node 20, a loop calling `Math.floor` ran some 100
 * times slower there), which made the kernels' tests slow for nothing.
 */
const { Math, Number } = globalThis;

/** One argument over the rows: row i is at index i · step (step 0 for an argument that does not vary). */
export interface Column {
  /** Integer coefficient of the decimal (NaN: the row is not the kernel's to answer). */
  readonly c: Float64Array;
  /** Its scale: the decimal is c · 10^-k, 0 ≤ k ≤ 22, k as small as possible. */
  readonly k: Int32Array;
  /**
   * The double nearest to the decimal: strictly increasing with it, so comparisons of inputs are made on
   * these. +Infinity for an absent optional bound ("no cap").
   */
  readonly v: Float64Array;
  readonly step: 0 | 1;
}

/** Bounds of a numeric argument as its metadata states them, checked on the host double like the parser. */
export interface Bounds {
  readonly min: number;
  readonly minExclusive: boolean;
  readonly max: number;
}

const NUMBER = /^a number(?: (≥|>|≤) (-?\d+(?:\.\d+)?)| between (-?\d+(?:\.\d+)?) and (-?\d+(?:\.\d+)?))?$/;

/** Each argument's bounds, read once: the runner asks on every call (two regular expressions a read). */
const BOUNDS = new WeakMap<object, Bounds | undefined>();

/**
 * The bounds a numeric argument's parser enforces, read from the one place they are stated (the text
 * `expects`, generated from the bounds); undefined when the text is not understood, which keeps the
 * argument out of the kernels rather than risking an answer where the parser would refuse.
 */
export function boundsOf(spec: Pick<ArgSpec<unknown>, 'hostType' | 'expects'>): Bounds | undefined {
  if (!BOUNDS.has(spec)) BOUNDS.set(spec, readBounds(spec));
  return BOUNDS.get(spec);
}

function readBounds(spec: Pick<ArgSpec<unknown>, 'hostType' | 'expects'>): Bounds | undefined {
  if (spec.hostType !== 'number') return undefined;
  // A table of numbers states its bounds as "a range of numbers ≥ 0".
  const m = NUMBER.exec(spec.expects.replace(/^a range of numbers/, 'a number'));
  if (m === null) return undefined;
  if (m[3] !== undefined) return { min: Number(m[3]), minExclusive: false, max: Number(m[4]) };
  if (m[1] === undefined) return { min: -Infinity, minExclusive: false, max: Infinity };
  const bound = Number(m[2]);
  if (m[1] === '≤') return { min: -Infinity, minExclusive: false, max: bound };
  return { min: bound, minExclusive: m[1] === '>', max: Infinity };
}

/**
 * Reads cells rows × cols (a single row or column repeating along the result's outRows × outCols) into a
 * column of decimals. The 15-digit decimal is found without strings: k, looked up from the top bits of |x|
 * (decimals.ts) and corrected once, puts p = fl(|x| · 10^k) in [10^14, 10^15); with e the exact error of
 * that product (Dekker, on the halves of 10^k from the table), m = ⌊p + 1/2⌋ + ⌊p − ⌊p + 1/2⌋ + 1/2 + e⌋
 * is |x| · 10^k rounded half up, as `toPrecision(15)` rounds the exact value (p − ⌊p + 1/2⌋ + 1/2 is exact
 * and a multiple of p's spacing, and |e| is at most half of it, so that sum rounds to no integer it does
 * not reach); then trailing zeros are removed. Values from 10^-7 to 10^15 are decomposed; others go to the
 * decimal path.
 */
export function readColumn(
  cells: HostMatrix,
  rows: number,
  cols: number,
  outRows: number,
  outCols: number,
  bounds: Bounds,
  slot?: number,
): Column {
  const n = outRows * outCols;
  const column: Column =
    slot === undefined
      ? { c: new Float64Array(n), k: new Int32Array(n), v: new Float64Array(n), step: n === 1 ? 0 : 1 }
      : pooled(slot, n);
  decompose(cells, rows, cols, outRows, outCols, bounds, column.c, column.k, column.v);
  return column;
}

/**
 * Column buffers kept between calls, one set per argument slot. Fresh typed arrays of a 100,000-row call
 * are megabytes outside the JS heap, and allocating them on every call made the collector run a quarter of
 * the time. A pooled column is valid until the next call reads that slot: the runner consumes it first.
 */
const POOL: { c: Float64Array; k: Int32Array; v: Float64Array; last?: Column }[] = [];

/**
 * The slot's buffers as a column of n rows. The views of the last call are handed out again when it had
 * as many rows, as a sheet's calls of one function mostly have: three new views a column on every call were
 * a twentieth of a 20-row call's time, and most of its garbage.
 */
function pooled(slot: number, n: number): Column {
  let buffers = POOL[slot];
  if (buffers?.last !== undefined && buffers.last.c.length === n) return buffers.last;
  if (buffers === undefined || buffers.c.length < n) {
    const size = Math.max(n, 2 * (buffers?.c.length ?? 0));
    buffers = { c: new Float64Array(size), k: new Int32Array(size), v: new Float64Array(size) };
    POOL[slot] = buffers;
  }
  buffers.last = {
    c: buffers.c.subarray(0, n),
    k: buffers.k.subarray(0, n),
    v: buffers.v.subarray(0, n),
    step: n === 1 ? 0 : 1,
  };
  return buffers.last;
}

/** The loop of `readColumn`, on its own so that the optimised loop is the whole function. */
function decompose(
  cells: HostMatrix,
  rows: number,
  cols: number,
  outRows: number,
  outCols: number,
  bounds: Bounds,
  c: Float64Array,
  k: Int32Array,
  v: Float64Array,
): void {
  const { min, minExclusive, max } = bounds;
  // Module bindings read through locals: the compiled CommonJS would look them up on every row.
  const pow10 = POW10;
  const double = DOUBLE;
  const words = WORDS;
  const high = HIGH;
  const base = BASE;
  const guess = GUESS;
  const tens = TENS;
  const slices = SLICE_OF;
  for (let r = 0, i = 0; r < outRows; r++) {
    const line = cells[rows === 1 ? 0 : r];
    for (let col = 0; col < outCols; col++, i++) {
      const x = line[cols === 1 ? 0 : col];
      if (
        typeof x !== 'number' ||
        !(x >= min && x <= max) ||
        (minExclusive && x === min) ||
        !Number.isFinite(x)
      ) {
        c[i] = Number.NaN;
        continue;
      }
      if (x === 0) {
        // Negative zero enters as zero.
        c[i] = 0;
        k[i] = 0;
        v[i] = 0;
        continue;
      }
      const a = Math.abs(x);
      if (!(a >= 1e-7 && a < 1e15)) {
        c[i] = Number.NaN;
        continue;
      }
      double[0] = a;
      let q = 4 * (((words[high] >>> 16) - base) & 2047);
      let p = a * tens[q];
      if (!(p >= 1e14 && p < 1e15)) {
        q = 4 * slices[guess[q >> 2] + (p < 1e14 ? 1 : -1)];
        p = a * tens[q];
      }
      const t = SPLIT * a;
      const ah = t - (t - a);
      const al = a - ah;
      const e = ah * tens[q + 1] - p + ah * tens[q + 2] + al * tens[q + 1] + al * tens[q + 2];
      let m = Math.floor(p + 0.5);
      m += Math.floor(p - m + 0.5 + e);
      let scale = guess[q >> 2];
      // Trailing zeros off, tested by multiplying by a reciprocal: a test that misses (the reciprocal is
      // not exact) only leaves a zero on, which changes no value.
      if (scale >= 1 && Math.floor(m * 0.1) * 10 === m) {
        if (scale >= 8 && Math.floor(m * 1e-8) * 1e8 === m) {
          m = Math.floor(m * 1e-8);
          scale -= 8;
        }
        if (scale >= 4 && Math.floor(m * 1e-4) * 1e4 === m) {
          m = Math.floor(m * 1e-4);
          scale -= 4;
        }
        if (scale >= 2 && Math.floor(m * 0.01) * 100 === m) {
          m = Math.floor(m * 0.01);
          scale -= 2;
        }
        if (scale >= 1 && Math.floor(m * 0.1) * 10 === m) {
          m = Math.floor(m * 0.1);
          scale -= 1;
        }
      }
      const signed = x < 0 ? -m : m;
      c[i] = signed;
      k[i] = scale;
      v[i] = signed / pow10[scale];
    }
  }
}

const UNBOUNDED: Bounds = { min: -Infinity, minExclusive: false, max: Infinity };

/** `null` (no cap) is +Infinity with coefficient 0. */
const NO_BOUND: Column = {
  c: new Float64Array(1),
  k: new Int32Array(1),
  v: new Float64Array([Infinity]),
  step: 0,
};

/**
 * Each decimal's column, kept while the decimal lives: the runner reuses a fixed argument's decimal, and
 * a small table's, over the calls that pass the same number or cells (evaluate.ts), and defaults are the
 * same decimal on every call. No kernel writes to its columns.
 */
const FIXED = new WeakMap<Dec, Column>();

/** A fixed argument or a cell of a small table, parsed by the decimal path. */
export function fixedColumn(value: Dec | null): Column {
  if (value === null) return NO_BOUND;
  let column = FIXED.get(value);
  if (!column)
    FIXED.set(
      value,
      (column = { ...readColumn([[toHostNumber(value) ?? NaN]], 1, 1, 1, 1, UNBOUNDED), step: 0 }),
    );
  return column;
}
