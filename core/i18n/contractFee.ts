/**
 * CONTRACTFEE's messages, in the language of the contract it prices, as its invoice speaks (the other
 * worksheet functions have no contract and speak English). KPI, volume and line names and cell values
 * arrive as data; function and argument names are the function's own and stay as declared.
 */
import type { Language } from '../contract/types';
import type { CallWords } from '../functions/types';
import { describeValue, hostErrorKind, isBlank, type HostScalar } from '../functions/hostValues';
import { fromHostNumber } from '../money';
import { formatCount } from './digitGroups';
import { fr, joinList } from './frenchTypography';
import { counted } from './plural';

export interface ContractFeeTexts {
  /**
   * The whole message: the function, the argument and what is wrong with it, then the result cell it is
   * about when the call spills (1-based; 0 along a dimension of one cell).
   */
  say(fn: string, argument: string, problem: string, row: number, column: number): string;
  /** A cell's value and its place in the argument's range: `(got "EURO", row 7, column 2)`. */
  cell(value: HostScalar, row: number, column: number): string;
  /** At a cell holding an error value: `holds an error value #N/A (row 3, column 2)`. */
  errorValue(kind: string, row: number, column: number): string;
  reachBelow(row: number): string;
  reachRight(column: number): string;
  /** The contract's first problem, and how many others it has. */
  problem(first: string, others: number): string;
  readonly onlyNames: string;
  readonly onlyNumbers: string;
  sizes(values: number, names: number): string;
  blankName(cell: number): string;
  blankValue(name: string, cell: number): string;
  unknownName(known: readonly string[], written: string): string;
  repeated(written: string): string;
  outsideRange(kpi: string, problem: string): string;
  /** A fraction where a value counts things (a count KPI, a count volume, a minimum sample): `problem` says which. */
  notWhole(problem: string): string;
  negative(name: string): string;
  cannotPrice(problems: readonly string[]): string;
  notBilled(notDue: string): string;
  unknownOutput(output: string): string;
  /**
   * `output` both names a part of the invoice (`total`, `vat`, a line kind) and a KPI or volume of the
   * contract; `part` is that word lower-cased, `measure` the clause's kind and name.
   */
  ambiguousOutput(output: string, part: string, measure: { kpi: boolean; name: string }): string;
  outputNotText(value: HostScalar): string;
  outputErrorValue(kind: string): string;
}

/** The parts of an invoice `output` names by a word of its own (the line kinds are said by kind). */
const ENGLISH_PARTS: ReadonlyMap<string, string> = new Map([
  ['total', "the invoice's total"],
  ['subtotal', "the invoice's subtotal"],
  ['vat', "the invoice's VAT"],
]);
const FRENCH_PARTS: ReadonlyMap<string, string> = new Map([
  ['total', 'le total de la facture'],
  ['subtotal', 'le sous-total de la facture'],
  ['vat', 'la TVA de la facture'],
]);

const EN: ContractFeeTexts = {
  say: (fn, argument, problem, row, column) => {
    const at = [row > 0 ? `row ${row}` : '', column > 0 ? `column ${column}` : ''].filter(Boolean);
    return `${fn}: ${argument} ${problem}${at.length > 0 ? ` (${at.join(', ')})` : ''}`;
  },
  cell: (value, row, column) => `(got ${describeValue(value)}, row ${row}, column ${column})`,
  errorValue: (kind, row, column) => `holds an error value ${kind} (row ${row}, column ${column})`,
  reachBelow: (row) =>
    `must reach below the contract's tables: its last row (${row}) is filled, so a clause below the range would be left out; extend the range by a blank row`,
  reachRight: (column) =>
    `must reach right of the contract's tables: its last column (${column}) is filled, so a table's columns beyond the range would be left out; extend the range by a blank column`,
  problem: (first, others) =>
    `has a problem: ${first}${others > 0 ? ` (and ${counted('en', others, 'more problem', 'more problems')})` : ''}`,
  onlyNames: 'must hold only names (text)',
  onlyNumbers: 'must hold only numbers',
  sizes: (values, names) =>
    `must have as many cells as names (${formatCount('en', values)} vs ${formatCount('en', names)})`,
  blankName: (cell) => `must not be blank beside a value (cell ${cell})`,
  blankValue: (name, cell) => `must not be blank beside ${JSON.stringify(name)} (cell ${cell})`,
  unknownName: (known, written) =>
    `must name a KPI, a volume or the hours of the contract (${known.join(', ')}): ${JSON.stringify(written)} is none, or more than one`,
  repeated: (written) => `must name each KPI, volume or hours once: ${JSON.stringify(written)} is repeated`,
  outsideRange: (kpi, problem) => `must lie in each KPI's valid range: ${kpi} ${problem}`,
  notWhole: (problem) => `must be whole where they count things: ${problem}`,
  negative: (name) => `${name} must be ≥ 0`,
  cannotPrice: (problems) => `cannot be priced: ${joinList('en', problems)}`,
  notBilled: (notDue) => `must name a clause the invoice bills: ${notDue}`,
  unknownOutput: (output) =>
    `must be total, subtotal, vat, a line kind or a KPI or volume name (got ${JSON.stringify(output)})`,
  ambiguousOutput: (output, part, measure) =>
    `${JSON.stringify(output)} names ${ENGLISH_PARTS.get(part) ?? `the invoice's lines of kind ${part}`} and the ${measure.kpi ? 'KPI' : 'volume'} ${JSON.stringify(measure.name)}: rename that KPI or volume on the Contract sheet to ask for its lines`,
  outputNotText: (value) =>
    `must be a text: total, subtotal, vat, a line kind, or a KPI or volume name (got ${describeValue(value)})`,
  outputErrorValue: (kind) => `is an error value ${kind}`,
};

/** A cell's value as a French message quotes it: text in « », a number with its decimal comma. */
function frenchValue(value: HostScalar): string {
  if (isBlank(value)) return 'une cellule vide';
  if (typeof value === 'string') return fr`« ${value.length > 40 ? `${value.slice(0, 37)}...` : value} »`;
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if (typeof value === 'number')
    return Number.isFinite(value) ? fromHostNumber(value).toString().replace('.', ',') : String(value);
  if (value instanceof Date) return 'une date';
  return hostErrorKind(value) ?? 'un objet';
}

const FR: ContractFeeTexts = {
  say: (fn, argument, problem, row, column) => {
    const at = [row > 0 ? `ligne ${row}` : '', column > 0 ? `colonne ${column}` : ''].filter(Boolean);
    return fr`${fn} : ${argument} ${problem}${at.length > 0 ? ` (${at.join(', ')})` : ''}`;
  },
  cell: (value, row, column) => `(valeur ${frenchValue(value)}, ligne ${row}, colonne ${column})`,
  errorValue: (kind, row, column) => `contient la valeur d’erreur ${kind} (ligne ${row}, colonne ${column})`,
  reachBelow: (row) =>
    fr`doit s’étendre sous les tables du contrat : sa dernière ligne (${row}) est remplie, une clause sous la plage serait donc omise ; étendez la plage d’une ligne vide`,
  reachRight: (column) =>
    fr`doit s’étendre à droite des tables du contrat : sa dernière colonne (${column}) est remplie, les colonnes d’une table au-delà de la plage seraient donc omises ; étendez la plage d’une colonne vide`,
  problem: (first, others) =>
    fr`a un problème : ${first}${others > 0 ? ` (et ${counted('fr', others, 'autre problème', 'autres problèmes')})` : ''}`,
  onlyNames: 'ne doit contenir que des noms (du texte)',
  onlyNumbers: 'ne doit contenir que des nombres',
  sizes: (values, names) =>
    `doit avoir autant de cellules que names (${formatCount('fr', values)} contre ${formatCount('fr', names)})`,
  blankName: (cell) => `ne doit pas être vide à côté d’une valeur (cellule ${cell})`,
  blankValue: (name, cell) => fr`ne doit pas être vide à côté de « ${name} » (cellule ${cell})`,
  unknownName: (known, written) =>
    fr`doit nommer un KPI, un volume ou les heures du contrat (${known.join(', ')}) : « ${written} » n’en nomme aucun, ou plusieurs`,
  repeated: (written) =>
    fr`doit nommer chaque KPI, volume ou les heures une seule fois : « ${written} » est répété`,
  outsideRange: (kpi, problem) => fr`doit rester dans la plage valide de chaque KPI : ${kpi} ${problem}`,
  notWhole: (problem) => fr`doit être entier là où il compte des unités : ${problem}`,
  negative: (name) => `${name} doit être ≥ 0`,
  cannotPrice: (problems) => fr`ne peut pas être valorisé : ${joinList('fr', problems)}`,
  notBilled: (notDue) => fr`doit nommer une clause que la facture facture : ${notDue}`,
  unknownOutput: (output) =>
    fr`doit être « total », « subtotal », « vat », un type de ligne ou le nom d’un KPI ou d’un volume (valeur « ${output} »)`,
  ambiguousOutput: (output, part, measure) =>
    fr`« ${output} » désigne ${FRENCH_PARTS.get(part) ?? fr`les lignes de type ${part} de la facture`} et le ${measure.kpi ? 'KPI' : 'volume'} « ${measure.name} » : renommez ce KPI ou ce volume dans la feuille Contrat pour obtenir ses lignes`,
  outputNotText: (value) =>
    fr`doit être un texte : « total », « subtotal », « vat », un type de ligne ou le nom d’un KPI ou d’un volume (valeur ${frenchValue(value)})`,
  outputErrorValue: (kind) => `est la valeur d’erreur ${kind}`,
};

const TEXTS: Readonly<Record<Language, ContractFeeTexts>> = { en: EN, fr: FR };

/** What each table argument must be, as the runner's `expects` says in English. */
const FRENCH_EXPECTS: ReadonlyMap<string, string> = new Map([
  ['contract', 'la plage d’une feuille Contrat'],
  ['names', 'une plage de noms'],
  ['values', 'une plage de nombres'],
]);

/**
 * The runner's refusals of a whole call on a French contract (FunctionSpec.callWords); English is the
 * runner's own.
 */
export const FRENCH_CALL_WORDS: CallWords = {
  tooMany: (fn, most, got) =>
    fr`${fn} : prend au plus ${counted('fr', most, 'argument', 'arguments')} (${formatCount('fr', got)} donnés)`,
  required: (fn, name, expects) =>
    fr`${fn} : ${name} est obligatoire et doit être ${FRENCH_EXPECTS.get(name) ?? expects}`,
  rectangular: (fn, name) => fr`${fn} : ${name} doit être une plage rectangulaire non vide`,
};

export const contractFeeTexts = (lang: Language): ContractFeeTexts => TEXTS[lang];
