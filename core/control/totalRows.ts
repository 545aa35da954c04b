/**
 * Which of the supplier's rows are the invoice's own totals: the subtotal, the VAT and the total, as
 * invoices label them in English and French ("Total excl. VAT", "Sous-total", "TVA 20 %", "Total TTC"…).
 */

import { isCurrencyCode } from '../contract/schema/iso4217';
import { HUNDRED, dec, quotient, type Dec } from '../money';

/** The totals an invoice states beside its lines. */
export type TotalKind = 'subtotal' | 'vat' | 'total';

/** Lower case, without accents, punctuation or repeated spaces: "Total excl. VAT" → "total excl vat". */
function words(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

const SUBTOTAL = new Set([
  'subtotal',
  'sub total',
  'subtotal excl vat',
  'subtotal excluding vat',
  'subtotal before vat',
  'total excl vat',
  'total excluding vat',
  'total before vat',
  'total net',
  'net total',
  'sous total',
  'sous total ht',
  'total ht',
  'montant ht',
  'total hors taxes',
  'total hors tva',
  'total h t',
  'total net ht',
  'net ht',
  'montant net ht',
  'montant total ht',
]);

const TOTAL = new Set([
  'total',
  'total ttc',
  'total t t c',
  'total incl vat',
  'total including vat',
  'total due',
  'amount due',
  'grand total',
  'montant ttc',
  'net a payer',
  'total a payer',
  'total a regler',
  'net a regler',
  'invoice total',
  'total amount',
  'total payable',
  'amount payable',
  'balance due',
  'montant total',
  'montant total ttc',
]);

/**
 * A VAT row may state its rate: "VAT", "VAT 20%", "VAT @ 20%", "TVA (20 %)", "TVA à 20 %", "VAT amount",
 * "Montant de la TVA".
 */
const VAT = /^(montant (de la )?)?(vat|tva)( amount)?( a)?( \d+( \d+)? ?%)?$/;

/** A label's words without the currency code invoices print after a total (`Total EUR`, `Total HT (EUR)`). */
function totalWords(label: string): string {
  const w = words(label);
  const code = / ([a-z]{3})$/.exec(w);
  return code && isCurrencyCode(code[1].toUpperCase()) ? w.slice(0, code.index) : w;
}

/** The total a label names, or `undefined` for an ordinary line. */
export function totalKind(label: string): TotalKind | undefined {
  const w = totalWords(label);
  if (SUBTOTAL.has(w)) return 'subtotal';
  if (TOTAL.has(w)) return 'total';
  if (VAT.test(w)) return 'vat';
  return undefined;
}

/** The rate a VAT row states, as a fraction ("TVA 5,5 %" → 0.055), or `undefined` when it states none. */
export function statedVatRate(label: string): Dec | undefined {
  const rate = / (\d+)(?: (\d+))? ?%$/.exec(totalWords(label));
  if (totalKind(label) !== 'vat' || !rate) return undefined;
  return quotient(dec(rate[2] === undefined ? rate[1] : `${rate[1]}.${rate[2]}`), HUNDRED);
}
