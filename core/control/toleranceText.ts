/**
 * The reconciliation's tolerance as the user types it in the pane: an amount ≥ 0, `0.01` (and `0,01` in
 * French, where the comma is the decimal sign). A blank field is not zero: it is refused like any other
 * text that is not an amount, so the buyer never reconciles with a tolerance they did not choose. The CLI's
 * `--tolerance` takes either mark (`readToleranceAnyMark`), bounded alike.
 */
import { readNumberText } from '../contract/numberText';
import type { Language } from '../contract/types';
import { dec, type Dec } from '../money';
import { withinHostRange } from './hostRange';

/** The tolerance, or `undefined` when the text is not an amount ≥ 0 in `lang`'s notation. */
export function readTolerance(text: string, lang: Language): Dec | undefined {
  const trimmed = text.trim();
  const pattern = lang === 'fr' ? /^\d+([.,]\d+)?$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(trimmed)) return undefined;
  const tolerance = dec(trimmed.replace(',', '.'));
  return bounded(tolerance) ? tolerance : undefined;
}

/** 99999999999999999999999 would match every line of any invoice. */
function bounded(tolerance: Dec): boolean {
  return tolerance.gte(0) && withinHostRange(tolerance);
}

/** A tolerance typed with either decimal mark, or the two amounts a text reads as under the two marks. */
export type ToleranceTyped = { readonly tolerance: Dec } | { readonly ambiguous: readonly [string, string] };

/**
 * The command line's `--tolerance`, typed before any contract gives the run a language: a decimal point or
 * a decimal comma (`0.01`, `0,01`), read as a number typed with no known convention is
 * (`readNumberText`'s `unknown`). `1,000` or `1.000` is 1 under one mark and a thousand under the other:
 * returned with both readings, to be said and never guessed. Every text the pane reads in either language
 * reads here as the same amount or is refused. A percentage is no amount.
 */
export function readToleranceAnyMark(text: string): ToleranceTyped | undefined {
  if (text.includes('%')) return undefined;
  const read = readNumberText(text, 'unknown');
  if ('readings' in read) return { ambiguous: read.readings };
  if (!('value' in read)) return undefined;
  const tolerance = dec(read.value);
  return bounded(tolerance) ? { tolerance } : undefined;
}
