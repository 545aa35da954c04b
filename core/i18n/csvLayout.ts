/** How an actuals CSV file or sheet is laid out wrongly around its header, EN and FR. */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { counted } from './plural';
import { formatCount } from './digitGroups';

export interface CsvLayoutTexts {
  /** A delimiter as a message names what a line is separated by: `","`, `";"`, tabs. */
  delimiter(delimiter: ',' | ';' | '\t'): string;
  /** One delimiter, as a message names the one to delete: `";"`, a tab. */
  oneDelimiter(delimiter: ',' | ';' | '\t'): string;
  /** A line separated by `used` in a file whose header (on `headerLine`) is separated by `file`. */
  mixedDelimiters(used: string, file: string, headerLine: number): string;
  /** A row above the header row (at `header`) with `filled` cells: no title, and never read. */
  aboveHeader(header: string, filled: number): string;
  /**
   * A line whose field count differs from the header's where no decimal comma explains it (fewer fields,
   * or a file not separated by `,`); `trailing`: the header ends with that many empty fields, the line not.
   */
  fieldCount(got: number, expected: number, trailing: number, delimiter: string): string;
  /** A line with `empty` fields more than the header, all of them empty: a delimiter typed after its end. */
  lineEndsEmpty(got: number, expected: number, empty: number, delimiter: string): string;
  /** A Value or Period column (`header`, as written) beside month columns: the month columns are read. */
  longColumnBesideMonths(header: string): string;
  /** A quote opening a field on this line is never closed: the rest of the file would be one field. */
  readonly quoteNotClosed: string;
  /** The file is JSON (a contract or an invoice given where a CSV file belongs). */
  readonly jsonNotCsv: string;
}

const EN: CsvLayoutTexts = {
  delimiter: (d) => (d === '\t' ? 'tabs' : `"${d}"`),
  oneDelimiter: (d) => (d === '\t' ? 'tab' : `"${d}"`),
  mixedDelimiters: (used, file, headerLine) =>
    `this line is separated by ${used}, the header (line ${headerLine}) by ${file}: a file has one delimiter (save it again as CSV)`,
  aboveHeader: (header, filled) =>
    `only a title in one cell may stand above the header row (${header}): this row has ${counted('en', filled, 'filled cell', 'filled cells')}; delete it, or keep its text in one cell`,
  quoteNotClosed:
    'a quote opens a field on this line and is never closed, so the rest of the file would be that field (a stray " in a name?)',
  jsonNotCsv: 'this file is JSON, not CSV (a contract or an invoice file?): give the CSV file here',
  fieldCount: (got, expected, trailing, delimiter) =>
    `this line has ${counted('en', got, 'field', 'fields')}, the header ${formatCount('en', expected)}` +
    (trailing > 0
      ? ` (the header ends with ${trailing === 1 ? 'an empty field' : `${formatCount('en', trailing)} empty fields`}: delete its last ${delimiter}, or end every line alike)`
      : ''),
  longColumnBesideMonths: (header) =>
    `a ${header} column beside month columns would not be read: give each value in its month's column, or delete the month columns for the Period, Kind, Name, Value layout`,
  lineEndsEmpty: (got, expected, empty, delimiter) =>
    `this line has ${counted('en', got, 'field', 'fields')}, the header ${formatCount('en', expected)} (the line ends with ${empty === 1 ? 'an empty field' : `${formatCount('en', empty)} empty fields`}: delete its last ${delimiter})`,
};

const FR: CsvLayoutTexts = frenchTexts<CsvLayoutTexts>({
  delimiter: (d) => (d === '\t' ? 'des tabulations' : fr`« ${d} »`),
  oneDelimiter: (d) => (d === '\t' ? 'caractère de tabulation' : fr`« ${d} »`),
  mixedDelimiters: (used, file, headerLine) =>
    fr`cette ligne est séparée par ${used}, l’en-tête (ligne ${headerLine}) par ${file} : un fichier n’a qu’un séparateur (enregistrez-le de nouveau en CSV)`,
  aboveHeader: (header, filled) =>
    fr`seul un titre en une cellule peut figurer au-dessus de la ligne d’en-tête (${header}) : cette ligne a ${counted('fr', filled, 'cellule remplie', 'cellules remplies')} ; supprimez-la, ou gardez son texte dans une cellule`,
  quoteNotClosed:
    'un guillemet ouvre un champ sur cette ligne et n’est jamais fermé : le reste du fichier serait ce champ (un " isolé dans un nom ?)',
  jsonNotCsv:
    'ce fichier est du JSON, pas du CSV (un fichier de contrat ou de facture ?) : donnez ici le fichier CSV',
  fieldCount: (got, expected, trailing, delimiter) =>
    fr`cette ligne a ${counted('fr', got, 'champ', 'champs')}, l’en-tête ${formatCount('fr', expected)}` +
    (trailing > 0
      ? fr` (l’en-tête finit par ${trailing === 1 ? 'un champ vide' : fr`${formatCount('fr', trailing)} champs vides`} : supprimez son dernier ${delimiter}, ou finissez toutes les lignes de même)`
      : ''),
  longColumnBesideMonths: (header) =>
    fr`une colonne ${header} à côté des colonnes de mois ne serait pas lue : donnez chaque valeur dans la colonne de son mois, ou supprimez les colonnes de mois pour la présentation Période, Type, Nom, Valeur`,
  lineEndsEmpty: (got, expected, empty, delimiter) =>
    fr`cette ligne a ${counted('fr', got, 'champ', 'champs')}, l’en-tête ${formatCount('fr', expected)} (la ligne finit par ${empty === 1 ? 'un champ vide' : fr`${formatCount('fr', empty)} champs vides`} : supprimez son dernier ${delimiter})`,
});

export function csvLayoutTexts(lang: Language): CsvLayoutTexts {
  return lang === 'fr' ? FR : EN;
}
