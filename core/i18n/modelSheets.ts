/**
 * Texts of the modelling sheets (issue 12: scenarios, fee curve, exposure, forecast, comparison), one
 * table per language, chosen by the contract's language as the invoice sheet is. Contract, KPI, scenario
 * and sheet names arrive as data; what was modelled arrives as facts (`ModelBasis`, `ForecastBasis`,
 * `ComparisonBasis`) and is worded here.
 */
import type { KpiUnit, Language } from '../contract/types';
import type { LineKind } from '../invoice/types';
import { batchLabels } from './batch';
import { fr, frenchTexts } from './frenchTypography';
import { formatPeriod, frenchOf } from './periodFormat';
import { counted } from './plural';

/** What a curve or an exposure holds the other values at: a period's actuals, or a scenario (of a sheet). */
export type ModelBasis =
  | { readonly kind: 'period'; readonly period: string }
  | { readonly kind: 'scenario'; readonly scenario: string; readonly sheet?: string };

/** The names of a new Scenarios sheet's rows (core/model/prefill.ts). */
export interface PrefilledNames {
  readonly worst: string;
  readonly expected: string;
  readonly best: string;
}

/**
 * How a forecast drew its values: resampled from the actuals, triangular from a Scenarios sheet's rows, or
 * declared for some measures (`rest`: the others resampled) or for all of them.
 */
export type ForecastDraws =
  | { readonly kind: 'resampled' }
  | { readonly kind: 'triangular'; readonly sheet: string; readonly rows: PrefilledNames }
  | { readonly kind: 'declared'; readonly names: readonly string[]; readonly rest: boolean };

/** How a forecast was made; its months are the forecast's own. */
export interface ForecastBasis {
  readonly simulations: number;
  readonly seed: number;
  readonly draws: ForecastDraws;
}

/**
 * What contracts were compared on: the periods of an actuals source, the scenarios of a file, or a
 * forecast resampled from an actuals source (its rows the means of the simulations).
 */
export type ComparisonBasis =
  | {
      readonly kind: 'actuals';
      /** The actuals sheet or file, as the user knows it. */
      readonly source: string;
    }
  | {
      readonly kind: 'scenarios';
      /** The scenarios file or sheet, as the user knows it. */
      readonly source: string;
      /** The invoice each contract prices them as (`2026-01`, `2026-Q1`), in the order of the columns. */
      readonly pricedAs: readonly { readonly contract: string; readonly period: string }[];
    }
  | {
      readonly kind: 'forecast';
      readonly source: string;
      readonly simulations: number;
      readonly seed: number;
      /** The measures drawn from declared distributions; the rest are resampled. */
      readonly declared: readonly DeclaredMeasure[];
    };

/** A measure a comparison's forecast draws as declared, and the compared contracts that have no such one. */
export interface DeclaredMeasure {
  readonly name: string;
  readonly lackedBy: readonly string[];
}

/** One invoice for every contract, or each contract's (`bpo 2026-01, proposal 2026-03`) when they differ. */
const pricedAs = (
  each: readonly { readonly contract: string; readonly period: string }[],
  one: (period: string) => string,
  several: (list: string) => string,
) =>
  each.every((e) => e.period === each[0].period)
    ? one(each[0].period)
    : several(each.map((e) => `${e.contract} ${e.period}`).join(', '));

/** `FCR (not measured by fixed-only)`: the labels are data, listed as they are. */
const declaredMeasures = (declared: readonly DeclaredMeasure[], notBy: (labels: string) => string) =>
  declared
    .map((d) => (d.lackedBy.length > 0 ? `${d.name} (${notBy(d.lackedBy.join(', '))})` : d.name))
    .join(', ');

/** Which end of a KPI's values has no bound. */
export type OpenEnd = 'upper' | 'lower';

export interface ModelSheetTexts {
  /** `the actuals of October 2026`, `scenario "worst" of "Scenarios"`: what the other values are those of. */
  basis(basis: ModelBasis): string;
  /** The name of a line kind in a table of lines (`vat` included). */
  lineKind(kind: LineKind): string;
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;

  readonly scenariosName: string;
  readonly pricedScenariosName: string;
  /**
   * The rows a new Scenarios sheet starts with (core/model/prefill.ts), worst, expected and best, named in
   * the contract's language like the sheet; the declared forecast draws between them.
   */
  readonly prefilledNames: PrefilledNames;
  scenariosTitle(contract: string): string;
  readonly scenariosPricedSubtitle: string;
  readonly scenariosLiveSubtitle: string;
  readonly scenariosFrozenSubtitle: string;
  /** Column A of a Scenarios table: the scenarios' names (read back by `scenarioHeaderRow`). */
  readonly scenarioHeader: string;
  readonly linesHeader: readonly [string, string, string, string];

  curveName(kpi: string): string;
  curveTitle(kpi: string): string;
  curveSubtitle(contract: string, basis: ModelBasis): string;
  curveAmount(kpi: string): string;
  readonly invoiceTotal: string;
  curveAmountChart(kpi: string): string;
  curveTotalChart(kpi: string): string;

  readonly exposureName: string;
  exposureTitle(contract: string): string;
  exposureSubtitle(basis: ModelBasis): string;
  readonly boundHeader: string;
  readonly minimum: string;
  readonly maximum: string;
  readonly unbounded: string;
  readonly unboundedHeader: readonly [string, string, string];
  /** Why a clause leaves a side unbounded: its bonus (the maximum) or malus (the minimum) has no cap. */
  uncapped(clause: string, side: 'min' | 'max', unit: KpiUnit | undefined, end: OpenEnd): string;

  readonly forecastName: string;
  forecastTitle(contract: string): string;
  forecastSubtitle(from: string, to: string, basis: ForecastBasis): string;
  readonly forecastHeader: readonly [string, string];
  /** The row of the forecast's months taken together. */
  readonly forecastTotal: string;
  readonly budgetAtRisk: string;
  readonly histogramHeader: readonly [string, string, string];
  readonly histogramChart: string;

  readonly comparisonName: string;
  comparisonTitle(contracts: readonly string[]): string;
  comparisonSubtitle(basis: ComparisonBasis): string;
  /** The difference over a forecast's whole range, simulation by simulation: its mean and percentiles. */
  forecastDifference(
    stats: { readonly p10: string; readonly p50: string; readonly p90: string },
    currency: string,
  ): string;
  /** The rows' header: periods or scenarios. */
  rowHeader(kind: ComparisonBasis['kind']): string;
  readonly lineKindHeader: string;
  readonly differenceHeader: string;
  /** A forecast comparison's table of the difference over all rows, simulation by simulation. */
  readonly spreadHeader: readonly [string, string];
}

const EN_UNITS: Readonly<Record<KpiUnit, string>> = {
  percent: 'percentages',
  minutes: 'minutes',
  hours: 'hours',
  count: 'counts',
  points: 'points',
  currency: 'amounts',
  score: 'scores',
};

const FR_UNITS: Readonly<Record<KpiUnit, string>> = {
  percent: 'pourcentages',
  minutes: 'minutes',
  hours: 'heures',
  count: 'nombres',
  points: 'points',
  currency: 'montants',
  score: 'scores',
};

const EN: ModelSheetTexts = {
  basis: (b) =>
    b.kind === 'period'
      ? `the actuals of ${formatPeriod(b.period, 'en')}`
      : `scenario "${b.scenario}"${b.sheet === undefined ? '' : ` of "${b.sheet}"`}`,
  lineKind: (kind) => (kind === 'vat' ? 'VAT' : batchLabels('en').kinds[kind]),
  subtotal: 'Subtotal',
  vat: 'VAT',
  total: 'Total',

  scenariosName: 'Scenarios',
  pricedScenariosName: 'Scenarios priced',
  prefilledNames: { worst: 'worst', expected: 'expected', best: 'best' },
  scenariosTitle: (contract) => `Scenarios — ${contract}`,
  scenariosPricedSubtitle:
    'Each scenario priced as one invoicing period by the invoice engine; values frozen.',
  scenariosLiveSubtitle:
    'Edit any value: Subtotal, VAT and Total are CONTRACTFEE formulas over the Contract sheet (the invoice engine), so Goal Seek and Data Tables work on them.',
  scenariosFrozenSubtitle:
    'Edit any value, then Reprice scenarios in the sidebar: the totals go on a new sheet (Google Sheets has no CONTRACTFEE).',
  scenarioHeader: 'Scenario',
  linesHeader: ['Line', 'Kind', 'Amount', 'Explanation'],

  curveName: (kpi) => `Curve ${kpi}`,
  curveTitle: (kpi) => `Fee curve — ${kpi}`,
  curveSubtitle: (contract, basis) => `${contract}; every other value held at ${EN.basis(basis)}.`,
  curveAmount: (kpi) => `${kpi} amount`,
  invoiceTotal: 'Invoice total',
  curveAmountChart: (kpi) => `${kpi}: its clauses' amount`,
  curveTotalChart: (kpi) => `${kpi}: invoice total`,

  exposureName: 'Exposure',
  exposureTitle: (contract) => `Exposure — ${contract}`,
  exposureSubtitle: (basis) =>
    `Every KPI value in its valid range, volumes and hours of ${EN.basis(basis)}; exact, not sampled.`,
  boundHeader: 'Bound',
  minimum: 'Minimum',
  maximum: 'Maximum',
  unbounded: 'unbounded',
  unboundedHeader: ['Clause', 'Side', 'Why'],
  uncapped: (clause, side, unit, end) =>
    `uncapped: the ${clause} ${side === 'max' ? 'bonus' : 'malus'} has no cap and ${unit ? EN_UNITS[unit] : 'values'} have no ${end} bound`,

  forecastName: 'Forecast',
  forecastTitle: (contract) => `Forecast — ${contract}`,
  forecastSubtitle: (from, to, { simulations, seed, draws }) =>
    `${formatPeriod(from, 'en')} to ${formatPeriod(to, 'en')}: ${counted('en', simulations, 'simulation', 'simulations')}, seed ${seed}; ${
      draws.kind === 'triangular'
        ? `triangular from the ${draws.rows.worst}, ${draws.rows.expected} and ${draws.rows.best} rows of "${draws.sheet}"`
        : draws.kind === 'declared'
          ? `declared: ${draws.names.join(', ')}${draws.rest ? '; the rest resampled from the actuals history' : ''}`
          : 'resampled from the actuals history'
    }.`,
  forecastHeader: ['Period', 'Mean'],
  forecastTotal: 'Total',
  budgetAtRisk: 'Budget at risk (P90 − mean)',
  histogramHeader: ['From', 'To', 'Simulations'],
  histogramChart: 'Total of the forecast: simulations per range',

  comparisonName: 'Comparison',
  comparisonTitle: (contracts) => `Comparison — ${contracts.join(' vs ')}`,
  comparisonSubtitle: (basis) =>
    basis.kind === 'forecast'
      ? `Means of ${counted('en', basis.simulations, 'simulation', 'simulations')}, seed ${basis.seed}, ${basis.declared.length > 0 ? `declared: ${declaredMeasures(basis.declared, (labels) => `not measured by ${labels}`)}; the rest ` : ''}resampled from the actuals of ${basis.source}: every contract priced on the same draws.`
      : basis.kind === 'actuals'
        ? `Priced on the actuals of ${basis.source}.`
        : `Priced on the scenarios of ${basis.source}, ${pricedAs(
            basis.pricedAs,
            (p) => `as the invoice of ${formatPeriod(p, 'en')}`,
            (each) => `each contract as its own invoice: ${each}`,
          )}.`,
  forecastDifference: ({ p10, p50, p90 }, currency) =>
    `Difference (last − first) over all rows, simulation by simulation: P10 ${p10}, P50 ${p50}, P90 ${p90} ${currency}`,
  rowHeader: (kind) => (kind === 'scenarios' ? 'Scenario' : 'Period'),
  lineKindHeader: 'Line kind',
  differenceHeader: 'Difference (last − first)',
  spreadHeader: ['Percentile', 'Difference over all rows, simulation by simulation'],
};

const FR: ModelSheetTexts = frenchTexts<ModelSheetTexts>({
  basis: (b) =>
    b.kind === 'period'
      ? fr`des réalisés ${frenchOf(b.period)}`
      : fr`du scénario « ${b.scenario} »${b.sheet === undefined ? '' : fr` de « ${b.sheet} »`}`,
  lineKind: (kind) => (kind === 'vat' ? 'TVA' : batchLabels('fr').kinds[kind]),
  subtotal: 'Total HT',
  vat: 'TVA',
  total: 'Total TTC',

  scenariosName: 'Scénarios',
  pricedScenariosName: 'Scénarios valorisés',
  prefilledNames: { worst: 'pire', expected: 'attendu', best: 'meilleur' },
  scenariosTitle: (contract) => fr`Scénarios — ${contract}`,
  scenariosPricedSubtitle:
    'Chaque scénario valorisé comme une période de facturation par le moteur de facturation ; valeurs figées.',
  scenariosLiveSubtitle:
    'Modifiez une valeur : Total HT, TVA et Total TTC sont des formules CONTRACTFEE sur la feuille Contrat (le moteur de facturation), la Valeur cible et les Tables de données fonctionnent donc sur eux.',
  scenariosFrozenSubtitle:
    'Modifiez une valeur, puis Revaloriser les scénarios dans le panneau latéral : les totaux vont sur une nouvelle feuille (Google Sheets n’a pas CONTRACTFEE).',
  scenarioHeader: 'Scénario',
  linesHeader: ['Ligne', 'Type', 'Montant', 'Explication'],

  curveName: (kpi) => fr`Courbe ${kpi}`,
  curveTitle: (kpi) => fr`Courbe d’honoraires — ${kpi}`,
  curveSubtitle: (contract, basis) =>
    fr`${contract} ; toutes les autres valeurs sont celles ${FR.basis(basis)}.`,
  curveAmount: (kpi) => fr`Montant ${kpi}`,
  invoiceTotal: 'Total de la facture',
  curveAmountChart: (kpi) => fr`${kpi} : montant de ses clauses`,
  curveTotalChart: (kpi) => fr`${kpi} : total de la facture`,

  exposureName: 'Exposition',
  exposureTitle: (contract) => fr`Exposition — ${contract}`,
  exposureSubtitle: (basis) =>
    fr`Toute valeur des KPI dans sa plage valide, volumes et heures ${FR.basis(basis)} ; exact, non échantillonné.`,
  boundHeader: 'Borne',
  minimum: 'Minimum',
  maximum: 'Maximum',
  unbounded: 'non borné',
  unboundedHeader: ['Clause', 'Côté', 'Pourquoi'],
  uncapped: (clause, side, unit, end) =>
    fr`sans plafond : le ${side === 'max' ? 'bonus' : 'malus'} de ${clause} n’a pas de plafond et les ${unit ? FR_UNITS[unit] : 'valeurs'} n’ont pas de borne ${end === 'upper' ? 'supérieure' : 'inférieure'}`,

  forecastName: 'Prévision',
  forecastTitle: (contract) => fr`Prévision — ${contract}`,
  forecastSubtitle: (from, to, { simulations, seed, draws }) =>
    fr`De ${formatPeriod(from, 'fr')} à ${formatPeriod(to, 'fr')} : ${counted('fr', simulations, 'simulation', 'simulations')}, graine ${seed} ; ${
      draws.kind === 'triangular'
        ? fr`tirages triangulaires entre les lignes ${draws.rows.worst}, ${draws.rows.expected} et ${draws.rows.best} de « ${draws.sheet} »`
        : draws.kind === 'declared'
          ? fr`lois déclarées : ${draws.names.join(', ')}${draws.rest ? fr` ; le reste rééchantillonné dans l’historique des réalisés` : ''}`
          : 'rééchantillonné dans l’historique des réalisés'
    }.`,
  forecastHeader: ['Période', 'Moyenne'],
  forecastTotal: 'Total',
  budgetAtRisk: 'Budget à risque (P90 − moyenne)',
  histogramHeader: ['De', 'À', 'Simulations'],
  histogramChart: 'Total de la prévision : simulations par tranche',

  comparisonName: 'Comparaison',
  comparisonTitle: (contracts) => fr`Comparaison — ${contracts.join(' contre ')}`,
  comparisonSubtitle: (basis) =>
    basis.kind === 'forecast'
      ? fr`Moyennes de ${counted('fr', basis.simulations, 'simulation', 'simulations')}, graine ${basis.seed}, ${basis.declared.length > 0 ? fr`tirées des lois déclarées pour ${declaredMeasures(basis.declared, (labels) => `non mesuré par ${labels}`)} et, pour le reste, ` : ''}rééchantillonnées dans les réalisés de « ${basis.source} » : chaque contrat valorisé sur les mêmes tirages.`
      : basis.kind === 'actuals'
        ? fr`Valorisé sur les réalisés de « ${basis.source} ».`
        : fr`Valorisé sur les scénarios de « ${basis.source} », ${pricedAs(
            basis.pricedAs,
            (p) => `comme la facture ${frenchOf(p)}`,
            (each) => fr`chaque contrat comme sa propre facture : ${each}`,
          )}.`,
  forecastDifference: ({ p10, p50, p90 }, currency) =>
    fr`Écart (dernier − premier) sur toutes les lignes, simulation par simulation : P10 ${p10}, P50 ${p50}, P90 ${p90} ${currency}`,
  rowHeader: (kind) => (kind === 'scenarios' ? 'Scénario' : 'Période'),
  lineKindHeader: 'Type de ligne',
  differenceHeader: 'Écart (dernier − premier)',
  spreadHeader: ['Centile', 'Écart sur toutes les lignes, simulation par simulation'],
});

const TEXTS: Readonly<Record<Language, ModelSheetTexts>> = { en: EN, fr: FR };

/** The modelling sheets' texts in `lang`. */
export function modelSheetTexts(lang: Language): ModelSheetTexts {
  return TEXTS[lang];
}

/** Every language's header of the scenario names' column, for a reader of a sheet made in any of them. */
export const SCENARIO_HEADERS: readonly string[] = [EN.scenarioHeader, FR.scenarioHeader];

/** Every language's headers of the totals columns, which a reader of a Scenarios sheet skips. */
export const TOTAL_HEADERS: readonly string[] = [EN, FR].flatMap((t) => [t.subtotal, t.vat, t.total]);
