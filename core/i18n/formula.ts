/**
 * What `outcome-fees eval` says of a formula, in the language of `--lang`: why it cannot be read (the
 * reader reports each problem as data, `SyntaxProblem`, with its position) and what its own operations
 * refuse. The worksheet functions' own messages are not here: they are the same in every host and language.
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatCount } from './digitGroups';

/** Why a formula cannot be read. */
export type SyntaxProblem =
  | { readonly kind: 'tooLong'; readonly most: number; readonly length: number }
  | { readonly kind: 'tooDeep'; readonly most: number }
  | { readonly kind: 'unexpected'; readonly char: string }
  | { readonly kind: 'unexpectedEnd' }
  | { readonly kind: 'expected'; readonly char: string }
  /** `separator` is the notation's between arguments: `,` in English, `;` in French. */
  | { readonly kind: 'expectedArgumentEnd'; readonly separator: string }
  /** A `;` between arguments of an English formula: the separator of a French or German sheet. */
  | { readonly kind: 'localeSeparator' }
  /** A `,` between arguments of a French formula, where `,` is the decimal mark: an English habit. */
  | { readonly kind: 'englishSeparator' }
  /** A decimal point in a French formula (`0.8`), where the decimal mark is `,`. */
  | { readonly kind: 'decimalPoint' }
  | { readonly kind: 'unterminatedString' }
  /** `column` is the notation's between columns: `,` in English, `\` in French. */
  | { readonly kind: 'expectedArrayEnd'; readonly column: string }
  | { readonly kind: 'unterminatedArray' }
  | { readonly kind: 'raggedArray' }
  | { readonly kind: 'arrayElement' }
  | { readonly kind: 'signBeforeNumber' }
  | { readonly kind: 'beyondNumber'; readonly number: string };

export interface FormulaTexts {
  /** The problem, then where: `unexpected ")" at position 7`. */
  syntax(problem: SyntaxProblem, position: number): string;
  /** The line `eval` prints for a formula it cannot read, after the error code. */
  syntaxError(detail: string): string;
  // Evaluating what was read: the formula's own operations, not the worksheet functions.
  errorLiteral(code: string): string;
  unknownFunction(name: string): string;
  /** `got` is the value as JSON: `"a"`. */
  arithmeticNeedsNumbers(got: string): string;
  readonly divisionByZero: string;
  readonly tooLarge: string;
  /** The spreadsheet functions `eval` knows besides ours (ROUND, SUM, AVERAGE…). */
  expectedNumber(got: string): string;
  readonly roundArguments: string;
  readonly outOfRange: string;
  readonly noNumbers: string;
  readonly differentSizes: string;
}

const EN: FormulaTexts = {
  syntax: (problem, position) =>
    `${enProblem(problem)} at position ${position}` +
    (problem.kind === 'localeSeparator'
      ? ', not ";": a formula in English is written as in an English spreadsheet, "," between arguments and "." for decimals: BONUSMALUS(0.78, 0.75, 1000, 1000); with --lang fr it is read as a French spreadsheet writes it, ";" between arguments and "," for decimals'
      : problem.kind === 'englishSeparator'
        ? ', not ",": a formula in French is written as in a French spreadsheet, ";" between arguments and "," for decimals: BONUSMALUS(0,78; 0,75; 1000; 1000)'
        : ''),
  syntaxError: (detail) => `syntax error: ${detail}`,
  errorLiteral: (code) => `${code} in the formula`,
  unknownFunction: (name) => `unknown function ${name}`,
  arithmeticNeedsNumbers: (got) => `arithmetic needs numbers (got ${got})`,
  divisionByZero: 'division by zero',
  tooLarge: 'the result is too large for a spreadsheet number',
  expectedNumber: (got) => `expected a number, got ${got}`,
  roundArguments: 'ROUND takes a number and a count of decimal places (≥ 0)',
  outOfRange: 'out of range',
  noNumbers: 'no numbers',
  differentSizes: 'ranges of different sizes',
};

function enProblem(problem: SyntaxProblem): string {
  switch (problem.kind) {
    case 'tooLong':
      return `a formula holds at most ${formatCount('en', problem.most)} characters (got ${formatCount('en', problem.length)})`;
    case 'tooDeep':
      return `formula nested more than ${formatCount('en', problem.most)} levels deep`;
    case 'unexpected':
      return `unexpected "${problem.char}"`;
    case 'unexpectedEnd':
      return 'unexpected end of formula';
    case 'expected':
      return `expected "${problem.char}"`;
    case 'expectedArgumentEnd':
      return `expected "${problem.separator}" or ")"`;
    case 'localeSeparator':
      return 'expected "," or ")"';
    case 'englishSeparator':
      return 'expected ";" or ")"';
    case 'decimalPoint':
      return '"." is no decimal mark in a French formula: write 0,8 for 0.8';
    case 'unterminatedString':
      return 'unterminated string';
    case 'expectedArrayEnd':
      return `expected "${problem.column}", ";" or "}" in an array constant`;
    case 'unterminatedArray':
      return 'unterminated array constant';
    case 'raggedArray':
      return 'array constant rows must have the same length';
    case 'arrayElement':
      return 'array constants hold only numbers, text, TRUE/FALSE, errors or blanks';
    case 'signBeforeNumber':
      return 'a sign must precede a number';
    case 'beyondNumber':
      return `${problem.number} is beyond what a spreadsheet number holds`;
  }
}

const FR = frenchTexts<FormulaTexts>({
  syntax: (problem, position) =>
    fr`${frProblem(problem)} à la position ${position}` +
    (problem.kind === 'localeSeparator'
      ? fr`, pas « ; » : une formule en anglais s’écrit comme dans un tableur en anglais, « , » entre les arguments et « . » pour les décimales : BONUSMALUS(0.78, 0.75, 1000, 1000)`
      : problem.kind === 'englishSeparator'
        ? fr`, pas « , » : une formule en français s’écrit comme dans un tableur en français, « ; » entre les arguments et « , » pour les décimales : BONUSMALUS(0,78; 0,75; 1000; 1000)`
        : ''),
  syntaxError: (detail) => fr`erreur de syntaxe : ${detail}`,
  errorLiteral: (code) => fr`${code} dans la formule`,
  unknownFunction: (name) => fr`fonction inconnue ${name}`,
  arithmeticNeedsNumbers: (got) => fr`le calcul demande des nombres (reçu ${got})`,
  divisionByZero: 'division par zéro',
  tooLarge: 'le résultat est trop grand pour un nombre de tableur',
  expectedNumber: (got) => fr`nombre attendu, reçu ${got}`,
  roundArguments: 'ROUND prend un nombre et un nombre de décimales (≥ 0)',
  outOfRange: 'hors limites',
  noNumbers: 'aucun nombre',
  differentSizes: 'plages de tailles différentes',
});

function frProblem(problem: SyntaxProblem): string {
  switch (problem.kind) {
    case 'tooLong':
      return fr`une formule a au plus ${formatCount('fr', problem.most)} caractères (reçu ${formatCount('fr', problem.length)})`;
    case 'tooDeep':
      return fr`formule imbriquée sur plus de ${formatCount('fr', problem.most)} niveaux`;
    case 'unexpected':
      return fr`« ${problem.char} » inattendu`;
    case 'unexpectedEnd':
      return 'fin de formule inattendue';
    case 'expected':
      return fr`« ${problem.char} » attendu`;
    case 'expectedArgumentEnd':
      return fr`« ${problem.separator} » ou « ) » attendu`;
    case 'localeSeparator':
      return fr`« , » ou « ) » attendu`;
    case 'englishSeparator':
      return fr`« ; » ou « ) » attendu`;
    case 'decimalPoint':
      return fr`« . » ne marque pas les décimales d’une formule en français : écrivez 0,8 pour 0.8`;
    case 'unterminatedString':
      return 'texte sans guillemet fermant';
    case 'expectedArrayEnd':
      return fr`« ${problem.column} », « ; » ou « } » attendu dans une constante matricielle`;
    case 'unterminatedArray':
      return 'constante matricielle sans accolade fermante';
    case 'raggedArray':
      return 'les lignes d’une constante matricielle doivent avoir la même longueur';
    case 'arrayElement':
      return 'une constante matricielle ne contient que des nombres, du texte, VRAI/FAUX (TRUE/FALSE), des erreurs ou des vides';
    case 'signBeforeNumber':
      return 'un signe ne peut précéder qu’un nombre';
    case 'beyondNumber':
      return fr`${problem.number} dépasse ce qu’un nombre de tableur peut contenir`;
  }
}

/** The texts of `eval` in `lang`. */
export function formulaTexts(lang: Language): FormulaTexts {
  return lang === 'fr' ? FR : EN;
}
