/**
 * Texts of the task pane (Excel) and sidebar (Google Sheets), in English and French. Placeholders are
 * `{name}` and are filled by `fillText`; the tables are plain data so a host can ship them as JSON.
 */
import type { Lang } from '../app/bridge';
import { frenchTexts } from './frenchTypography';

/** Every text the task pane shows. */
export interface TaskpaneStrings {
  readonly appTitle: string;
  readonly languageLabel: string;
  /** Name of each language in that language, so a user who cannot read the current one finds theirs. */
  readonly languageNames: Readonly<Record<Lang, string>>;

  readonly newContractHeading: string;
  readonly templateLabel: string;
  readonly emptyTemplateTitle: string;
  readonly emptyTemplateDescription: string;
  readonly createButton: string;

  readonly checkHeading: string;
  readonly checkHint: string;
  readonly checkButton: string;
  readonly issuesHint: string;
  /** `{ref}` is `Contract!H34`, `{column}` the table header, `{message}` the problem. */
  readonly issueWithColumn: string;
  readonly issueWithoutColumn: string;
  /** The rest of a problem said more than ten times, folded into one item (core/contract/foldRepeats.ts). */
  readonly issuesFolded: string;

  readonly invoiceHeading: string;
  readonly periodLabel: string;
  readonly periodMonthHint: string;
  readonly periodListHint: string;
  readonly generateButton: string;

  readonly busyTemplates: string;
  readonly busyCreating: string;
  readonly busyChecking: string;
  /** `{period}`, in words (`October 2026`) */
  readonly busyGenerating: string;

  /** `{sheets}`: the created sheet names, comma separated. */
  readonly contractCreated: string;
  readonly checkValid: string;
  readonly checkInvalidOne: string;
  /** `{count}` */
  readonly checkInvalidMany: string;
  readonly checkInvalidUnlisted: string;
  /** `{sheet}`, `{lines}`, `{total}` (with its currency); `One` when `isSingular(lines)`. */
  readonly invoiceCreatedOne: string;
  readonly invoiceCreatedMany: string;
  readonly periodMissing: string;

  /** Each failure text takes `{message}`, the host's explanation. */
  readonly templatesFailed: string;
  readonly createFailed: string;
  readonly checkFailed: string;
  readonly selectFailed: string;
  readonly invoiceFailed: string;
  /** Stands in for `{message}` when a failure came without one. */
  readonly unknownError: string;
}

const en: TaskpaneStrings = {
  appTitle: 'Outcome Fees',
  languageLabel: 'Language',
  languageNames: { en: 'English', fr: 'Français' },

  newContractHeading: 'New contract',
  templateLabel: 'Template',
  emptyTemplateTitle: 'Empty contract',
  emptyTemplateDescription: 'Blank Contract and Actuals tables to fill in yourself.',
  createButton: 'Create contract',

  checkHeading: 'Check contract',
  checkHint: 'Reads the Contract and Actuals tables and lists every problem with its cell.',
  checkButton: 'Check contract',
  issuesHint: 'Select a problem to go to its cell.',
  issueWithColumn: '{ref} ({column}): {message}',
  issueWithoutColumn: '{ref}: {message}',
  issuesFolded: '… and {count} more with the same problem ("{message}"): {places}',

  invoiceHeading: 'Generate invoice',
  periodLabel: 'Period',
  periodMonthHint: 'Pick the month to invoice. Checking the contract lists its periods.',
  periodListHint: 'Periods found in the contract.',
  generateButton: 'Generate invoice',

  busyTemplates: 'Loading templates…',
  busyCreating: 'Creating the contract…',
  busyChecking: 'Checking the contract…',
  busyGenerating: 'Generating the invoice for {period}…',

  contractCreated: 'Contract created: {sheets}.',
  checkValid: 'The contract is valid.',
  checkInvalidOne: '1 problem found in the contract.',
  checkInvalidMany: '{count} problems found in the contract.',
  checkInvalidUnlisted: 'The contract is not valid.',
  invoiceCreatedOne: 'Invoice created on sheet "{sheet}": {lines} line, total {total}.',
  invoiceCreatedMany: 'Invoice created on sheet "{sheet}": {lines} lines, total {total}.',
  periodMissing: 'Choose a period first.',

  templatesFailed: 'The templates could not be loaded: {message}',
  createFailed: 'The contract could not be created: {message}',
  checkFailed: 'The contract could not be checked: {message}',
  selectFailed: 'The cell could not be selected: {message}',
  invoiceFailed: 'The invoice could not be generated: {message}',
  unknownError: 'unexpected error.',
};

const fr = frenchTexts<TaskpaneStrings>({
  appTitle: 'Outcome Fees',
  languageLabel: 'Langue',
  languageNames: { en: 'English', fr: 'Français' },

  newContractHeading: 'Nouveau contrat',
  templateLabel: 'Modèle',
  emptyTemplateTitle: 'Contrat vierge',
  emptyTemplateDescription: 'Tables Contrat et Réalisé vides, à remplir vous-même.',
  createButton: 'Créer le contrat',

  checkHeading: 'Vérifier le contrat',
  checkHint: 'Lit les tables Contrat et Réalisé et liste chaque problème avec sa cellule.',
  checkButton: 'Vérifier le contrat',
  issuesHint: 'Choisissez un problème pour aller à sa cellule.',
  issueWithColumn: '{ref} ({column}) : {message}',
  issueWithoutColumn: '{ref} : {message}',
  issuesFolded: '… et {count} autres avec le même problème (« {message} ») : {places}',

  invoiceHeading: 'Générer la facture',
  periodLabel: 'Période',
  periodMonthHint: 'Choisissez le mois à facturer. La vérification du contrat liste ses périodes.',
  periodListHint: 'Périodes trouvées dans le contrat.',
  generateButton: 'Générer la facture',

  busyTemplates: 'Chargement des modèles…',
  busyCreating: 'Création du contrat…',
  busyChecking: 'Vérification du contrat…',
  busyGenerating: 'Génération de la facture pour {period}…',

  contractCreated: 'Contrat créé : {sheets}.',
  checkValid: 'Le contrat est valide.',
  checkInvalidOne: '1 problème trouvé dans le contrat.',
  checkInvalidMany: '{count} problèmes trouvés dans le contrat.',
  checkInvalidUnlisted: 'Le contrat n’est pas valide.',
  invoiceCreatedOne: 'Facture créée sur la feuille « {sheet} » : {lines} ligne, total {total}.',
  invoiceCreatedMany: 'Facture créée sur la feuille « {sheet} » : {lines} lignes, total {total}.',
  periodMissing: 'Choisissez d’abord une période.',

  templatesFailed: 'Les modèles n’ont pas pu être chargés : {message}',
  createFailed: 'Le contrat n’a pas pu être créé : {message}',
  checkFailed: 'Le contrat n’a pas pu être vérifié : {message}',
  selectFailed: 'La cellule n’a pas pu être sélectionnée : {message}',
  invoiceFailed: 'La facture n’a pas pu être générée : {message}',
  unknownError: 'erreur inattendue.',
});

/** The task pane's texts for each language. */
export const TASKPANE_STRINGS: Readonly<Record<Lang, TaskpaneStrings>> = { en, fr };

/**
 * Replaces each `{name}` in `template` with `values[name]`. A placeholder without a value stays as is, so
 * a missing value shows up in review instead of vanishing. Values are inserted once: a value that itself
 * contains `{name}` (workbook text) is not expanded again. Values are text: a count comes written as the
 * pane's language writes it (`formatCount`), never as a raw number.
 */
export function fillText(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

/** Whether `count` takes the singular in `lang`: French counts 0 and 1 as singular, English only 1. */
export function isSingular(lang: Lang, count: number): boolean {
  return lang === 'fr' ? Math.abs(count) < 2 : count === 1;
}
