/** Labels of the Summary, Portfolio and Performance sheets, in English and French. */
import type { Language } from '../contract/types';
import type { LineKind } from '../invoice/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatPeriod, frenchOf } from './periodFormat';
import { counted } from './plural';

export interface BatchLabels {
  readonly summarySheet: string;
  readonly summaryTitle: (contract: string, from: string, to: string) => string;
  readonly portfolioSheet: string;
  readonly portfolioTitle: (contracts: number, invoices: number) => string;
  readonly period: string;
  readonly invoice: string;
  readonly contract: string;
  readonly contractName: string;
  readonly currency: string;
  readonly subtotal: string;
  readonly vat: string;
  readonly total: string;
  readonly rangeTotal: string;
  readonly totalIn: (currency: string) => string;
  readonly kinds: Readonly<Record<Exclude<LineKind, 'vat'>, string>>;
  readonly note: string;
  readonly performance: PerformanceLabels;
  /** Problems of a range of periods asked for (`--period 2026-01..2026-12`, the pane's range). */
  readonly range: RangeProblems;
  /** Problems of a portfolio's actuals file, whose Contract column names each row's contract. */
  readonly portfolioActuals: PortfolioActualsProblems;
}

/** Problems of a portfolio's actuals file (`line`: the file's line number). */
export interface PortfolioActualsProblems {
  noContractColumn(file: string): string;
  contractCellEmpty(file: string, line: number): string;
  /** `line`: the first of the `rows` rows naming `id`; `ids`: the contracts given. */
  unknownContract(file: string, line: number, id: string, ids: readonly string[], rows: number): string;
  noRowFor(file: string, id: string): string;
}

/** The contracts given, the first five and their number when they are many: a portfolio gives a thousand. */
function givenIds(lang: Language, ids: readonly string[]): string {
  if (ids.length <= 8) return ids.join(', ');
  const count =
    lang === 'fr'
      ? counted(lang, ids.length, 'contrat', 'contrats')
      : counted(lang, ids.length, 'contract', 'contracts');
  return `${ids.slice(0, 5).join(', ')}, … ${count}`;
}

/** Problems of a range of periods. */
export interface RangeProblems {
  endsBeforeStart(from: string, to: string): string;
  /** A range that holds part of an invoicing period (`name`: `2026-Q4`, its months `first`..`last`). */
  cutsPeriod(from: string, to: string, name: string, months: string, contract: string): string;
}

/** Labels of the Performance sheet. */
export interface PerformanceLabels {
  readonly sheet: string;
  readonly title: (contract: string, from: string, to: string) => string;
  readonly columns: readonly [string, string, string, string, string, string, string, string];
  readonly status: Readonly<Record<'met' | 'missed' | 'neutral', string>>;
  readonly missesTitle: string;
  readonly missesColumns: readonly [string, string, string, string];
  readonly achievementTitle: string;
  readonly achievementColumns: readonly [string, string, string];
  readonly chartTitle: (kpi: string) => string;
  readonly note: string;
  /** Below the note when the invoices capped the KPIs' amounts: what the cap rows of the misses table are. */
  readonly capsNote: string;
}

const EN: BatchLabels = {
  summarySheet: 'Summary',
  summaryTitle: (contract, from, to) =>
    `Summary — ${contract}, ${formatPeriod(from, 'en')} to ${formatPeriod(to, 'en')}`,
  portfolioSheet: 'Portfolio',
  portfolioTitle: (contracts, invoices) =>
    `Portfolio — ${counted('en', contracts, 'contract', 'contracts')}, ${counted('en', invoices, 'invoice', 'invoices')}`,
  period: 'Period',
  invoice: 'Invoice',
  contract: 'Contract',
  contractName: 'Contract name',
  currency: 'Currency',
  subtotal: 'Subtotal excl. VAT',
  vat: 'VAT',
  total: 'Total incl. VAT',
  rangeTotal: 'Total of the range',
  totalIn: (currency) => `Total ${currency}`,
  kinds: {
    fixed: 'Fixed fees',
    hourly: 'Hourly fees',
    volume: 'Volume fees',
    minimum: 'Minimum top-ups',
    'kpi-fee': 'KPI fees',
    'kpi-adjustment': 'KPI bonuses and maluses',
    'bonus-cap': 'Bonus caps',
    'malus-cap': 'Malus caps',
    'sla-credit': 'Service-level credits',
    'sla-cap': 'Credit caps',
    earnback: 'Earnbacks',
  },
  note: 'Amounts are those of the invoices of this workbook; subtotals and totals are SUM formulas.',
  portfolioActuals: {
    noContractColumn: (file) => `${file}: no Contract column to tell the contracts' rows apart`,
    contractCellEmpty: (file, line) => `${file} line ${line}: the Contract cell is empty`,
    unknownContract: (file, line, id, ids, rows) =>
      `${file} line ${line}: contract "${id}" is none of those given (${givenIds('en', ids)})${
        rows > 1 ? `; ${rows - 1} more ${rows > 2 ? 'rows name' : 'row names'} it` : ''
      }`,
    noRowFor: (file, id) => `${file}: no row for contract ${id}`,
  },
  range: {
    endsBeforeStart: (from, to) => `the range ${from}..${to} ends before it starts`,
    cutsPeriod: (from, to, name, months, contract) =>
      `the range ${from}..${to} cuts the invoicing period ${name} (${months}) of ${contract}: a range holds whole invoicing periods`,
  },
  performance: {
    sheet: 'Performance',
    title: (contract, from, to) =>
      `Performance review — ${contract}, ${formatPeriod(from, 'en')} to ${formatPeriod(to, 'en')}`,
    columns: [
      'KPI',
      'Invoice',
      'Month measured',
      'Actual',
      'Level applied',
      'Outcome',
      'Met or missed',
      'Amount',
    ],
    status: { met: 'met', missed: 'missed', neutral: 'neutral' },
    missesTitle: 'Misses per KPI',
    missesColumns: ['KPI', 'Times evaluated', 'Misses', 'Amount over the range'],
    achievementTitle: 'Weighted achievement (SCORECARD)',
    achievementColumns: ['Period', 'Invoice', 'Weighted achievement'],
    chartTitle: (kpi) => `${kpi}: actual against the level applied`,
    note: "Every figure is read from the invoices (lines and KPI evidence). A KPI scores 1 when met or neutral, 0 when missed, its achievement ratio (at most 1) when scored; weights are the contract's, equal when it gives none.",
    capsNote:
      "KPI amounts are each clause's on its invoice, before the invoice's caps: the rows under the misses per KPI give what the caps and earnbacks changed over the range.",
  },
};

const FR = frenchTexts<BatchLabels>({
  summarySheet: 'Synthèse',
  summaryTitle: (contract, from, to) =>
    fr`Synthèse — ${contract}, ${frenchOf(from)} à ${formatPeriod(to, 'fr')}`,
  portfolioSheet: 'Portefeuille',
  portfolioTitle: (contracts, invoices) =>
    fr`Portefeuille — ${counted('fr', contracts, 'contrat', 'contrats')}, ${counted('fr', invoices, 'facture', 'factures')}`,
  period: 'Période',
  invoice: 'Facture',
  contract: 'Contrat',
  contractName: 'Nom du contrat',
  currency: 'Devise',
  subtotal: 'Total HT',
  vat: 'TVA',
  total: 'Total TTC',
  rangeTotal: 'Total de la période',
  totalIn: (currency) => fr`Total ${currency}`,
  kinds: {
    fixed: 'Forfaits',
    hourly: 'Honoraires horaires',
    volume: 'Rémunération au volume',
    minimum: 'Compléments de minimum',
    'kpi-fee': 'Rémunération sur KPI',
    'kpi-adjustment': 'Bonus et malus KPI',
    'bonus-cap': 'Plafonds de bonus',
    'malus-cap': 'Plafonds de malus',
    'sla-credit': 'Pénalités de niveau de service',
    'sla-cap': 'Plafonds de pénalités',
    earnback: 'Restitutions de pénalités',
  },
  note: 'Montants des factures de ce classeur ; les totaux sont des formules SOMME.',
  portfolioActuals: {
    noContractColumn: (file) =>
      fr`${file} : pas de colonne Contrat pour distinguer les lignes de chaque contrat`,
    contractCellEmpty: (file, line) => fr`${file}, ligne ${line} : la cellule Contrat est vide`,
    unknownContract: (file, line, id, ids, rows) =>
      fr`${file}, ligne ${line} : le contrat « ${id} » n’est aucun de ceux donnés (${givenIds('fr', ids)})${
        rows > 1
          ? fr` ; ${rows > 2 ? `${rows - 1} autres lignes le nomment` : 'une autre ligne le nomme'}`
          : ''
      }`,
    noRowFor: (file, id) => fr`${file} : aucune ligne pour le contrat ${id}`,
  },
  range: {
    endsBeforeStart: (from, to) => fr`la plage ${from}..${to} finit avant de commencer`,
    cutsPeriod: (from, to, name, months, contract) =>
      fr`la plage ${from}..${to} coupe la période de facturation ${name} (${months}) de ${contract} : une plage contient des périodes de facturation entières`,
  },
  performance: {
    sheet: 'Performance',
    title: (contract, from, to) =>
      fr`Revue de performance — ${contract}, ${frenchOf(from)} à ${formatPeriod(to, 'fr')}`,
    columns: [
      'KPI',
      'Facture',
      'Mois mesuré',
      'Réalisé',
      'Niveau appliqué',
      'Résultat',
      'Atteint ou manqué',
      'Montant',
    ],
    status: { met: 'atteint', missed: 'manqué', neutral: 'neutre' },
    missesTitle: 'Manquements par KPI',
    missesColumns: ['KPI', 'Évaluations', 'Manquements', 'Montant sur la période'],
    achievementTitle: 'Performance pondérée (SCORECARD)',
    achievementColumns: ['Période', 'Facture', 'Performance pondérée'],
    chartTitle: (kpi) => fr`${kpi} : réalisé et niveau appliqué`,
    note: 'Chaque chiffre provient des factures (lignes et justificatifs KPI). Un KPI vaut 1 atteint ou neutre, 0 manqué, son ratio de réalisation (au plus 1) quand il est noté ; pondérations du contrat, égales à défaut.',
    capsNote:
      'Les montants des KPI sont ceux de chaque clause sur sa facture, avant les plafonds de la facture : les lignes sous les manquements par KPI donnent ce que les plafonds et les restitutions ont changé sur la période.',
  },
});

export function batchLabels(lang: Language): BatchLabels {
  return lang === 'fr' ? FR : EN;
}
