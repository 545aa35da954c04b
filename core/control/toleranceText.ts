/**
 * The reconciliation's tolerance as the user types it in the pane: an amount ≥ 0, `0.01` (and `0,01` in
 * French, where the comma is the decimal sign). A blank field is not zero: it is refused like any other
 * text that is not an amount, so the buyer never reconciles with a tolerance they did not choose. The CLI's
 * `--tolerance` is read the same way, in English notation.
 */
import type { Language } from '../contract/types';
import { dec, type Dec } from '../money';
import { withinHostRange } from './hostRange';

/** The tolerance, or `undefined` when the text is not an amount ≥ 0 in `lang`'s notation. */
export function readTolerance(text: string, lang: Language): Dec | undefined {
  const trimmed = text.trim();
  const pattern = lang === 'fr' ? /^\d+([.,]\d+)?$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(trimmed)) return undefined;
  const tolerance = dec(trimmed.replace(',', '.'));
  // 99999999999999999999999 would match every line of any invoice.
  return withinHostRange(tolerance) ? tolerance : undefined;
}
