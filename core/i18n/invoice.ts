/**
 * Texts of invoices in English and French: line labels, explanations, problems, and the labels of the
 * invoice sheet. Explanations receive values already formatted for the language (see numberFormat.ts).
 */
import type { Language } from '../contract/types';
import { periodTermTexts, type PeriodTermTexts } from './periodTerms';
import { fr, frenchTexts } from './frenchTypography';
import { plural } from './plural';
import { invoicePeriodName } from '../invoice/periodName';
import { formatMonths, formatPeriod, frenchOf } from './periodFormat';
import { formatCount } from './digitGroups';

export interface InvoiceTexts {
  readonly fixedFee: string;
  readonly hours: string;
  readonly vat: string;
  readonly minimumTopUp: (volume: string) => string;
  readonly bonusCap: string;
  readonly malusCap: string;
  readonly slaCap: string;
  readonly earnback: (kpi: string) => string;
  explainFixed(amount: string): string;
  rebate(label: string): string;
  explainRebate(amount: string): string;
  /** Rebates beyond the fees they are deducted from: the invoice stops rather than bill a negative base. */
  rebatesBeyondFees(rebates: string, fees: string): string;
  /** An amount stated per month on a longer invoice: `3 months × €20,000.00 = €60,000.00`. */
  perMonth(months: number, monthly: string, amount: string): string;
  explainHourly(hours: string, rate: string, adjustment: string | null, amount: string): string;
  /** `parts`: `40,000 × €2.10` each. */
  explainVolume(parts: readonly string[], amount: string, mode: 'graduated' | 'volume'): string;
  explainMinimum(volumeAmount: string, minimum: string, topUp: string): string;
  explainBonusMalus(
    kpi: string,
    actual: string,
    target: string,
    gap: string,
    /** The neutral band's half-width (`1 pt`) when the clause has one: the gap is what lies beyond it. */
    band: string | null,
    rate: string,
    /** The real product, printed even when a cap holds the line (`capped`: the cap). */
    product: string,
    capped: string | null,
  ): string;
  /**
   * A bonus-only (or malus-only) clause on its side without a rate: the gap is real, the contract pays or
   * charges nothing for it, and the line must not read as a product of zero.
   */
  explainNoRate(
    kpi: string,
    actual: string,
    target: string,
    gap: string,
    band: string | null,
    side: 'bonus' | 'malus',
  ): string;
  /** `band`: the tolerance, or null without one (the actual is exactly on target). */
  explainNeutral(kpi: string, actual: string, target: string, band: string | null): string;
  explainThreshold(
    kpi: string,
    actual: string,
    met: boolean,
    relation: '≥' | '≤' | '<' | '>',
    threshold: string,
    amount: string,
  ): string;
  /** The curve's points are printed, so that a reader can place the value between them and check the score. */
  explainScore(
    kpi: string,
    actual: string,
    curve: ScoreCurveText,
    score: string,
    base: string,
    amount: string,
  ): string;
  explainAchievement(
    kpi: string,
    actual: string,
    target: string,
    achievement: string,
    /** The achievement paid when it is not the achievement: held by the cap, or raised to 0. */
    paid: { readonly kind: 'cap' | 'floor'; readonly paid: string } | null,
    weight: string,
    variable: string,
    amount: string,
  ): string;
  explainRateAdjustment(
    kpi: string,
    actual: string,
    outcome: 'met' | 'missed' | 'between',
    level: string,
    share: string,
    hourlyPay: string,
    amount: string,
    /**
     * The way the level must be beaten, not only reached (`comparison: exceeds`): above it when higher is
     * better, below it when lower is, so that a cancellation rate of 4.9 % is said to be below 5 %.
     */
    strict: 'higher' | 'lower' | undefined,
    /** The threshold, printed beside the target when the KPI lies between them. */
    threshold: string,
  ): string;
  explainSlaCredit(
    kpi: string,
    actual: string,
    missed: boolean,
    minimum: string,
    atRisk: string,
    allocation: string,
    amount: string,
    /** The minimum must be exceeded, not only reached (`comparison: exceeds`). */
    strict?: boolean,
  ): string;
  /**
   * `explainSlaCredit` of a service level where lower is better (a resolution time): its level is a
   * maximum to stay within, never "a minimum" that 10 h would be "below" (FR: « sous le minimum 8 h »).
   */
  explainSlaMaximum: InvoiceTexts['explainSlaCredit'];
  explainGainShare(
    kpi: string,
    actual: string,
    baseline: string,
    gain: string,
    share: string,
    /** The real product, printed even when the cap or floor holds the line (`limited`: that limit). */
    product: string,
    limited: string | null,
  ): string;
  /**
   * An amount finer than the minor unit as printed: `≈ €3,688.16 (12% of fixed fees €30,734.65 =
   * €3,688.158)`, the exact value after where it comes from (`share`, when it is a share of a base).
   */
  roundedAmount(rounded: string, exact: string, share: string | null): string;
  /** Where a cap stated as a share comes from, after its amount: `5% of base fees €112,052.50`. */
  capOfBase(percent: string, basis: 'base-fees' | 'fixed-fees', base: string): string;
  /** `allowed`: what the cap lets through when the exact cap is finer than the minor unit. */
  explainCap(
    kind: 'bonus' | 'malus' | 'sla',
    total: string,
    cap: string,
    allowed: string | null,
    amount: string,
  ): string;
  /**
   * The credit of `creditMonths` (one invoicing period) earned back by the later `months`, each in words;
   * `share` when the at-risk cap cut the credits: the refund is the level's share of what was deducted.
   */
  explainEarnback(
    kpi: string,
    creditMonths: readonly string[],
    months: readonly string[],
    expected: string,
    amount: string,
    share: { readonly deducted: string; readonly credit: string; readonly total: string } | null,
    /** The window's periods not evaluated, left out, each with why (`2026-02 excluded (…)`). */
    skipped?: readonly string[],
  ): string;
  explainVat(rate: string, subtotal: string): string;
  outcomeScore(score: string): string;
  readonly outcomeMet: string;
  readonly outcomeMissed: string;
  readonly outcomeNeutral: string;
  readonly outcomeBonus: string;
  readonly outcomeMalus: string;
  readonly outcomeNoBonus: string;
  readonly outcomeNoMalus: string;
  /** Short unit words for KPI values. */
  readonly unitMinutes: string;
  readonly unitHours: string;
  unitPoints(plural: boolean): string;
  // Problems
  /** A month outside the contract `contract`, with its first and (if any) last period. */
  periodOutside(period: string, contract: string, first: string, last: string | undefined): string;
  badPeriod(period: string): string;
  missingKpi(kpi: string, month: string): string;
  /** A value a scenario lacks: `missingKpi` and the rest said of a scenario, which has no actuals or months. */
  scenarioMissing(kind: 'kpi' | 'volume' | 'hours', name: string): string;
  /**
   * Appended to a gated clause's explanation: the gate KPI, its value, how it stands to the level and
   * whether it held; `withheld`: the amount the clause would have paid, not paid because the gate failed.
   */
  explainGate(
    kpi: string,
    actual: string,
    /** A sign (`≥`) for a gate the level itself passes, `strictRelation`'s words for one it must beat. */
    relation: string,
    level: string,
    held: boolean,
    withheld: string | null,
    amount: string,
  ): string;
  /**
   * How a value stands to a level it must beat (`gateComparison: exceeds`), in words: `exceeds`, `does not
   * exceed`, and `is below` when lower is better, so a strict gate is never read as "≥".
   */
  strictRelation(met: boolean, direction: 'higher' | 'lower'): string;
  /** Appended to a time-boxed clause's explanation: the months it is active in. */
  explainActive(months: readonly string[]): string;
  /** KPI aggregation, graded adjustments, price revisions, the VAT note (`periodTerms.ts`). */
  readonly periodTerms: PeriodTermTexts;
  readonly outcomeGateHeld: string;
  readonly outcomeGateFailed: string;
  missingVolume(volume: string, months: string): string;
  missingHours(months: string): string;
  needsHourly(kpi: string): string;
  modelFault(kpi: string, message: string): string;
  /** An amount of the invoice a spreadsheet cell cannot hold to the minor unit; `largest`: the bound. */
  amountBeyondCell(place: string, largest: string): string;
  /** A quantity, unit price or KPI value that is not a finite spreadsheet number. */
  numberBeyondCell(place: string): string;
  lineAmountPlace(label: string): string;
  lineQuantityPlace(label: string): string;
  lineUnitPricePlace(label: string): string;
  kpiValuePlace(kpi: string, month: string): string;
  readonly subtotalPlace: string;
  readonly totalPlace: string;
}

/** How a value stands to a level in English: [reached or not, exceeded or not]. */
/** Months one after the other, each in words: `March 2026, April 2026`. */
const inWords = (months: readonly string[], lang: Language): string =>
  months.map((month) => formatPeriod(month, lang)).join(', ');

/** French "de" before the invoicing period `months` make: `de février 2026`, `d’avril 2026`, `de T1 2026`. */
const frenchOfMonths = (months: readonly string[]): string => frenchOf(invoicePeriodName(months));

const EN_PASS = { met: ['meets', 'exceeds'], missed: ['misses', 'does not exceed'] } as const;
/**
 * A KPI score curve's levels as printed: each value, and beside the threshold and the stretch the score they
 * give when it is not the usual one (0 at the threshold, 1 at the stretch). Values arrive formatted.
 */
export interface ScoreCurveText {
  readonly threshold: string;
  readonly target: string;
  readonly stretch: string | null;
  /** The threshold's score, `null` when 0. */
  readonly thresholdScore: string | null;
  /** The stretch's score, `null` when 1 (or without a stretch). */
  readonly stretchScore: string | null;
}

/** `70%`, or `70% (score 0.5)` when the point's score is not the usual one. */
const scorePoint = (level: string, score: string | null): string =>
  score === null ? level : `${level} (score ${score})`;

/** A rate adjustment's level passed or not: reached, or beaten upwards or downwards (`comparison: exceeds`). */
const EN_RATE_PASS = {
  met: { reaches: 'meets', higher: 'exceeds', lower: 'is below' },
  missed: { reaches: 'misses', higher: 'does not exceed', lower: 'is not below' },
} as const;

const EN: InvoiceTexts = {
  fixedFee: 'Fixed fee',
  hours: 'Hours',
  vat: 'VAT',
  minimumTopUp: (volume) => `${volume}: minimum fee top-up`,
  bonusCap: 'Cap on total bonus',
  malusCap: 'Cap on total malus',
  slaCap: 'Cap on service-level credits (at-risk amount)',
  earnback: (kpi) => `${kpi}: earnback`,
  explainFixed: (amount) => `Fixed fee for the period: ${amount}`,
  rebate: (label) => `${label} (rebate)`,
  explainRebate: (amount) => `Agreed rebate, deducted: ${amount}`,
  rebatesBeyondFees: (rebates, fees) =>
    `Rebates: the rebates total ${rebates}, more than the fees of the period they are deducted from, ${fees} (fixed, hourly and volume lines): check their amounts, an invoice cannot bill a negative base`,
  perMonth: (months, monthly, amount) => `${formatCount('en', months)} months × ${monthly} = ${amount}`,
  explainHourly: (hours, rate, adjustment, amount) =>
    adjustment === null
      ? `${hours} h × ${rate} = ${amount}`
      : `${hours} h × ${rate} × (1 ${adjustment}) = ${amount}`,
  explainVolume: (parts, amount, mode) =>
    `${parts.join(' + ')} = ${amount}${mode === 'volume' ? ' (all units at the price of the tier reached)' : ''}`,
  explainMinimum: (volumeAmount, minimum, topUp) =>
    `${volumeAmount} is below the minimum fee ${minimum}: top-up ${topUp}`,
  explainBonusMalus: (kpi, actual, target, gap, band, rate, product, capped) =>
    `${kpi} ${actual} vs target ${target}: ${gap}${band ? ` beyond the ±${band} neutral band` : ''} × ${rate} = ${product}` +
    (capped ? `, capped at ${capped}` : ''),
  explainNoRate: (kpi, actual, target, gap, band, side) =>
    `${kpi} ${actual} vs target ${target}: ${gap}${band ? ` beyond the ±${band} neutral band` : ''}; ` +
    (side === 'bonus' ? 'the contract pays no bonus' : 'the contract charges no malus'),
  explainNeutral: (kpi, actual, target, band) =>
    band === null
      ? `${kpi} ${actual} vs target ${target}: on target, no bonus or malus`
      : `${kpi} ${actual} vs target ${target}: within the neutral band of ±${band}, no bonus or malus`,
  explainThreshold: (kpi, actual, met, relation, threshold, amount) =>
    met
      ? `${kpi} ${actual} ${relation} threshold ${threshold}: fee ${amount}`
      : `${kpi} ${actual} ${relation} threshold ${threshold}: no fee`,
  explainScore: (kpi, actual, curve, score, base, amount) =>
    `${kpi} ${actual} vs threshold ${scorePoint(curve.threshold, curve.thresholdScore)}, target ${curve.target}` +
    (curve.stretch === null ? '' : `, stretch ${scorePoint(curve.stretch, curve.stretchScore)}`) +
    `: score ${score} × ${base} = ${amount}`,
  explainAchievement: (kpi, actual, target, achievement, paid, weight, variable, amount) =>
    `${kpi} ${actual} vs target ${target}: achievement ${achievement}` +
    (paid === null
      ? ''
      : paid.kind === 'cap'
        ? `, capped at ${paid.paid}: ${paid.paid}`
        : `, counted as ${paid.paid} (variable pay is never negative): ${paid.paid}`) +
    ` × weight ${weight} × variable pay ${variable} = ${amount}`,
  explainRateAdjustment: (kpi, actual, outcome, level, share, hourlyPay, amount, strict, threshold) =>
    outcome === 'between'
      ? `${kpi} ${actual}: between threshold ${threshold} and target ${level}, hourly pay unchanged`
      : `${kpi} ${actual} ${EN_RATE_PASS[outcome === 'met' ? 'met' : 'missed'][strict ?? 'reaches']} ${level}: ${share} of hourly pay ${hourlyPay} = ${amount}`,
  explainSlaCredit: (kpi, actual, missed, minimum, atRisk, allocation, amount, strict) =>
    missed
      ? `${kpi} ${actual} ${EN_PASS.missed[strict ? 1 : 0]} the minimum ${minimum}: at-risk amount ${atRisk} × allocation ${allocation} = ${amount}`
      : `${kpi} ${actual} ${EN_PASS.met[strict ? 1 : 0]} the minimum ${minimum}: no credit`,
  explainSlaMaximum: (kpi, actual, missed, maximum, atRisk, allocation, amount, strict) =>
    missed
      ? `${kpi} ${actual} ${strict ? 'is not below' : 'is above'} the maximum ${maximum}: at-risk amount ${atRisk} × allocation ${allocation} = ${amount}`
      : `${kpi} ${actual} ${strict ? 'is below' : 'is within'} the maximum ${maximum}: no credit`,
  explainGainShare: (kpi, actual, baseline, gain, share, product, limited) =>
    `${kpi} ${actual} vs baseline ${baseline}: gain ${gain} × ${share} = ${product}` +
    (limited ? `, limited to ${limited}` : ''),
  roundedAmount: (rounded, exact, share) =>
    `≈ ${rounded} (${share === null ? exact : `${share} = ${exact}`})`,
  capOfBase: (percent, basis, base) =>
    `${percent} of ${basis === 'fixed-fees' ? 'fixed fees' : 'base fees'} ${base}`,
  explainCap: (kind, total, cap, allowed, amount) =>
    `${{ bonus: 'Bonuses', malus: 'Maluses', sla: 'Service-level credits' }[kind]} total ${total}, beyond the cap ${cap}` +
    `${allowed ? ` (rounded down: ${allowed})` : ''}: ${amount}`,
  explainEarnback: (kpi, creditMonths, months, expected, amount, share, skipped = []) =>
    `Credit of ${formatMonths(creditMonths, 'en')} on ${kpi} earned back: ${inWords(months, 'en')} met the expected level ${expected}${skipped.length === 0 ? '' : ` (not evaluated, left out: ${skipped.join(', ')})`}: ${amount}` +
    (share
      ? `, its share of the ${share.deducted} deducted under the at-risk cap (credit ${share.credit} of ${share.total}, shared to the cent)`
      : ''),
  explainVat: (rate, subtotal) => `VAT ${rate} of ${subtotal}`,
  outcomeScore: (score) => `score ${score}`,
  outcomeMet: 'met',
  outcomeMissed: 'missed',
  outcomeNeutral: 'neutral',
  outcomeBonus: 'bonus',
  outcomeMalus: 'malus',
  outcomeNoBonus: 'no bonus',
  outcomeNoMalus: 'no malus',
  unitMinutes: 'min',
  unitHours: 'h',
  unitPoints: (plural) => (plural ? 'pts' : 'pt'),
  periodOutside: (period, contract, first, last) =>
    `${period} is outside the contract ${contract} (${last === undefined ? `from ${first}` : `${first} to ${last}`})`,
  badPeriod: (period) =>
    /^\d{4}-\d\d$/.test(period)
      ? `${period} names no month: a year has months 01 to 12`
      : `Period must be written YYYY-MM (got "${period}")`,
  missingKpi: (kpi, month) => `Actuals: no value for KPI "${kpi}" in ${month}`,
  scenarioMissing: (kind, name) =>
    kind === 'kpi'
      ? `no value given for KPI "${name}"`
      : kind === 'volume'
        ? `no quantity given for "${name}"`
        : 'no hours given',
  explainGate: (kpi, actual, relation, level, held, withheld, amount) =>
    `; gate ${kpi} ${actual} ${relation} ${level}: ` +
    (held
      ? 'held'
      : withheld
        ? `failed, ${withheld} not paid: ${amount}`
        : 'failed (a malus applies anyway)'),
  outcomeGateHeld: ', gate held',
  strictRelation: (met, direction) => EN_RATE_PASS[met ? 'met' : 'missed'][direction],
  explainActive: (months) => ` (clause active in ${inWords(months, 'en')})`,
  periodTerms: periodTermTexts('en'),
  outcomeGateFailed: ', gate failed',
  missingVolume: (volume, months) => `Actuals: no quantity for "${volume}" in ${months}`,
  missingHours: (months) => `Actuals: no hours in ${months}`,
  needsHourly: (kpi) => `KPI "${kpi}": this model needs hourly terms with a variable pay in the contract`,
  modelFault: (kpi, message) => `KPI "${kpi}": ${message}`,
  amountBeyondCell: (place, largest) =>
    `${place}: the amount is beyond ±${largest}, the largest a spreadsheet cell holds exactly`,
  numberBeyondCell: (place) => `${place}: the number is beyond what a spreadsheet cell holds`,
  lineAmountPlace: (label) => `Line "${label}"`,
  lineQuantityPlace: (label) => `Line "${label}", quantity`,
  lineUnitPricePlace: (label) => `Line "${label}", unit price`,
  kpiValuePlace: (kpi, month) => `KPI "${kpi}" in ${month}`,
  subtotalPlace: 'Subtotal excluding VAT',
  totalPlace: 'Total including VAT',
};

const FR_RATE_PASS = {
  met: { reaches: 'atteint', higher: 'dépasse', lower: 'est inférieur à' },
  missed: { reaches: 'manque', higher: 'ne dépasse pas', lower: 'n’est pas inférieur à' },
} as const;

const FR = frenchTexts<InvoiceTexts>({
  fixedFee: 'Forfait fixe',
  hours: 'Heures',
  vat: 'TVA',
  minimumTopUp: (volume) => fr`${volume} : complément au minimum de facturation`,
  bonusCap: 'Plafond du total des bonus',
  malusCap: 'Plafond du total des malus',
  slaCap: 'Plafond des pénalités de service (montant à risque)',
  earnback: (kpi) => fr`${kpi} : récupération`,
  explainFixed: (amount) => fr`Forfait fixe de la période : ${amount}`,
  rebate: (label) => fr`${label} (remise)`,
  explainRebate: (amount) => fr`Remise convenue, déduite : ${amount}`,
  rebatesBeyondFees: (rebates, fees) =>
    fr`Remises : le total des remises, ${rebates}, dépasse les honoraires de la période dont elles sont déduites, ${fees} (lignes fixes, horaires et de volume) : vérifiez leurs montants, une facture ne peut pas avoir une base négative`,
  perMonth: (months, monthly, amount) => fr`${formatCount('fr', months)} mois × ${monthly} = ${amount}`,
  explainHourly: (hours, rate, adjustment, amount) =>
    adjustment === null
      ? fr`${hours} h × ${rate} = ${amount}`
      : fr`${hours} h × ${rate} × (1 ${adjustment}) = ${amount}`,
  explainVolume: (parts, amount, mode) =>
    fr`${parts.join(' + ')} = ${amount}${mode === 'volume' ? ' (toutes les unités au prix de la tranche atteinte)' : ''}`,
  explainMinimum: (volumeAmount, minimum, topUp) =>
    fr`${volumeAmount} est inférieur au minimum de facturation ${minimum} : complément ${topUp}`,
  explainBonusMalus: (kpi, actual, target, gap, band, rate, product, capped) =>
    fr`${kpi} ${actual} vs objectif ${target} : ${gap}${band ? fr` au-delà de la franchise de ±${band}` : ''} × ${rate} = ${product}` +
    (capped ? fr`, plafonné à ${capped}` : ''),
  explainNoRate: (kpi, actual, target, gap, band, side) =>
    fr`${kpi} ${actual} vs objectif ${target} : ${gap}${band ? fr` au-delà de la franchise de ±${band}` : ''} ; ` +
    (side === 'bonus' ? 'le contrat ne prévoit pas de bonus' : 'le contrat ne prévoit pas de malus'),
  explainNeutral: (kpi, actual, target, band) =>
    band === null
      ? fr`${kpi} ${actual} vs objectif ${target} : objectif tenu exactement, ni bonus ni malus`
      : fr`${kpi} ${actual} vs objectif ${target} : dans la franchise de ±${band}, ni bonus ni malus`,
  explainThreshold: (kpi, actual, met, relation, threshold, amount) =>
    met
      ? fr`${kpi} ${actual} ${relation} seuil ${threshold} : honoraires ${amount}`
      : fr`${kpi} ${actual} ${relation} seuil ${threshold} : pas d’honoraires`,
  explainScore: (kpi, actual, curve, score, base, amount) =>
    fr`${kpi} ${actual} vs seuil ${scorePoint(curve.threshold, curve.thresholdScore)}, objectif ${curve.target}` +
    (curve.stretch === null
      ? ''
      : fr`, objectif d’excellence ${scorePoint(curve.stretch, curve.stretchScore)}`) +
    fr` : score ${score} × ${base} = ${amount}`,
  explainAchievement: (kpi, actual, target, achievement, paid, weight, variable, amount) =>
    fr`${kpi} ${actual} vs objectif ${target} : atteinte ${achievement}` +
    (paid === null
      ? ''
      : paid.kind === 'cap'
        ? fr`, plafonnée à ${paid.paid} : ${paid.paid}`
        : fr`, comptée pour ${paid.paid} (la part variable n’est jamais négative) : ${paid.paid}`) +
    fr` × poids ${weight} × part variable ${variable} = ${amount}`,
  explainRateAdjustment: (kpi, actual, outcome, level, share, hourlyPay, amount, strict, threshold) =>
    outcome === 'between'
      ? fr`${kpi} ${actual} : entre le seuil ${threshold} et l’objectif ${level}, forfait horaire inchangé`
      : fr`${kpi} ${actual} ${FR_RATE_PASS[outcome === 'met' ? 'met' : 'missed'][strict ?? 'reaches']} ${level} : ${share} du forfait horaire ${hourlyPay} = ${amount}`,
  explainSlaCredit: (kpi, actual, missed, minimum, atRisk, allocation, amount, strict) =>
    missed
      ? fr`${kpi} ${actual} ${strict ? 'ne dépasse pas le' : 'sous le'} minimum ${minimum} : montant à risque ${atRisk} × allocation ${allocation} = ${amount}`
      : fr`${kpi} ${actual} ${strict ? 'dépasse' : 'atteint'} le minimum ${minimum} : pas de pénalité`,
  explainSlaMaximum: (kpi, actual, missed, maximum, atRisk, allocation, amount, strict) =>
    missed
      ? fr`${kpi} ${actual} ${strict ? 'n’est pas sous le' : 'dépasse le'} maximum ${maximum} : montant à risque ${atRisk} × allocation ${allocation} = ${amount}`
      : fr`${kpi} ${actual} ${strict ? 'est sous le' : 'respecte le'} maximum ${maximum} : pas de pénalité`,
  explainGainShare: (kpi, actual, baseline, gain, share, product, limited) =>
    fr`${kpi} ${actual} vs référence ${baseline} : gain ${gain} × ${share} = ${product}` +
    (limited ? fr`, limité à ${limited}` : ''),
  roundedAmount: (rounded, exact, share) =>
    fr`≈ ${rounded} (${share === null ? exact : fr`${share} = ${exact}`})`,
  capOfBase: (percent, basis, base) =>
    fr`${percent} des ${basis === 'fixed-fees' ? 'frais fixes' : 'honoraires de base'} ${base}`,
  explainCap: (kind, total, cap, allowed, amount) =>
    fr`${{ bonus: 'Total des bonus', malus: 'Total des malus', sla: 'Total des pénalités de service' }[kind]} ${total}, au-delà du plafond ${cap}` +
    fr`${allowed ? fr` (arrondi par défaut : ${allowed})` : ''} : ${amount}`,
  explainEarnback: (kpi, creditMonths, months, expected, amount, share, skipped = []) =>
    fr`Pénalité ${frenchOfMonths(creditMonths)} sur ${kpi} récupérée : ${inWords(months, 'fr')} au niveau attendu ${expected}${skipped.length === 0 ? '' : fr` (${plural('fr', skipped.length, 'non évalué, non compté', 'non évalués, non comptés')} : ${skipped.join(', ')})`} : ${amount}` +
    (share
      ? fr`, sa part des ${share.deducted} déduits sous le plafond du montant à risque (pénalité de ${share.credit} sur ${share.total}, répartie au centime)`
      : ''),
  explainVat: (rate, subtotal) => fr`TVA ${rate} de ${subtotal}`,
  outcomeScore: (score) => fr`score ${score}`,
  outcomeMet: 'atteint',
  outcomeMissed: 'manqué',
  outcomeNeutral: 'neutre',
  outcomeBonus: 'bonus',
  outcomeMalus: 'malus',
  outcomeNoBonus: 'pas de bonus',
  outcomeNoMalus: 'pas de malus',
  unitMinutes: 'min',
  unitHours: 'h',
  unitPoints: () => 'pt',
  periodOutside: (period, contract, first, last) =>
    fr`${period} est hors du contrat ${contract} (${last === undefined ? fr`à partir de ${first}` : fr`de ${first} à ${last}`})`,
  badPeriod: (period) =>
    /^\d{4}-\d\d$/.test(period)
      ? fr`${period} ne nomme aucun mois : une année va des mois 01 à 12`
      : fr`La période doit s’écrire AAAA-MM (reçu « ${period} »)`,
  missingKpi: (kpi, month) => fr`Réalisé : aucune valeur pour le KPI « ${kpi} » en ${month}`,
  scenarioMissing: (kind, name) =>
    kind === 'kpi'
      ? fr`aucune valeur donnée pour le KPI « ${name} »`
      : kind === 'volume'
        ? fr`aucune quantité donnée pour « ${name} »`
        : 'aucune heure donnée',
  explainGate: (kpi, actual, relation, level, held, withheld, amount) =>
    fr` ; condition ${kpi} ${actual} ${relation} ${level} : ` +
    (held
      ? 'remplie'
      : withheld
        ? fr`non remplie, ${withheld} non versés : ${amount}`
        : 'non remplie (le malus s’applique quand même)'),
  outcomeGateHeld: ', condition remplie',
  strictRelation: (met, direction) => FR_RATE_PASS[met ? 'met' : 'missed'][direction],
  explainActive: (months) => fr` (clause active en ${inWords(months, 'fr')})`,
  periodTerms: periodTermTexts('fr'),
  outcomeGateFailed: ', condition non remplie',
  missingVolume: (volume, months) => fr`Réalisé : aucune quantité pour « ${volume} » en ${months}`,
  missingHours: (months) => fr`Réalisé : aucune heure en ${months}`,
  needsHourly: (kpi) =>
    fr`KPI « ${kpi} » : ce modèle demande un forfait horaire avec une part variable dans le contrat`,
  modelFault: (kpi, message) => fr`KPI « ${kpi} » : ${message}`,
  amountBeyondCell: (place, largest) =>
    fr`${place} : le montant dépasse ±${largest}, le plus grand qu’une cellule de tableur tient exactement`,
  numberBeyondCell: (place) => fr`${place} : le nombre dépasse ce qu’une cellule de tableur peut tenir`,
  lineAmountPlace: (label) => fr`Ligne « ${label} »`,
  lineQuantityPlace: (label) => fr`Ligne « ${label} », quantité`,
  lineUnitPricePlace: (label) => fr`Ligne « ${label} », prix unitaire`,
  kpiValuePlace: (kpi, month) => fr`KPI « ${kpi} » en ${month}`,
  subtotalPlace: 'Total HT',
  totalPlace: 'Total TTC',
});

const TEXTS: Record<Language, InvoiceTexts> = { en: EN, fr: FR };

export function invoiceTexts(lang: Language): InvoiceTexts {
  return TEXTS[lang];
}
