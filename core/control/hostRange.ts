/**
 * The figures a reconciliation reads from the buyer and the supplier, bounded as a spreadsheet cell holds
 * them: 1e21 or 25 digits is no invoice's figure (a pasted code, a broken export, a typo in a tolerance),
 * and the Reconciliation sheet could not show it as read.
 */
import { HOST_DIGITS, dec, type Dec } from '../money';

const LIMIT = dec('1e15');

/** Below 10^15 with at most 15 significant digits. */
export function withinHostRange(value: Dec): boolean {
  return value.abs().lt(LIMIT) && value.sd() <= HOST_DIGITS;
}
