/**
 * Tables for finding a host double's 15-significant-digit decimal without strings (the column reader and
 * SCORECARD's loop): the power of ten k that puts |x| · 10^k in [10^14, 10^15) is looked up from the top
 * 16 bits of |x| (exponent and 4 leading mantissa bits), with the Veltkamp halves of 10^k for the exact
 * error of that product. A table read costs less than the exponent through a DataView and a logarithm,
 * which the column reader did at twice the time.
 */
import { POW10 } from './exact';

/** Veltkamp's constant 2^27 + 1: splits a double into two 26-bit halves whose products are exact. */
const SPLIT = 134217729;

/** A double and its two 32-bit words, to read the exponent (a DataView read twice as slow here). */
const DOUBLE = new Float64Array(1);
const WORDS = new Uint32Array(DOUBLE.buffer);
DOUBLE[0] = 1e-7;
const HIGH = WORDS[1] === 0x3e7ad7f2 ? 1 : 0;
/** The top 16 bits (exponent and 4 leading mantissa bits) of 10^-7, the smallest value looked up. */
const BASE = WORDS[HIGH] >>> 16;
DOUBLE[0] = 1e15;
/** The slice of 10^15, above every value looked up. */
const LAST = (WORDS[HIGH] >>> 16) - BASE;

/**
 * By slice (the top 16 bits of a value, less BASE, masked to 0 … 2047; values from 10^-7 to 10^15 fill
 * 0 … LAST): the k that puts the slice's lowest value in [10^14, 10^15). A decade spans some 53 slices and
 * one holds its power of ten, so the guess is one off for at most about one value in 53, which the readers
 * correct; zero reads some slice and stays zero.
 */
const GUESS = new Uint8Array(2048);
/** By slice: 10^k for its k, the two Veltkamp halves of 10^k, and the double nearest 10^-k. */
const TENS = new Float64Array(4 * 2048);
/**
 * A slice whose k is k, for each k = 0 … 22 (where a reader corrects a guess); at 23, k = 22 again: the
 * correction up from 22 of a value below 10^-8, which no k puts in range (SCORECARD reads such values).
 */
const SLICE_OF = new Uint16Array(24);
for (let i = 0; i < 2048; i++) {
  DOUBLE[0] = 0;
  WORDS[HIGH] = (BASE + i) << 16;
  const k = Math.max(0, Math.min(22, 14 - Math.floor(Math.log10(DOUBLE[0]))));
  const p = POW10[k];
  const high = SPLIT * p - (SPLIT * p - p);
  GUESS[i] = k;
  TENS.set([p, high, p - high, 1 / p], 4 * i);
  if (i < LAST) SLICE_OF[k] = i;
}
SLICE_OF[23] = SLICE_OF[22];

// Exported by list so that this module reads its own constants as locals.
export { SPLIT, DOUBLE, WORDS, HIGH, BASE, GUESS, TENS, SLICE_OF };
