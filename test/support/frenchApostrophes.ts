/**
 * One rule for the apostrophe of the product's French text: every elision writes the typographic one
 * (`l’indicateur`, `jusqu’à`, `aujourd’hui`), so a French user never sees `n'a` beside `n’a` in one pane.
 * A straight apostrophe stays only where it is not French prose:
 * - a sheet's name quoted in a reference, as a formula writes it (`'Facture fournisseur'!B3:F20`);
 * - a keyword a cell's validation list offers (`part-d'atteinte`): Excel and Sheets refuse a typed value
 *   that is not in the list, and a keyboard types the straight apostrophe;
 * - a passage of README.md quoted as it is written there (`« Hidden rows of the supplier's invoice »`).
 * The French tables' test and the templates' test share it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractText } from '../../core/i18n/contract';

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8').replace(/\s+/g, ' ');

/** The enum labels, as the Contract sheet's validation lists offer them. */
const KEYWORDS = Object.values(contractText('fr').enums)
  .flatMap((labels) => Object.values(labels as Record<string, string>))
  .filter((label) => label.includes("'"));

/** A sheet's name in a reference: `'Feuille 1'!A1`, a quote inside the name doubled. */
const SHEET_REFERENCE = /'(?:[^']|'')+'!/g;

/** `text` without what keeps its straight apostrophes. */
function prose(text: string): string {
  let rest = text.replace(SHEET_REFERENCE, '');
  for (const keyword of KEYWORDS) rest = rest.split(keyword).join('');
  return rest.replace(/«\s*([^»]*?)\s*»/g, (quoted, inner: string) =>
    README.includes(inner.replace(/\s+/g, ' ')) ? '' : quoted,
  );
}

/** Each straight apostrophe of `text`'s prose, with the word it is in (`n'a`), for a failure to name. */
export function straightApostrophes(text: string): string[] {
  return [...prose(text).matchAll(/[\p{L}-]*'[\p{L}-]*/gu)].map(([word]) => word);
}
