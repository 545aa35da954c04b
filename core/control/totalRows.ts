/**
 * Which of the supplier's rows are the invoice's own totals: the subtotal, the VAT and the total, as
 * invoices label them in English and French ("Total excl. VAT", "Sous-total", "TVA 20 %", "Total TTC"…).
 */

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
]);

/** A VAT row may state its rate: "VAT", "VAT 20%", "TVA (20 %)", "TVA à 20 %". */
const VAT = /^(vat|tva)( a)?( \d+( \d+)? ?%)?$/;

/** The total a label names, or `undefined` for an ordinary line. */
export function totalKind(label: string): TotalKind | undefined {
  const w = words(label);
  if (SUBTOTAL.has(w)) return 'subtotal';
  if (TOTAL.has(w)) return 'total';
  if (VAT.test(w)) return 'vat';
  return undefined;
}

/** The rate a VAT row states, as a fraction ("TVA 5,5 %" → 0.055), or `undefined` when it states none. */
export function statedVatRate(label: string): Dec | undefined {
  const rate = / (\d+)(?: (\d+))? ?%$/.exec(words(label));
  if (totalKind(label) !== 'vat' || !rate) return undefined;
  return quotient(dec(rate[2] === undefined ? rate[1] : `${rate[1]}.${rate[2]}`), HUNDRED);
}
