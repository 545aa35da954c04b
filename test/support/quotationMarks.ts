/**
 * One rule for the quotation marks of the product's texts, per language, so that one message never quotes
 * a sheet “thus” and a KPI "thus" (as the Scenarios sheet's problems did, the pane's words around the
 * engine's):
 * - English quotes with the straight double quote (`the sheet "Contract"`), as the command line, the engine
 *   and most tables always have, as a keyboard types it and as its apostrophe is straight
 *   (`englishApostrophes.ts`);
 * - French quotes with guillemets and their no-break spaces (`la feuille « Contrat »`), as `frenchTexts`
 *   spaces them; a straight `"` stays only for what is typed as is (a JSON field `"schema"`, the character
 *   itself), never a curly quote.
 * The tables' test (`core/i18n/frenchTables.test.ts`) holds every text of every table to it.
 */

/** Each passage of `text` quoted in the other style (`“Contract”`), or a stray mark of it, for a failure. */
export function foreignQuotationMarks(text: string, lang: 'en' | 'fr'): string[] {
  const foreign = lang === 'en' ? /“[^”]*”|«[^»]*»|[“”«»„‟]/g : /“[^”]*”|[“”„‟]/g;
  return [...text.matchAll(foreign)].map(([quoted]) => quoted);
}
