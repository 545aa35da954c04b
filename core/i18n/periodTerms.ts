/**
 * Texts of the period and amount terms (KPI aggregation, graded rate adjustments, price revisions, the VAT
 * note), in English and French: the problems Check reports and the words invoices print.
 */
import type { KpiAggregation, Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatMonths, formatPeriod, frenchDe } from './periodFormat';
import { formatCount } from './digitGroups';

/** Problems of the contract and its actuals; each is the text after `Contract!AF34 (Aggregation volume): `. */
export interface PeriodTermProblems {
  vatNoteNeedsZero(rate: string): string;
  readonly aggregationVolumeRequired: string;
  readonly aggregationVolumeUnused: string;
  eachMonthNotFor(model: string): string;
  readonly gradingNeedsThreshold: string;
  readonly gradingDistinctLevels: string;
  readonly gradingComparison: string;
  amendmentUnknownFee(name: string, known: string): string;
  amendmentAmbiguousFee(name: string): string;
  amendmentUnknownTier(upTo: string, tiers: string): string;
  readonly amendmentTierUnused: string;
  amendmentTwice(name: string, month: string): string;
  revisionInsidePeriod(month: string, first: string, last: string): string;
  /** A time-boxed clause's month that closes none of its periods: it would never be evaluated. */
  activeNotEvaluated(month: string, first: string, last: string): string;
  revisionOutside(first: string, last: string | undefined): string;
  readonly indexOrRate: string;
  /** A fixed rate on a revision more often than yearly: the rate is a yearly one. */
  readonly rateIsYearly: string;
  /** A revision more often than invoices: it would change a price inside an invoice. */
  revisionMoreOftenThanInvoices(every: number, invoiced: number): string;
  /** An indexation rate above 1 (100 % a year): a percentage typed as such. */
  rateIsFraction(rate: string, percent: string, hint: string): string;
  readonly indexNeedsBase: string;
  readonly baseNeedsIndex: string;
  unknownIndex(name: string, known: string): string;
  /** Tiers counted per month beside a term that counts the invoice's units. */
  readonly tiersPerMonthGatedAbove: string;
  readonly tiersPerMonthFloor: string;
}

/** What an invoice prints about these terms; values arrive formatted for the language. */
export interface PeriodTermTexts {
  /**
   * Appended to the explanation: `; average of Q1 2026 (80%, 82%, 84%) = 82%`. An explanation's window is
   * its months, and says them in words as it says a month.
   */
  aggregated(
    kind: KpiAggregation,
    window: readonly string[],
    values: readonly string[],
    result: string,
  ): string;
  /** One month among the values: `February 2026 excluded (outage)`. */
  excludedMonth(month: string, reason: string): string;
  /** A gate judged on its KPI's aggregated value: `82% (average of Q1 2026)`. */
  gateAggregated(kind: KpiAggregation, window: readonly string[], value: string): string;
  /** A gate KPI that forms no one value for the invoice; names the gate field of `owner`. */
  gateNoPeriodValue(owner: string, kpi: string, window: string): string;
  /** A weighted value: `80% × 1,200`. */
  weighted(value: string, weight: string): string;
  missingMonth(kpi: string, month: string, window: string): string;
  allExcluded(kpi: string, window: string): string;
  noWeight(kpi: string, volume: string, window: string): string;
  missingWeight(kpi: string, volume: string, month: string): string;
  /** Each month evaluated: `January 2026: €500.00 (…)`, then the sum. */
  eachMonth(parts: readonly string[], total: string): string;
  monthPart(month: string, amount: string, explanation: string): string;
  /** A scenario's one value in every month: `at the scenario's value, 3 months: €100.00 each (…)`. */
  atScenarioValue(months: number, amount: string, explanation: string): string;
  /** A scenario's one value for an aggregated KPI: `; the scenario's value for Q1 2026`. */
  scenarioValue(window: readonly string[]): string;
  explainGraded(
    kpi: string,
    actual: string,
    levels: string,
    adjustment: string,
    /** `−10% + 0.6 × 20%`. */
    formula: string,
    /** `€80/h → €81.60/h`. */
    rateChange: string,
    hourlyPay: string,
    amount: string,
  ): string;
  /** On the hourly line: `; rate adjusted by the KPIs: Cancellations +2% (€81.60/h), Response time +0% (€80/h)`. */
  rateAdjustments(adjustments: readonly string[]): string;
  /** One of them, not evaluated (an excluded month, a short sample): `Response time not evaluated (rate unchanged)`. */
  rateNotEvaluated(kpi: string): string;
  /** ` (price revised from January 2027: P1 = €80.00 × 295.1 / 288.4 = €81.86)`. */
  revised(from: string, formulas: readonly string[]): string;
  /**
   * ` (amended from July 2026: €22,000.00)`; `unrevisedBy`, the revision in force when the amendment is
   * stated on or after it, which therefore leaves its price as stated.
   */
  amended(from: string, amounts: readonly string[], unrevisedBy: string | null): string;
  missingIndex(index: string, month: string): string;
  /** The label of a volume floor's top-up line: `Items moderated: volume floor top-up`. */
  floorTopUp(volume: string): string;
  /** A floor stated per month on a longer invoice: `3 months × 150,000 = 450,000`. */
  floorPerMonth(months: number, floor: string, total: string): string;
  /** A sum over the months not excluded, for the whole period: `, pro rata … 220 × 3 ÷ 2 = 330`. */
  proRata(sum: string, months: number, counted: number, result: string): string;
  /**
   * A volume whose tiers count each month's units: each month's tier parts (`40,000 × €2.10 + …`); `spread`
   * (the units, the months) when they are a scenario's one quantity spread evenly over the months.
   */
  explainTiersPerMonth(
    months: readonly { readonly month: string; readonly parts: readonly string[] }[],
    amount: string,
    mode: 'graduated' | 'volume',
    spread: { readonly units: string; readonly months: number } | null,
  ): string;
  /**
   * `€9,840.00 is below the volume floor of 150,000: 150,000 × €0.082 = €12,300.00: top-up €2,460.00`;
   * `floorPriced` is the floor's units priced as the volume line prices units.
   */
  explainFloor(volumeAmount: string, floor: string, floorPriced: string, topUp: string): string;
  /** An index value more than double (or under half) its base: a misplaced decimal point, not a revision. */
  implausibleIndex(index: string, month: string, value: string, base: string, above: boolean): string;
}

/** `= 82%`, or `≈ 79.6029%` for a value printed rounded (the invoice marks it so), never `= ≈ …`. */
const equals = (result: string): string => (result.startsWith('≈') ? result : `= ${result}`);

/** An aggregation in words (`average`), as explanations and correction reasons name it. */
export const AGGREGATION_EN: Readonly<Record<KpiAggregation, string>> = {
  average: 'average',
  'weighted-average': 'weighted average',
  sum: 'sum',
  minimum: 'minimum',
  maximum: 'maximum',
  last: 'last month',
  'each-month': 'each month',
};

/** The French words of each aggregation (`moyenne`). */
export const AGGREGATION_FR: Readonly<Record<KpiAggregation, string>> = {
  average: 'moyenne',
  'weighted-average': 'moyenne pondérée',
  sum: 'somme',
  minimum: 'minimum',
  maximum: 'maximum',
  last: 'dernier mois',
  'each-month': 'chaque mois',
};

const PROBLEMS_EN: PeriodTermProblems = {
  vatNoteNeedsZero: (rate) =>
    `a VAT note is the exemption wording of a VAT rate of 0, and the VAT rate is ${rate}: leave it blank or set the rate to 0`,
  aggregationVolumeRequired: 'a weighted-average aggregation needs the volume that weights it',
  aggregationVolumeUnused: 'only a weighted-average aggregation takes a volume: leave it blank',
  eachMonthNotFor: (model) =>
    `each-month would count the ${model} model's per-invoice amount once a month: choose average, sum, minimum, maximum or last`,
  gradingNeedsThreshold: 'a linear adjustment needs its threshold: the level of the largest cut',
  gradingDistinctLevels: 'a linear adjustment needs a threshold different from its target',
  gradingComparison: 'a linear adjustment has no step to reach or exceed: leave it blank',
  amendmentUnknownFee: (name, known) =>
    `no fee is named ${JSON.stringify(name)} (the fees an amendment can revise: ${known || 'none'})`,
  amendmentAmbiguousFee: (name) => `${JSON.stringify(name)} names several fees: give them distinct names`,
  amendmentUnknownTier: (upTo, tiers) => `the volume has no tier up to ${upTo} (its tiers: ${tiers})`,
  amendmentTierUnused: "only a volume's amendment names a tier: leave it blank",
  amendmentTwice: (name, month) => `${JSON.stringify(name)} is amended twice from ${month}`,
  activeNotEvaluated: (month, first, last) =>
    `${month} is inside the clause's period ${first} – ${last}, evaluated on ${last} only: the clause would never be evaluated in ${month}; list ${last}, or give it an aggregation (its value then formed over its active months)`,
  revisionInsidePeriod: (month, first, last) =>
    `a price revision takes effect at the start of an invoicing period: ${month} is inside ${first} – ${last}`,
  revisionOutside: (first, last) =>
    last === undefined
      ? `must not be before the first period (${first})`
      : `must lie within the contract, ${first} to ${last}`,
  indexOrRate: 'give either an index with its base value, or a fixed rate',
  rateIsYearly:
    'a fixed rate revises prices once a year: leave the frequency blank (yearly), or revise by an index entered in the Actuals',
  revisionMoreOftenThanInvoices: (every, invoiced) =>
    `a revision every ${formatCount('en', every)} months would change prices inside an invoice of ${formatCount('en', invoiced)} months (an invoice is priced with one price per fee): revise every ${formatCount('en', invoiced)} months or less often`,
  rateIsFraction: (rate, percent, hint) =>
    `${rate} would raise every price by ${percent} % a year: a rate is a fraction (2.5 % is 0.025): did you mean ${hint}?`,
  indexNeedsBase: 'an index needs its base value S0 (the index the prices are stated at)',
  baseNeedsIndex: 'a base value needs the index it is a value of',
  unknownIndex: (name, known) =>
    known === ''
      ? `unknown index ${JSON.stringify(name)}: the contract has no indexation by an index`
      : `unknown index ${JSON.stringify(name)} (the contract's index: ${known})`,
  tiersPerMonthGatedAbove:
    'a gate above a bound counts the units of the invoice: leave Tiers per blank, or gate the whole volume',
  tiersPerMonthFloor:
    'a volume floor is priced on the tiers of the invoice: leave Tiers per blank, or state a minimum fee',
};

const PROBLEMS_FR = frenchTexts<PeriodTermProblems>({
  vatNoteNeedsZero: (rate) =>
    fr`une mention TVA est la mention d’exonération d’un taux de TVA de 0, et le taux est ${rate} : laissez-la vide ou mettez le taux à 0`,
  aggregationVolumeRequired: 'une moyenne pondérée suppose le volume qui la pondère',
  aggregationVolumeUnused: 'seule une moyenne pondérée prend un volume : laissez la cellule vide',
  eachMonthNotFor: (model) =>
    fr`chaque-mois compterait chaque mois le montant par facture du modèle ${model} : choisissez moyenne, somme, minimum, maximum ou dernier-mois`,
  gradingNeedsThreshold: 'un ajustement linéaire suppose son seuil : le niveau de la plus forte baisse',
  gradingDistinctLevels: 'un ajustement linéaire suppose un seuil différent de son objectif',
  gradingComparison:
    'un ajustement linéaire n’a pas de palier à atteindre ou dépasser : laissez la cellule vide',
  amendmentUnknownFee: (name, known) =>
    fr`aucun honoraire ne s’appelle « ${name} » (ceux qu’un avenant peut réviser : ${known || 'aucun'})`,
  amendmentAmbiguousFee: (name) =>
    fr`« ${name} » désigne plusieurs honoraires : donnez-leur des noms distincts`,
  amendmentUnknownTier: (upTo, tiers) =>
    fr`le volume n’a pas de palier jusqu’à ${upTo} (ses paliers : ${tiers})`,
  amendmentTierUnused: 'seul l’avenant d’un volume désigne un palier : laissez la cellule vide',
  amendmentTwice: (name, month) => fr`« ${name} » est révisé deux fois à partir de ${month}`,
  activeNotEvaluated: (month, first, last) =>
    fr`${month} est à l’intérieur de la période de la clause ${first} – ${last}, évaluée en ${last} seulement : la clause ne serait jamais évaluée en ${month} ; indiquez ${last}, ou donnez-lui une agrégation (sa valeur est alors formée sur ses mois actifs)`,
  revisionInsidePeriod: (month, first, last) =>
    fr`une révision de prix prend effet au début d’une période de facturation : ${month} est à l’intérieur de ${first} – ${last}`,
  revisionOutside: (first, last) =>
    last === undefined
      ? fr`ne doit pas précéder la première période (${first})`
      : fr`doit être dans le contrat, de ${first} à ${last}`,
  indexOrRate: 'indiquez soit un indice avec sa valeur de base, soit un taux fixe',
  rateIsYearly:
    'un taux fixe révise les prix une fois par an : laissez la fréquence vide (annuelle), ou révisez par un indice saisi dans le Réalisé',
  revisionMoreOftenThanInvoices: (every, invoiced) =>
    fr`une révision tous les ${formatCount('fr', every)} mois changerait les prix à l’intérieur d’une facture de ${formatCount('fr', invoiced)} mois (une facture est établie avec un seul prix par honoraire) : révisez tous les ${formatCount('fr', invoiced)} mois ou moins souvent`,
  rateIsFraction: (rate, percent, hint) =>
    fr`${rate} augmenterait chaque prix de ${percent} % par an : un taux est une fraction (2,5 % s’écrit 0,025) : vouliez-vous dire ${hint} ?`,
  indexNeedsBase: 'un indice suppose sa valeur de base S0 (l’indice auquel les prix sont fixés)',
  baseNeedsIndex: 'une valeur de base suppose l’indice dont elle est la valeur',
  unknownIndex: (name, known) =>
    known === ''
      ? fr`indice « ${name} » inconnu : le contrat n’a pas d’indexation sur un indice`
      : fr`indice « ${name} » inconnu (l’indice du contrat : ${known})`,
  tiersPerMonthGatedAbove:
    'une condition au-delà d’un seuil compte les unités de la facture : laissez Paliers par vide, ou conditionnez tout le volume',
  tiersPerMonthFloor:
    'un plancher de volume se calcule sur les paliers de la facture : laissez Paliers par vide, ou fixez un minimum facturé',
});

const TEXTS_EN: PeriodTermTexts = {
  aggregated: (kind, window, values, result) =>
    `; ${AGGREGATION_EN[kind]} of ${formatMonths(window, 'en')} (${values.join(', ')}) ${equals(result)}`,
  excludedMonth: (month, reason) => `${formatPeriod(month, 'en')} excluded (${reason})`,
  gateAggregated: (kind, window, value) =>
    `${value} (${AGGREGATION_EN[kind]} of ${formatMonths(window, 'en')})`,
  gateNoPeriodValue: (owner, kpi, window) =>
    `"${owner}", Gate KPI "${kpi}": its clause forms no one value over ${window} (it is evaluated each month, or on a later invoice); give it an aggregation that forms one (average, minimum…) over the invoice's months`,
  weighted: (value, weight) => `${value} × ${weight}`,
  missingMonth: (kpi, month, window) =>
    `Actuals: no value for KPI "${kpi}" in ${month} (evaluated over ${window}: every month not excluded is needed)`,
  allExcluded: (kpi, window) => `Actuals: every month of KPI "${kpi}" over ${window} is excluded`,
  noWeight: (kpi, volume, window) =>
    `KPI "${kpi}": the volume "${volume}" that weights its average is 0 over ${window}`,
  missingWeight: (kpi, volume, month) =>
    `Actuals: no value for volume "${volume}" in ${month} (it weights KPI "${kpi}")`,
  eachMonth: (parts, total) => `Each month evaluated: ${parts.join('; ')}; total ${total}`,
  monthPart: (month, amount, explanation) => `${formatPeriod(month, 'en')}: ${amount} (${explanation})`,
  atScenarioValue: (months, amount, explanation) =>
    `at the scenario's value, ${formatCount('en', months)} months: ${amount} each (${explanation})`,
  scenarioValue: (window) => `; the scenario's value for ${formatMonths(window, 'en')}`,
  explainGraded: (kpi, actual, levels, adjustment, formula, rateChange, hourlyPay, amount) =>
    `${kpi} ${actual} on the adjustment scale ${levels}: rate adjusted by ${adjustment} (${formula}; ${rateChange}) on hourly pay of ${hourlyPay} = ${amount}`,
  rateAdjustments: (adjustments) => `; rate adjusted by the KPIs: ${adjustments.join(', ')}`,
  rateNotEvaluated: (kpi) => `${kpi} not evaluated (rate unchanged)`,
  revised: (from, formulas) => ` (price revised from ${formatPeriod(from, 'en')}: ${formulas.join('; ')})`,
  amended: (from, amounts, unrevisedBy) =>
    ` (amended from ${formatPeriod(from, 'en')}: ${amounts.join('; ')}` +
    `${unrevisedBy === null ? '' : `, stated in its month: the revision of ${formatPeriod(unrevisedBy, 'en')} does not apply to it`})`,
  missingIndex: (index, month) =>
    `Actuals: no value for index "${index}" in ${month} (the price revision of ${month} needs it)`,
  floorTopUp: (volume) => `${volume}: volume floor top-up`,
  floorPerMonth: (months, floor, total) => `${formatCount('en', months)} months × ${floor} = ${total}`,
  proRata: (sum, months, counted, result) =>
    `, pro rata for the ${formatCount('en', counted)} months of ${formatCount('en', months)} not excluded: ${sum} × ${formatCount('en', months)} ÷ ${formatCount('en', counted)} ${equals(result)}`,
  explainTiersPerMonth: (months, amount, mode, spread) =>
    months.map((m) => `(${m.month}: ${m.parts.join(' + ')})`).join(' + ') +
    ` = ${amount}, the tiers filled each month` +
    (mode === 'volume' ? ' (each month all units at the price of the tier reached)' : '') +
    (spread === null
      ? ''
      : ` (the scenario's ${spread.units} spread evenly over ${formatCount('en', spread.months)} months)`),
  explainFloor: (volumeAmount, floor, floorPriced, topUp) =>
    `${volumeAmount} is below the volume floor of ${floor}: ${floorPriced}: top-up ${topUp}`,
  implausibleIndex: (index, month, value, base, above) =>
    `Actuals: the index "${index}" in ${month} is ${value}, ${above ? 'more than double' : 'less than half'} its base ${base} (S0): check it, a misplaced decimal point would revise every price ${above ? 'tenfold' : 'to a tenth'} (a revision beyond half or double the stated prices is refused)`,
};

const TEXTS_FR = frenchTexts<PeriodTermTexts>({
  aggregated: (kind, window, values, result) =>
    fr` ; ${AGGREGATION_FR[kind]} ${frenchDe(formatMonths(window, 'fr'))} (${values.join(fr` ; `)}) ${equals(result)}`,
  excludedMonth: (month, reason) => fr`${formatPeriod(month, 'fr')} exclu (${reason})`,
  gateAggregated: (kind, window, value) =>
    fr`${value} (${AGGREGATION_FR[kind]} ${frenchDe(formatMonths(window, 'fr'))})`,
  gateNoPeriodValue: (owner, kpi, window) =>
    fr`« ${owner} », Indicateur de condition « ${kpi} » : sa clause ne forme pas une valeur unique sur ${window} (elle est évaluée chaque mois, ou sur une facture ultérieure) ; donnez-lui une agrégation qui en forme une (moyenne, minimum…) sur les mois de la facture`,
  weighted: (value, weight) => fr`${value} × ${weight}`,
  missingMonth: (kpi, month, window) =>
    fr`Réalisé : aucune valeur pour le KPI « ${kpi} » en ${month} (évalué sur ${window} : chaque mois non exclu est nécessaire)`,
  allExcluded: (kpi, window) => fr`Réalisé : tous les mois du KPI « ${kpi} » sur ${window} sont exclus`,
  noWeight: (kpi, volume, window) =>
    fr`KPI « ${kpi} » : le volume « ${volume} » qui pondère sa moyenne est nul sur ${window}`,
  missingWeight: (kpi, volume, month) =>
    fr`Réalisé : aucune valeur pour le volume « ${volume} » en ${month} (il pondère le KPI « ${kpi} »)`,
  eachMonth: (parts, total) => fr`Chaque mois évalué : ${parts.join(fr` ; `)} ; total ${total}`,
  monthPart: (month, amount, explanation) => fr`${formatPeriod(month, 'fr')} : ${amount} (${explanation})`,
  atScenarioValue: (months, amount, explanation) =>
    fr`à la valeur du scénario, ${formatCount('fr', months)} mois : ${amount} chacun (${explanation})`,
  scenarioValue: (window) => fr` ; valeur du scénario pour ${formatMonths(window, 'fr')}`,
  explainGraded: (kpi, actual, levels, adjustment, formula, rateChange, hourlyPay, amount) =>
    fr`${kpi} ${actual} sur l’échelle d’ajustement ${levels} : taux ajusté de ${adjustment} (${formula} ; ${rateChange}) sur des honoraires horaires de ${hourlyPay} = ${amount}`,
  rateAdjustments: (adjustments) => fr` ; taux ajusté par les KPI : ${adjustments.join(fr` ; `)}`,
  rateNotEvaluated: (kpi) => fr`${kpi} non évalué (taux inchangé)`,
  revised: (from, formulas) =>
    fr` (prix révisé à partir ${frenchDe(formatPeriod(from, 'fr'))} : ${formulas.join(fr` ; `)})`,
  amended: (from, amounts, unrevisedBy) =>
    fr` (avenant à partir ${frenchDe(formatPeriod(from, 'fr'))} : ${amounts.join(fr` ; `)}` +
    `${unrevisedBy === null ? '' : fr`, fixé en son mois : la révision ${frenchDe(formatPeriod(unrevisedBy, 'fr'))} ne s’y applique pas`})`,
  missingIndex: (index, month) =>
    fr`Réalisé : aucune valeur pour l’indice « ${index} » en ${month} (la révision de prix de ${month} en a besoin)`,
  floorTopUp: (volume) => fr`${volume} : complément au plancher de volume`,
  floorPerMonth: (months, floor, total) => fr`${formatCount('fr', months)} mois × ${floor} = ${total}`,
  proRata: (sum, months, counted, result) =>
    fr`, au prorata des ${formatCount('fr', counted)} mois sur ${formatCount('fr', months)} non exclus : ${sum} × ${formatCount('fr', months)} ÷ ${formatCount('fr', counted)} ${equals(result)}`,
  explainTiersPerMonth: (months, amount, mode, spread) =>
    months.map((m) => fr`(${m.month} : ${m.parts.join(' + ')})`).join(' + ') +
    fr` = ${amount}, paliers remplis chaque mois` +
    (mode === 'volume' ? ' (chaque mois toutes les unités au prix de la tranche atteinte)' : '') +
    (spread === null
      ? ''
      : fr` (les ${spread.units} du scénario répartis également sur ${formatCount('fr', spread.months)} mois)`),
  explainFloor: (volumeAmount, floor, floorPriced, topUp) =>
    fr`${volumeAmount} est inférieur au plancher de volume de ${floor} : ${floorPriced} : complément ${topUp}`,
  implausibleIndex: (index, month, value, base, above) =>
    fr`Réalisé : l’indice « ${index} » vaut ${value} en ${month}, ${above ? 'plus du double de' : 'moins de la moitié de'} sa base ${base} (S0) : vérifiez-le, une virgule mal placée ${above ? 'décuplerait' : 'diviserait par dix'} tous les prix (une révision au-delà de la moitié ou du double des prix du contrat est refusée)`,
});

/** Problems by language. */
export const PERIOD_TERM_PROBLEMS: Readonly<Record<Language, PeriodTermProblems>> = {
  en: PROBLEMS_EN,
  fr: PROBLEMS_FR,
};

/** Invoice texts by language. */
export function periodTermTexts(lang: Language): PeriodTermTexts {
  return lang === 'fr' ? TEXTS_FR : TEXTS_EN;
}
