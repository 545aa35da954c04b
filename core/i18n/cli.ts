/**
 * Texts of the command line once it knows the contract's language: what it wrote, its terminal tables and
 * notes, and the problems it finds in what it was given beyond the core's own (an option's KPI value, a
 * scenario not in the file, a range of periods). A French contract's user reads them in French; the
 * options themselves (`--period`, `--kpi`) are the command's syntax and keep their names.
 */
import type { Language } from '../contract/types';
import { dec } from '../money';
import { fr, frenchTexts } from './frenchTypography';
import { formatNumber } from './numberFormat';

export interface CliTexts {
  /** `Wrote out.xlsx: invoice …`; without `what`, the file alone. */
  wrote(file: string, what?: string): string;
  invoiceWritten(number: string, total: string): string;
  /** Where a workbook's contract or actuals were read: `demo.xlsx (sheet Contract)`. */
  sheetSource(file: string, sheet: string): string;
  contractRows(file: string, contract: string): string;
  /** `check`: the inputs read, then their problems' count or none. */
  bothSources(contract: string, actuals: string): string;
  problemsIn(count: number, read: string): string;
  /** `from` and `to`: the first and last periods there are actuals to invoice, if any. */
  noProblems(read: string, from?: string, to?: string): string;
  invoiceProblem(period: string, problem: string): string;
  /** One line for the repeats of a problem past those printed: how many more, and where (cell ranges). */
  sameProblem(more: number, problem: string, places: string): string;
  /** A note of problems in months an invoice does not read; `period` names the invoice. */
  elsewhere(count: number, first: string, period?: string): string;
  /** A KPI value given as an option, outside its valid range. */
  optionOutside(option: string, value: string, kpi: string, problem: string): string;
  unknownKpi(kpi: string, known: readonly string[]): string;
  noScenarioInFile(file: string): string;
  scenarioNotFound(scenario: string, file: string, names: readonly string[]): string;
  inScenario(scenario: string, problem: string): string;
  /** A modelling base: `the actuals of 2026-10`, `scenario "best"`. */
  actualsOf(period: string): string;
  scenarioLabel(scenario: string): string;
  // What the modelling commands wrote.
  curveWritten(kpi: string, points: number): string;
  exposureWritten(base: string): string;
  scenariosWritten(count: number, period: string): string;
  forecastWritten(from: string, to: string, about: string): string;
  comparisonWritten(labels: readonly string[], rows: number): string;
  reviewWritten(kpis: number, invoices: number, misses: number): string;
  // The terminal tables.
  readonly curveColumns: readonly [amount: string, caps: string, breakpoint: string];
  total(currency: string): string;
  readonly scenariosColumns: readonly [scenario: string, subtotal: string, vat: string];
  pricedAs(period: string, about: string): string;
  readonly firstClosingPeriod: string;
  readonly noEarlierMonths: string;
  otherMonthsFrom(file: string): string;
  notDue(scenario: string, kpis: readonly string[], period: string): string;
  readonly exposureColumns: readonly [exposure: string, subtotal: string];
  readonly unbounded: string;
  readonly exposureSides: { readonly min: string; readonly max: string };
  unboundedSide(side: string, reason: string): string;
  readonly exposureLineColumns: readonly [line: string, atMin: string, atMax: string];
  readonly period: string;
  mean(currency: string): string;
  readonly totalRow: string;
  budgetAtRisk(amount: string, currency: string): string;
  forecastAbout(simulations: number, seed: number, declared: readonly string[]): string;
  readonly hours: string;
  readonly compareRow: string;
  readonly compareKinds: string;
  difference(currency: string): string;
  readonly noCommonPeriod: string;
  currenciesDiffer(currencies: readonly string[]): string;
  readonly noKpiToReview: string;
  /** `reconcile`'s heading and summary on the terminal. */
  reconciliationHeading(supplier: string, invoice: string, currency: string, tolerance: string): string;
  withMapping(heading: string, mapping: string): string;
  reconciliationSummary(differences: number): string;
  /** `demo`: each invoice's total. */
  demoTotal(number: string, total: string): string;
  demoSheets(sheets: readonly string[]): string;
  correctionWritten(
    kind: 'credit' | 'debit' | 'none',
    number: string,
    corrects: string,
    total: string,
  ): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const EN: CliTexts = {
  wrote: (file, what) => (what === undefined ? `Wrote ${file}` : `Wrote ${file}: ${what}`),
  invoiceWritten: (number, total) => `invoice ${number}, total ${total}`,
  sheetSource: (file, sheet) => `${file} (sheet ${sheet})`,
  contractRows: (file, contract) => `${file} (rows of contract ${contract})`,
  bothSources: (contract, actuals) => `${contract} and ${actuals}`,
  problemsIn: (count, read) => `${count} problem${count > 1 ? 's' : ''} in ${read}`,
  noProblems: (read, from, to) => `No problems in ${read}${from ? `; invoice periods ${from} to ${to}` : ''}`,
  invoiceProblem: (period, problem) => `invoice ${period}: ${problem}`,
  sameProblem: (more, problem, places) =>
    `… and ${formatNumber(dec(more), 'en')} more with the same problem ("${problem}"): ${places}`,
  elsewhere: (count, first, period) =>
    period === undefined
      ? `note: ${count} problem${count > 1 ? 's' : ''} in months this invoice does not read (first: ${first}); outcome-fees check lists them`
      : `note: ${count} problem(s) in months invoice ${period} does not read (first: ${first}); outcome-fees check lists them`,
  optionOutside: (option, value, kpi, problem) => `--${option} ${value}: ${kpi}: ${problem}`,
  unknownKpi: (kpi, known) => `unknown KPI "${kpi}"; the contract has: ${known.join(', ')}`,
  noScenarioInFile: (file) => `${file}: no scenario in the file`,
  scenarioNotFound: (scenario, file, names) =>
    `no scenario "${scenario}" in ${file} (it has: ${names.join(', ')})`,
  inScenario: (scenario, problem) => `scenario "${scenario}": ${problem}`,
  actualsOf: (period) => `the actuals of ${period}`,
  scenarioLabel: (scenario) => `scenario "${scenario}"`,
  curveWritten: (kpi, points) => `fee curve of ${kpi}, ${points} points`,
  exposureWritten: (base) => `exposure at ${base}`,
  scenariosWritten: (count, period) => `${count} scenarios priced as the invoice of ${period}`,
  forecastWritten: (from, to, about) => `forecast ${from} to ${to}, ${about}`,
  comparisonWritten: (labels, rows) => `${labels.join(' vs ')}, ${rows} rows`,
  reviewWritten: (kpis, invoices, misses) =>
    `${kpis} KPI${kpis === 1 ? '' : 's'} over ${invoices} invoices, ${misses} miss${misses === 1 ? '' : 'es'}`,
  curveColumns: ['Amount', 'Caps', 'Breakpoint'],
  total: (currency) => `Total ${currency}`,
  scenariosColumns: ['Scenario', 'Subtotal', 'VAT'],
  pricedAs: (period, about) => `Priced as the invoice of ${period} (${about}).`,
  firstClosingPeriod: "the first period that closes every KPI's evaluation period, with no earlier months",
  noEarlierMonths: 'with no earlier months',
  otherMonthsFrom: (file) => `the other months from ${file}`,
  notDue: (scenario, kpis, period) =>
    `note: scenario "${scenario}": ${kpis.join(', ')} not due on the ${period} invoice, so not priced (--period a month it is due in)`,
  exposureColumns: ['Exposure', 'Subtotal'],
  unbounded: 'unbounded',
  exposureSides: { min: 'min', max: 'max' },
  unboundedSide: (side, reason) => `${side}: ${reason}`,
  exposureLineColumns: ['Line', 'At the minimum', 'At the maximum'],
  period: 'Period',
  mean: (currency) => `Mean ${currency}`,
  totalRow: 'Total',
  budgetAtRisk: (amount, currency) => `Budget at risk (P90 − mean): ${amount} ${currency}`,
  forecastAbout: (simulations, seed, declared) =>
    `${simulations} simulations, seed ${seed}; ${
      declared.length > 0 ? `declared: ${declared.join(', ')}; the rest ` : ''
    }resampled from the actuals history.`,
  hours: 'hours',
  compareRow: 'Row',
  compareKinds: 'Line kind (all rows)',
  difference: (currency) => `Difference ${currency}`,
  noCommonPeriod: 'the contracts have no invoicing period of the actuals in common',
  currenciesDiffer: (currencies) =>
    `the contracts are in different currencies (${currencies.join(', ')}): their totals do not compare`,
  noKpiToReview: 'the contract has no KPI to review',
  reconciliationHeading: (supplier, invoice, currency, tolerance) =>
    `Reconciliation of ${supplier} with invoice ${invoice} (${currency}, tolerance ${tolerance})`,
  withMapping: (heading, mapping) => `${heading}, mapping ${mapping}`,
  reconciliationSummary: (differences) =>
    differences === 0 ? 'Every line matches.' : `${plural(differences, 'difference', 'differences')}.`,
  demoTotal: (number, total) => `  ${number}: total ${total} (VAT included)`,
  demoSheets: (sheets) => `  sheets: ${sheets.join(', ')}`,
  correctionWritten: (kind, number, corrects, total) =>
    `${{ credit: 'credit note', debit: 'debit note', none: 'correction (nothing to pay back or due)' }[kind]} ${number} correcting ${corrects}, total ${total}`,
};

const FR: CliTexts = frenchTexts<CliTexts>({
  wrote: (file, what) => (what === undefined ? fr`Écrit ${file}` : fr`Écrit ${file} : ${what}`),
  invoiceWritten: (number, total) => fr`facture ${number}, total ${total}`,
  sheetSource: (file, sheet) => fr`${file} (feuille ${sheet})`,
  contractRows: (file, contract) => fr`${file} (lignes du contrat ${contract})`,
  bothSources: (contract, actuals) => fr`${contract} et ${actuals}`,
  problemsIn: (count, read) => fr`${count} problème${count > 1 ? 's' : ''} dans ${read}`,
  noProblems: (read, from, to) =>
    from
      ? fr`Aucun problème dans ${read} ; périodes facturables de ${from} à ${to}`
      : fr`Aucun problème dans ${read}`,
  invoiceProblem: (period, problem) => fr`facture ${period} : ${problem}`,
  sameProblem: (more, problem, places) =>
    fr`… et ${formatNumber(dec(more), 'fr')} autres avec le même problème (« ${problem} ») : ${places}`,
  elsewhere: (count, first, period) =>
    fr`remarque : ${count} problème${count > 1 ? 's' : ''} dans des mois que ${period === undefined ? 'cette facture' : fr`la facture ${period}`} ne lit pas (premier : ${first}) ; outcome-fees check les liste`,
  optionOutside: (option, value, kpi, problem) => fr`--${option} ${value} : ${kpi} : ${problem}`,
  unknownKpi: (kpi, known) => fr`indicateur inconnu « ${kpi} » ; le contrat a : ${known.join(', ')}`,
  noScenarioInFile: (file) => fr`${file} : aucun scénario dans le fichier`,
  scenarioNotFound: (scenario, file, names) =>
    fr`pas de scénario « ${scenario} » dans ${file} (il a : ${names.join(', ')})`,
  inScenario: (scenario, problem) => fr`scénario « ${scenario} » : ${problem}`,
  actualsOf: (period) => fr`le réalisé de ${period}`,
  scenarioLabel: (scenario) => fr`le scénario « ${scenario} »`,
  curveWritten: (kpi, points) => fr`courbe d'honoraires de ${kpi}, ${points} points`,
  exposureWritten: (base) => fr`exposition pour ${base}`,
  scenariosWritten: (count, period) =>
    fr`${count} scénario${count > 1 ? 's' : ''} chiffré${count > 1 ? 's' : ''} comme la facture de ${period}`,
  forecastWritten: (from, to, about) => fr`prévision de ${from} à ${to}, ${about}`,
  comparisonWritten: (labels, rows) => fr`${labels.join(' contre ')}, ${rows} ligne${rows > 1 ? 's' : ''}`,
  reviewWritten: (kpis, invoices, misses) =>
    fr`${kpis} indicateur${kpis > 1 ? 's' : ''} sur ${invoices} facture${invoices > 1 ? 's' : ''}, ${misses} manqué${misses > 1 ? 's' : ''}`,
  curveColumns: ['Montant', 'Plafonds', 'Point de rupture'],
  total: (currency) => fr`Total ${currency}`,
  scenariosColumns: ['Scénario', 'Sous-total', 'TVA'],
  pricedAs: (period, about) => fr`Chiffré comme la facture de ${period} (${about}).`,
  firstClosingPeriod:
    "la première période qui clôt la période d'évaluation de chaque indicateur, sans mois antérieurs",
  noEarlierMonths: 'sans mois antérieurs',
  otherMonthsFrom: (file) => fr`les autres mois de ${file}`,
  notDue: (scenario, kpis, period) =>
    fr`remarque : scénario « ${scenario} » : ${kpis.join(', ')} non dû sur la facture de ${period}, donc non chiffré (--period un mois où il est dû)`,
  exposureColumns: ['Exposition', 'Sous-total'],
  unbounded: 'sans borne',
  exposureSides: { min: 'min', max: 'max' },
  unboundedSide: (side, reason) => fr`${side} : ${reason}`,
  exposureLineColumns: ['Ligne', 'Au minimum', 'Au maximum'],
  period: 'Période',
  mean: (currency) => fr`Moyenne ${currency}`,
  totalRow: 'Total',
  budgetAtRisk: (amount, currency) => fr`Budget à risque (P90 − moyenne) : ${amount} ${currency}`,
  forecastAbout: (simulations, seed, declared) =>
    declared.length > 0
      ? fr`${simulations} simulations, graine ${seed} ; déclarés : ${declared.join(', ')} ; le reste rééchantillonné sur l'historique du réalisé.`
      : fr`${simulations} simulations, graine ${seed} ; rééchantillonnées sur l'historique du réalisé.`,
  hours: 'heures',
  compareRow: 'Ligne',
  compareKinds: 'Type de ligne (toutes les lignes)',
  difference: (currency) => fr`Écart ${currency}`,
  noCommonPeriod: "les contrats n'ont aucune période de facturation du réalisé en commun",
  currenciesDiffer: (currencies) =>
    fr`les contrats sont dans des devises différentes (${currencies.join(', ')}) : leurs totaux ne se comparent pas`,
  noKpiToReview: "le contrat n'a aucun indicateur à passer en revue",
  reconciliationHeading: (supplier, invoice, currency, tolerance) =>
    fr`Rapprochement de ${supplier} avec la facture ${invoice} (${currency}, tolérance ${tolerance})`,
  withMapping: (heading, mapping) => fr`${heading}, correspondance ${mapping}`,
  reconciliationSummary: (differences) =>
    differences === 0 ? 'Toutes les lignes concordent.' : fr`${plural(differences, 'écart', 'écarts')}.`,
  demoTotal: (number, total) => fr`  ${number} : total ${total} (TVA comprise)`,
  demoSheets: (sheets) => fr`  feuilles : ${sheets.join(', ')}`,
  correctionWritten: (kind, number, corrects, total) =>
    fr`${{ credit: 'avoir', debit: 'facture rectificative', none: 'correction (rien à rembourser ni à payer)' }[kind]} ${number} corrigeant ${corrects}, total ${total}`,
});

/** The command line's texts in `lang`. */
export function cliTexts(lang: Language): CliTexts {
  return lang === 'fr' ? FR : EN;
}
