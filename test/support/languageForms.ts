/**
 * The forms of each language a sweep holds prose to, beside its words (englishWords.ts): French prose says
 * a period in words and writes numbers the French way; English prose has no French word, number or space.
 * The pane's and the command line's sweeps (test/i18n) share them.
 */

/** A month or quarter as invoices name it (`2026-10`, `2026-Q4`), where prose says `octobre 2026`. */
export const ISO_PERIOD = /(?<![\w-])\d{4}-(0[1-9]|1[0-2]|[QH]\d)(?![\w-])/u;

/**
 * `136,788.00`, `0.5`, `1,250,000`: an English number, in French prose (where `1 188,219 €` and `86,625 €/h`
 * are French decimals).
 */
export const ENGLISH_NUMBER = /\d\.\d|(?<![\d\u202f,])[1-9]\d{0,2}(,\d{3}){2,}(?!\d)/;

/** A French number (`136 788,00`, `77,4 %`), a French space, or a French word, in English prose. */
export const FRENCH_FORM =
  /[\u00a0\u202f]|\d \d{3}(?!\d)|\d,\d{1,2}(?!\d)|[àâçéèêëîïôûùœ]|\b(le|la|les|des|du|une|est|pas|avec|sans|dans|pour|facture|ligne|montant|feuille|réalisé|indicateur|aucune?)\b/iu;

/**
 * What a text writes as data or as a key rather than as prose: a sheet name (`Facture 2026-10`, ISO so
 * that sheets sort) and an invoice number (`bpo-customer-service-2026-10`), a cell that is only a period
 * or a date (the Month measured column: `2026-10`, an aggregate's `2026-07 – 2026-12, moyenne`), quoted
 * names (« … », 'Sheet'!A1) and fingerprints.
 */
export function prose(text: string, sheets: ReadonlySet<string>): string {
  if (sheets.has(text) || /^\d{4}-\d{2}(-\d{2})?( – \d{4}-\d{2}, [\p{L} -]+)?$/u.test(text)) return '';
  return text
    .replace(/«[^»]*»|“[^”]*”|'[^']*'!\$?[A-Z]+\$?\d+/g, '')
    .replace(/[\p{L}\d]+(-[\p{L}\d]+)*-\d{4}-(\d{2}|[QH]\d)(-C\d*)?\b/gu, '')
    .replace(/sha256:[0-9a-f]+|\b[0-9a-f]{64}\b/g, '');
}
