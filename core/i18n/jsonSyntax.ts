/** Why a JSON file (a contract, an issued invoice) does not read, EN and FR. */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatCount } from './digitGroups';

/** What a JSON reader found wrong at a place (jsonc-parser's error codes, said in words). */
export type JsonSyntaxError =
  | 'InvalidSymbol'
  | 'InvalidNumberFormat'
  | 'PropertyNameExpected'
  | 'ValueExpected'
  | 'ColonExpected'
  | 'CommaExpected'
  | 'CloseBraceExpected'
  | 'CloseBracketExpected'
  | 'EndOfFileExpected'
  | 'InvalidUnicode'
  | 'InvalidEscapeCharacter'
  | 'InvalidCharacter';

export interface JsonSyntaxTexts {
  /** A problem at its place in the file: `line 2, column 3: …`. */
  at(line: number, column: number, problem: string): string;
  /** `// …` or a block comment: JSON has none (a JSONC or JSON5 habit). */
  readonly comment: string;
  /** `[1, 2,]`, `{"a": 1,}`: a comma after the last item. */
  readonly trailingComma: string;
  /** A file of nothing, or of spaces only. */
  readonly empty: string;
  /** The text stops inside a value: a file cut short. */
  readonly endsEarly: string;
  /** Arrays and objects nested deeper than `limit` levels: no contract or invoice file is. */
  tooDeep(limit: number): string;
  readonly errors: Readonly<Record<JsonSyntaxError, string>>;
}

const EN: JsonSyntaxTexts = {
  at: (line, column, problem) => `line ${line}, column ${column}: ${problem}`,
  comment: 'a comment, which JSON does not allow: delete it',
  trailingComma: 'a comma after the last item, which JSON does not allow: delete it',
  empty: 'the file is empty',
  endsEarly: 'the file ends inside a value (cut short?)',
  tooDeep: (limit) =>
    `nested deeper than ${formatCount('en', limit)} levels, as no contract or invoice file is`,
  errors: {
    InvalidSymbol: 'a character JSON does not allow here (text in double quotes?)',
    InvalidNumberFormat: 'not a number as JSON writes them (digits, a decimal point)',
    PropertyNameExpected: 'expected a field name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":" after the field name',
    CommaExpected: 'expected "," between two items',
    CloseBraceExpected: 'expected "}" to close the object',
    CloseBracketExpected: 'expected "]" to close the list',
    EndOfFileExpected: 'text after the end of the document',
    InvalidUnicode: 'a \\u escape that is no character',
    InvalidEscapeCharacter: 'a backslash escape JSON does not know',
    InvalidCharacter: 'a control character inside a string (a line break in quotes?)',
  },
};

const FR: JsonSyntaxTexts = frenchTexts<JsonSyntaxTexts>({
  at: (line, column, problem) => fr`ligne ${line}, colonne ${column} : ${problem}`,
  comment: 'un commentaire, que JSON n’admet pas : supprimez-le',
  trailingComma: 'une virgule après le dernier élément, que JSON n’admet pas : supprimez-la',
  empty: 'le fichier est vide',
  endsEarly: 'le fichier finit au milieu d’une valeur (tronqué ?)',
  tooDeep: (limit) =>
    fr`imbriqué sur plus de ${formatCount('fr', limit)} niveaux, ce qu’aucun fichier de contrat ou de facture n’est`,
  errors: {
    InvalidSymbol: 'un caractère que JSON n’admet pas ici (un texte sans guillemets doubles ?)',
    InvalidNumberFormat: 'pas un nombre comme JSON les écrit (des chiffres, un point décimal)',
    PropertyNameExpected: 'un nom de champ entre guillemets doubles est attendu',
    ValueExpected: 'une valeur est attendue',
    ColonExpected: '« : » est attendu après le nom du champ',
    CommaExpected: '« , » est attendu entre deux éléments',
    CloseBraceExpected: '« } » est attendu pour fermer l’objet',
    CloseBracketExpected: '« ] » est attendu pour fermer la liste',
    EndOfFileExpected: 'du texte après la fin du document',
    InvalidUnicode: 'un échappement \\u qui n’est pas un caractère',
    InvalidEscapeCharacter: 'un échappement par barre oblique inverse que JSON ne connaît pas',
    InvalidCharacter: 'un caractère de contrôle dans une chaîne (un saut de ligne entre guillemets ?)',
  },
});

export function jsonSyntaxTexts(lang: Language): JsonSyntaxTexts {
  return lang === 'fr' ? FR : EN;
}
