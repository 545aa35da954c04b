/**
 * Texts of the modelling CSV files (`scenarios.csv`, `distributions.csv`), in English and French: their
 * headers, the names of the distributions, and the problems their readers add to the actuals reader's own.
 * A French user's file may be written in either language; its problems are said in the contract's. Names
 * and headers the user wrote arrive as data.
 */
import type { Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';

/** The columns of a distributions file, in file order. */
export const DISTRIBUTION_COLUMNS = [
  'kind',
  'name',
  'distribution',
  'pessimistic',
  'likely',
  'optimistic',
  'mean',
  'sd',
] as const;
export type DistributionColumn = (typeof DISTRIBUTION_COLUMNS)[number];
export type DistributionShape = 'triangular' | 'normal';

export interface ModelCsvTexts {
  /** The scenario column's header (Kind, Name and Value are the actuals'). */
  readonly scenarioColumn: string;
  readonly distributionColumns: Readonly<Record<DistributionColumn, string>>;
  readonly shapes: Readonly<Record<DistributionShape, string>>;
  /** A header that is no column of the file, or one given twice, with the columns the file has. */
  badColumn(problem: string, columns: readonly string[]): string;
  /** The header row lacks columns. */
  missingColumns(columns: readonly string[], missing: readonly string[]): string;
  /** How a scenario is named where the actuals reader would name a month. */
  scenario(name: string): string;
  spelledAbove(name: string, spelled: string): string;
  readonly exclusionIsNoMeasure: string;
  readonly indexIsPublished: string;
  badShape(got: string): string;
  notUsedBy(shape: DistributionShape): string;
  /** `name` is empty for hours. */
  alreadyDeclared(name: string): string;
  likelyBetween(pessimistic: string, optimistic: string): string;
  /** A normal's SD at least as wide as its KPI's bounded valid range, and the fraction a percentage means. */
  sdWholeRange(sd: string, width: string, hint: string | undefined): string;
}

const EN: ModelCsvTexts = {
  scenarioColumn: 'Scenario',
  distributionColumns: {
    kind: 'Kind',
    name: 'Name',
    distribution: 'Distribution',
    pessimistic: 'Pessimistic',
    likely: 'Likely',
    optimistic: 'Optimistic',
    mean: 'Mean',
    sd: 'SD',
  },
  shapes: { triangular: 'triangular', normal: 'normal' },
  badColumn: (problem, columns) => `${problem}; the columns are ${columns.join(', ')}`,
  missingColumns: (columns, missing) =>
    `the header row must be ${columns.join(', ')} (missing ${missing.join(', ')})`,
  scenario: (name) => `scenario ${JSON.stringify(name)}`,
  spelledAbove: (name, spelled) =>
    `${JSON.stringify(name)} is spelled ${JSON.stringify(spelled)} above: one scenario, one spelling`,
  exclusionIsNoMeasure: 'an exclusion is not a measure: it has no distribution',
  indexIsPublished: 'a price index is published, not drawn: enter its expected values in the actuals',
  badShape: (got) => `expected triangular or normal, got ${got}`,
  notUsedBy: (shape) => `not used by the ${shape} distribution: leave it blank`,
  alreadyDeclared: (name) =>
    `a distribution is already declared for ${name === '' ? 'hours' : JSON.stringify(name)}`,
  likelyBetween: (pessimistic, optimistic) =>
    `must lie between pessimistic ${pessimistic} and optimistic ${optimistic}`,
  sdWholeRange: (sd, width, hint) =>
    `an SD of ${sd} is as wide as the KPI's whole valid range (${width}): the forecast would draw every value of the range about as often${hint === undefined ? '' : `; did you mean ${hint}?`}`,
};

const FR_SHAPES: Readonly<Record<DistributionShape, string>> = {
  triangular: 'triangulaire',
  normal: 'normale',
};

const FR: ModelCsvTexts = frenchTexts<ModelCsvTexts>({
  scenarioColumn: 'Scénario',
  distributionColumns: {
    kind: 'Type',
    name: 'Nom',
    distribution: 'Loi',
    pessimistic: 'Pessimiste',
    likely: 'Probable',
    optimistic: 'Optimiste',
    mean: 'Moyenne',
    sd: 'Écart-type',
  },
  shapes: FR_SHAPES,
  badColumn: (problem, columns) => fr`${problem} ; les colonnes sont ${columns.join(', ')}`,
  missingColumns: (columns, missing) =>
    fr`la ligne d’en-tête doit être ${columns.join(', ')} (manque : ${missing.join(', ')})`,
  // Said where a month would be (`a deux valeurs pour 2026-01`): with its article, `pour le scénario`.
  scenario: (name) => fr`le scénario « ${name} »`,
  spelledAbove: (name, spelled) =>
    fr`« ${name} » est écrit « ${spelled} » plus haut : un scénario, une orthographe`,
  exclusionIsNoMeasure: 'une exclusion n’est pas une mesure : elle n’a pas de loi',
  indexIsPublished:
    'un indice de prix est publié, pas tiré : saisissez ses valeurs attendues dans le réalisé',
  badShape: (got) => `attendu triangulaire ou normale, reçu ${got}`,
  notUsedBy: (shape) => fr`inutilisé par la loi ${FR_SHAPES[shape]} : laissez-le vide`,
  alreadyDeclared: (name) => `une loi est déjà déclarée pour ${name === '' ? 'les heures' : fr`« ${name} »`}`,
  likelyBetween: (pessimistic, optimistic) =>
    `doit être entre la valeur pessimiste ${pessimistic} et la valeur optimiste ${optimistic}`,
  sdWholeRange: (sd, width, hint) =>
    fr`un écart-type de ${sd} couvre toute la plage valide de l’indicateur (${width}) : la prévision en tirerait toutes les valeurs à peu près aussi souvent${hint === undefined ? '' : fr` ; vouliez-vous dire ${hint} ?`}`,
});

const TEXTS: Readonly<Record<Language, ModelCsvTexts>> = { en: EN, fr: FR };

export function modelCsvTexts(lang: Language): ModelCsvTexts {
  return TEXTS[lang];
}
