/**
 * Problems of the modelling engine (fee curves, forecasts, declared distributions), in English and French,
 * said in the contract's language as the invoice engine's are: the pane and the command line pass them on
 * beside the engine's own. KPI, volume and period names arrive as data.
 */
import type { Language } from '../contract/types';
import { dec, type Dec } from '../money';
import { fr, frenchTexts, joinList } from './frenchTypography';
import { formatNumber } from './numberFormat';
import { formatCount } from './digitGroups';
import { counted } from './plural';

export type MeasureKind = 'hours' | 'volume' | 'kpi' | 'index';

export interface ModelProblemTexts {
  unknownKpi(name: string, known: string): string;
  /**
   * A KPI or a volume of a file compared across contracts that none of them has, with each contract's
   * names (`label` as the comparison names the contract).
   */
  unknownToEvery(
    kind: 'kpi' | 'volume',
    name: string,
    known: readonly { readonly label: string; readonly names: readonly string[] }[],
  ): string;
  /** `asScenario`: the invoice a stand-alone scenario is priced as, not one the user chose. */
  notDue(kpi: string, period: string, asScenario: boolean): string;
  /** A problem of some values of a curve only, naming the first few. */
  atValues(kpi: string, shown: readonly string[], more: number, problem: string): string;
  fromAfterTo(from: string, to: string): string;
  readonly simulations: string;
  noPeriod(from: string, to: string): string;
  measure(kind: MeasureKind, name: string): string;
  /** A problem of one measure's declared distribution. */
  ofMeasure(measure: string, problem: string): string;
  notInContract(measure: string): string;
  noHistory(measure: string): string;
  inSimulation(simulation: number, period: string, problems: readonly string[]): string;
  /** A forecast starting after a gap in the actuals, whose invoices read the months of the gap. */
  startAfterHistory(last: string, next: string): string;
  /** Contracts forecast together evaluate one KPI over different periods: one draw cannot serve both. */
  drawnDifferently(measure: string, first: string, other: string): string;
  /** The engine's problems at the KPI values (`FCR = 0.7`) an exposure tried. */
  refusedAt(values: string, problems: readonly string[]): string;
  /** The exposure's search would price more combinations of KPI values than it allows: its premise failed. */
  tooManyCombinations(count: number, limit: number): string;
  /** The exposure's search found no combination of KPI values to price. */
  readonly noCombination: string;
  /** A lower-is-better achievement share that should fall to 0 as its KPI grows did not. */
  shareNotZero(kpi: string): string;
  /** A bonus or malus that grows with its KPI did not reach the contract's cap on it. */
  capNotReached(kpi: string, side: 'bonus' | 'malus'): string;
  readonly likelyBetween: string;
  readonly levelOutside: string;
  readonly sdNegative: string;
  readonly meanOutside: string;
  readonly noMass: string;
  /** A count's triangular levels hold no whole number (`pessimistic`, `optimistic` as the levels are). */
  noWholeBetween(pessimistic: Dec, optimistic: Dec): string;
  /** A count's normal distribution collapsed (a standard deviation of 0) on a fraction. */
  meanNotWhole(mean: Dec): string;
  /**
   * Contracts whose invoicing periods do not nest (each of `ids` invoicing at `frequencies[i]`, the sheet's
   * word, from `firsts[i]`): no period of one is made of whole periods of another.
   */
  periodsUnaligned(ids: readonly string[], frequencies: readonly string[], firsts: readonly string[]): string;
  /** Scenarios compared across contracts invoicing at different frequencies. */
  scenarioFrequencies(ids: readonly string[], frequencies: readonly string[]): string;
  /** A span of `invoices` invoices typed where `command` prices one: one of its months, `first` to `last`. */
  oneInvoice(
    name: string,
    contract: string,
    invoices: number,
    command: string,
    first: string,
    last: string,
  ): string;
  /** A span of `invoices` invoices typed as a forecast's end (`option`): the month it stands for, `month`. */
  forecastEnd(option: string, name: string, contract: string, invoices: number, month: string): string;
  /** A scenario priced with no period, on a contract ending before `month`, where every KPI closes. */
  endsBeforeScenarios(month: string): string;
}

/** `bpo (monthly from 2026-01), proposal (quarterly from 2026-02)`, with the word for "from". */
function contractsList(
  ids: readonly string[],
  frequencies: readonly string[],
  from?: [string, readonly string[]],
) {
  return ids.map((id, i) => `${id} (${frequencies[i]}${from ? ` ${from[0]} ${from[1][i]}` : ''})`).join(', ');
}

const EN: ModelProblemTexts = {
  unknownKpi: (name, known) =>
    `unknown KPI ${JSON.stringify(name)}; ${known ? `the contract has: ${known}` : 'the contract has no KPI'}`,
  unknownToEvery: (kind, name, known) =>
    `unknown ${kind === 'kpi' ? 'KPI' : 'volume'} ${JSON.stringify(name)}, in none of the contracts compared (${joinList(
      'en',
      known.map((k) => `${k.label}: ${k.names.join(', ') || 'none'}`),
    )})`,
  notDue: (kpi, period, asScenario) =>
    `${kpi} is not due on the ${period} invoice${asScenario ? ' a scenario is priced as' : ''}: it gives no line at any value`,
  atValues: (kpi, shown, more, problem) =>
    `${kpi} = ${shown.join(', ')}${more > 0 ? ` and ${formatCount('en', more)} more` : ''}: ${problem}`,
  fromAfterTo: (from, to) => `--from ${from} is after --to ${to}`,
  simulations: 'the number of simulations must be a whole number ≥ 1',
  noPeriod: (from, to) => `no invoicing period of the contract starts between ${from} and ${to}`,
  measure: (kind, name) => (kind === 'hours' ? 'hours' : kind === 'kpi' ? `KPI ${name}` : `${kind} ${name}`),
  ofMeasure: (measure, problem) => `${measure}: ${problem}`,
  notInContract: (measure) => `${measure}: not in the contract`,
  noHistory: (measure) => `${measure}: no value in the actuals history and no declared distribution`,
  inSimulation: (simulation, period, problems) =>
    `simulation ${simulation}, ${period}: ${joinList('en', problems)}`,
  startAfterHistory: (last, next) =>
    `the actuals end at ${last}: start the forecast at ${next}, so that the months its invoices read are simulated too`,
  drawnDifferently: (measure, first, other) =>
    `${measure} is evaluated over other months by ${other} than by ${first}: a forecast compared draws one value of it for both, so the contracts cannot be compared on a forecast`,
  refusedAt: (values, problems) => `${values}: ${joinList('en', problems)}`,
  tooManyCombinations: (count, limit) =>
    `exposure: ${formatNumber(dec(count), 'en')} combinations of KPI values to compare, more than the ${formatNumber(dec(limit), 'en')} it compares`,
  noCombination: 'exposure: no combination of KPI values to price',
  shareNotZero: (kpi) => `exposure: the ${kpi} share did not fall to 0`,
  capNotReached: (kpi, side) => `exposure: the cap on the ${kpi} ${side} was not reached`,
  likelyBetween: 'the likely value must lie between pessimistic and optimistic',
  levelOutside: 'a level lies outside the valid range',
  sdNegative: 'the standard deviation must be ≥ 0',
  meanOutside: 'the mean lies outside the valid range',
  noMass: 'normal distribution with almost no mass in its valid range',
  noWholeBetween: (pessimistic, optimistic) =>
    `a count comes whole, and no whole number lies between pessimistic ${formatNumber(pessimistic, 'en')} and optimistic ${formatNumber(optimistic, 'en')}`,
  meanNotWhole: (mean) =>
    `a count comes whole, and the mean ${formatNumber(mean, 'en')} with a standard deviation of 0 is no whole number`,
  periodsUnaligned: (ids, frequencies, firsts) =>
    `the contracts' invoicing periods do not line up (${contractsList(ids, frequencies, ['from', firsts])}): no period of one is made of whole periods of another, so their invoices do not compare`,
  scenarioFrequencies: (ids, frequencies) =>
    `the contracts invoice at different frequencies (${contractsList(ids, frequencies)}): a scenario is the values of one invoicing period, a month for one and more for another, so they do not compare on scenarios; compare them on actuals, where each one's invoices over the same months are added up`,
  oneInvoice: (name, contract, invoices, command, first, last) =>
    `${name} is ${counted('en', invoices, 'invoice', 'invoices')} of contract ${contract}, and ${command} prices one: type one of its months, ${first} to ${last}`,
  forecastEnd: (option, name, contract, invoices, month) =>
    `${option} ${name} is ${counted('en', invoices, 'invoice', 'invoices')} of contract ${contract}, and ${option} takes a month: type ${option} ${month}`,
  endsBeforeScenarios: (month) =>
    `the contract ends before ${month}, the first month that closes every KPI's evaluation period`,
};

const FR: ModelProblemTexts = frenchTexts<ModelProblemTexts>({
  unknownKpi: (name, known) =>
    known
      ? fr`indicateur inconnu « ${name} » ; le contrat a : ${known}`
      : fr`indicateur inconnu « ${name} » ; le contrat n’a aucun indicateur`,
  unknownToEvery: (kind, name, known) =>
    fr`${kind === 'kpi' ? 'indicateur inconnu' : 'volume inconnu'} « ${name} », dans aucun des contrats comparés (${joinList(
      'fr',
      known.map((k) => fr`${k.label} : ${k.names.join(', ') || 'aucun'}`),
    )})`,
  notDue: (kpi, period, asScenario) =>
    fr`${kpi} n’est pas dû sur la facture de ${period}${
      asScenario ? ' sur laquelle un scénario est valorisé' : ''
    } : il ne donne de ligne à aucune valeur`,
  atValues: (kpi, shown, more, problem) =>
    fr`${kpi} = ${shown.join(', ')}${more > 0 ? ` et ${formatCount('fr', more)} autres` : ''} : ${problem}`,
  fromAfterTo: (from, to) => `--from ${from} est après --to ${to}`,
  simulations: 'le nombre de simulations doit être un nombre entier ≥ 1',
  noPeriod: (from, to) => `aucune période de facturation du contrat ne commence entre ${from} et ${to}`,
  measure: (kind, name) =>
    ({ hours: 'heures', volume: `volume ${name}`, kpi: `indicateur ${name}`, index: `indice ${name}` })[kind],
  ofMeasure: (measure, problem) => fr`${measure} : ${problem}`,
  notInContract: (measure) => fr`${measure} : absent du contrat`,
  noHistory: (measure) =>
    fr`${measure} : aucune valeur dans l’historique des réalisés et aucune loi déclarée`,
  inSimulation: (simulation, period, problems) =>
    fr`simulation ${simulation}, ${period} : ${joinList('fr', problems)}`,
  startAfterHistory: (last, next) =>
    fr`le réalisé s’arrête en ${last} : commencez la prévision en ${next}, pour que les mois que lisent ses factures soient simulés aussi`,
  drawnDifferently: (measure, first, other) =>
    fr`${measure} est évalué sur d’autres mois par ${other} que par ${first} : une prévision comparée en tire une seule valeur pour les deux, ces contrats ne peuvent donc pas être comparés sur une prévision`,
  refusedAt: (values, problems) => fr`${values} : ${joinList('fr', problems)}`,
  tooManyCombinations: (count, limit) =>
    fr`exposition : ${formatNumber(dec(count), 'fr')} combinaisons de valeurs des indicateurs à comparer, plus que les ${formatNumber(dec(limit), 'fr')} qu’elle compare`,
  noCombination: 'exposition : aucune combinaison de valeurs des indicateurs à valoriser',
  shareNotZero: (kpi) => fr`exposition : la part liée à ${kpi} n’est pas tombée à 0`,
  capNotReached: (kpi, side) =>
    fr`exposition : le plafond ${side === 'bonus' ? 'du bonus' : 'du malus'} de ${kpi} n’a pas été atteint`,
  likelyBetween: 'la valeur probable doit être entre la pessimiste et l’optimiste',
  levelOutside: 'une valeur est hors de la plage valide',
  sdNegative: 'l’écart-type doit être ≥ 0',
  meanOutside: 'la moyenne est hors de la plage valide',
  noMass: 'loi normale presque sans masse dans sa plage valide',
  noWholeBetween: (pessimistic, optimistic) =>
    fr`un compte est un nombre entier, et aucun entier ne se trouve entre la valeur pessimiste ${formatNumber(pessimistic, 'fr')} et la valeur optimiste ${formatNumber(optimistic, 'fr')}`,
  meanNotWhole: (mean) =>
    fr`un compte est un nombre entier, et la moyenne ${formatNumber(mean, 'fr')} avec un écart-type de 0 n’est pas un entier`,
  periodsUnaligned: (ids, frequencies, firsts) =>
    fr`les périodes de facturation des contrats ne coïncident pas (${contractsList(ids, frequencies, ['depuis', firsts])}) : aucune période de l’un n’est faite de périodes entières d’un autre, leurs factures ne se comparent pas`,
  scenarioFrequencies: (ids, frequencies) =>
    fr`les contrats facturent à des fréquences différentes (${contractsList(ids, frequencies)}) : un scénario est le réalisé d’une période de facturation, un mois pour l’un et plus pour un autre, ils ne se comparent donc pas sur des scénarios ; comparez-les sur le réalisé, où les factures de chacun sur les mêmes mois s’additionnent`,
  oneInvoice: (name, contract, invoices, command, first, last) =>
    fr`${name} fait ${counted('fr', invoices, 'facture', 'factures')} du contrat ${contract}, et ${command} en valorise une : tapez l’un de ses mois, de ${first} à ${last}`,
  forecastEnd: (option, name, contract, invoices, month) =>
    fr`${option} ${name} fait ${counted('fr', invoices, 'facture', 'factures')} du contrat ${contract}, et ${option} prend un mois : tapez ${option} ${month}`,
  endsBeforeScenarios: (month) =>
    fr`le contrat s’arrête avant ${month}, premier mois qui clôt la période d’évaluation de chaque KPI`,
});

const TEXTS: Readonly<Record<Language, ModelProblemTexts>> = { en: EN, fr: FR };

export function modelProblemTexts(lang: Language): ModelProblemTexts {
  return TEXTS[lang];
}
