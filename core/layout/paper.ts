/**
 * The paper an invoice prints on when the contract does not say: US Letter where the currency is that of
 * the United States or Canada (the two Letter countries among the currencies contracts use), A4 elsewhere.
 */
import type { PaperSize } from './sheetPlan';

const LETTER_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'CAD']);

/** `Letter` for USD and CAD, else `A4`. */
export function paperFor(currency: string): PaperSize {
  return LETTER_CURRENCIES.has(currency.toUpperCase()) ? 'Letter' : 'A4';
}
