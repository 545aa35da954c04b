/** How an actuals CSV file or sheet is laid out wrongly around its header, EN and FR. */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

export interface CsvLayoutTexts {
  /** A delimiter as a message names it: `","`, `";"`, a tab. */
  delimiter(delimiter: ',' | ';' | '\t'): string;
  /** A line separated by `used` in a file whose header (on `headerLine`) is separated by `file`. */
  mixedDelimiters(used: string, file: string, headerLine: number): string;
  /** A row above the header row (at `header`) with `filled` cells: no title, and never read. */
  aboveHeader(header: string, filled: number): string;
}

const EN: CsvLayoutTexts = {
  delimiter: (d) => (d === '\t' ? 'tabs' : `"${d}"`),
  mixedDelimiters: (used, file, headerLine) =>
    `this line is separated by ${used}, the header (line ${headerLine}) by ${file}: a file has one delimiter (save it again as CSV)`,
  aboveHeader: (header, filled) =>
    `only a title in one cell may stand above the header row (${header}): this row has ${filled} filled cells; delete it, or keep its text in one cell`,
};

const FR: CsvLayoutTexts = frenchTexts<CsvLayoutTexts>({
  delimiter: (d) => (d === '\t' ? 'des tabulations' : fr`« ${d} »`),
  mixedDelimiters: (used, file, headerLine) =>
    fr`cette ligne est séparée par ${used}, l'en-tête (ligne ${headerLine}) par ${file} : un fichier n'a qu'un séparateur (enregistrez-le de nouveau en CSV)`,
  aboveHeader: (header, filled) =>
    fr`seul un titre en une cellule peut figurer au-dessus de la ligne d'en-tête (${header}) : cette ligne a ${filled} cellules remplies ; supprimez-la, ou gardez son texte dans une cellule`,
});

export function csvLayoutTexts(lang: Language): CsvLayoutTexts {
  return lang === 'fr' ? FR : EN;
}
