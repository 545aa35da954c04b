/**
 * Texts of the clause conditions (minimum sample, exclusions, repeat-failure escalation and key measures,
 * gated volume prices), in English and French: the problems Check reports and what invoices print.
 */
import type { Frequency, Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { plural } from './plural';
import { formatCount } from './digitGroups';
import { formatMonthList } from './periodFormat';

/** Problems of the condition terms; each returns the text after `Contract!AN34 (Sample minimum): `. */
export interface ConditionProblems {
  readonly sampleIncomplete: string;
  neutralAboveAmount(amount: string): string;
  readonly repeatNeedsCount: string;
  readonly repeatNeedsWindow: string;
  readonly escalationIncomplete: string;
  readonly fallbackNeedsGate: string;
  readonly gateComparisonNeedsGate: string;
  readonly gateNotEvaluatedNeedsGate: string;
  fallbackAbovePrice(price: string): string;
  readonly gatedAboveNeedsGate: string;
  readonly gatedAboveGraduated: string;
  /** A bound that ends no tier: the gated units would start inside one. */
  gatedAboveNotABound(bound: string, bounds: string): string;
  gatePeriod(kpi: string, period: string, frequency: string): string;
}

/** What invoices print for the conditions. */
export interface ConditionTexts {
  /**
   * `sample 29 (Survey answers) < minimum 30`; `excluded`: the months of an aggregated clause's period the
   * actuals exclude, whose answers are not counted (`sample 121 (Answers; June 2026 excluded, not counted)`).
   */
  sampleShort(sample: string, volume: string, minimum: string, excluded?: readonly string[]): string;
  /** `2026-10 excluded (client-caused outage)`. */
  excluded(month: string, reason: string): string;
  /** `CSAT: sample 29 (Survey answers) < minimum 30: not evaluated`. */
  notEvaluated(kpi: string, why: string): string;
  /** What a clause not evaluated gives: nothing, a neutral fee, no credit. */
  neutral(kind: 'none' | 'fee' | 'credit', amount: string): string;
  /** What a fee clause (threshold, kpi-score) not evaluated and with no neutral fee gives: no fee. */
  neutralNoFee(amount: string): string;
  /** The KPI evidence's outcome of a clause not evaluated: `not evaluated: 2026-03 excluded (…)`. */
  outcomeNotEvaluated(why: string): string;
  /** `; missed 3 of the last 4 months: credit × 1.5: €2,000.00 × 1.5 = €3,000.00`. */
  escalated(
    misses: number,
    window: number,
    period: Frequency,
    factor: string,
    base: string,
    amount: string,
    /** The window's periods not evaluated, each with why: no miss (`2026-02 excluded (…)`). */
    skipped?: readonly string[],
  ): string;
  /** A key measure missed, not yet critical: no credit. */
  keyMeasure(
    misses: number,
    window: number,
    period: Frequency,
    criticalAt: number,
    withheld: string,
    skipped?: readonly string[],
  ): string;
  /** A key measure missed often enough to be critical: its credit applies. */
  critical(
    misses: number,
    window: number,
    period: Frequency,
    criticalAt: number,
    skipped?: readonly string[],
  ): string;
  /** A month of the look-back window, inside the contract, with no value for the KPI: stops the invoice. */
  repeatMissing(kpi: string, months: string): string;
  /** A period priced alone (a scenario): the window's earlier months were not counted. */
  readonly noHistory: string;
  outcomeEscalated(factor: string): string;
  readonly outcomeKeyMeasure: string;
  readonly outcomeCritical: string;
  /** Why a gate KPI could not judge: it was not evaluated that month. */
  gateNotJudged(kpi: string, why: string): string;
  readonly outcomeGateNotJudged: string;
  /** How a gate stood: `CSAT 84.9% < 85%`. */
  gateJudged(kpi: string, actual: string, relation: string, level: string): string;
  /** A gate whose KPI was not evaluated: `CSAT not evaluated (sample 29 (Survey answers) < minimum 30)`. */
  gateUnjudged(kpi: string, why: string): string;
  /** What a gate's failure is called: `failed`, or counted so because the KPI was not evaluated. */
  gateFailed(unjudged: boolean): string;
  /** A clause's gate not evaluated and counted as failed (`gateNotEvaluated: withhold`); `withheld` null: a malus. */
  clauseGateWithheld(kpi: string, why: string, withheld: string | null, amount: string): string;
  readonly outcomeGateWithheld: string;
  /** A volume's gate failed (`gate`: `CSAT 84.9% < 85%: failed`): every unit at the fallback price. */
  volumeGateFailed(
    gate: string,
    failed: string,
    notPaid: string,
    units: string,
    fallback: string,
    amount: string,
  ): string;
  /** After the fallback price: it is the lowest price in force, under the contract's `stated` fallback. */
  fallbackInForce(stated: string): string;
  /** A volume's gate held; `above`: the bound of the gated tiers, when the gate is on those only. */
  volumeGateHeld(kpi: string, actual: string, relation: string, level: string, above?: string): string;
  /** A gate on the tiers above a bound failed: those units at the fallback price, the rest as priced. */
  upperTiersGateFailed(
    gate: string,
    failed: string,
    above: string,
    /** `2,500`, or null when no unit is above the bound. */
    units: string | null,
    fallback: string,
    /** The repriced line: `40,000 × €2.10 + 2,500 × €2.10`. */
    parts: readonly string[],
    amount: string,
  ): string;
}

/** A period's noun, singular and plural, as the texts of gates and evaluation windows name it. */
export const EN_PERIODS: Readonly<Record<Frequency, [string, string]>> = {
  monthly: ['month', 'months'],
  quarterly: ['quarter', 'quarters'],
  'half-yearly': ['half-year', 'half-years'],
  yearly: ['year', 'years'],
};
export const FR_PERIODS: Readonly<Record<Frequency, [string, string]>> = {
  monthly: ['mois', 'mois'],
  quarterly: ['trimestre', 'trimestres'],
  'half-yearly': ['semestre', 'semestres'],
  yearly: ['année', 'années'],
};
const enLast = (window: number, period: Frequency) =>
  window === 1
    ? `the last ${EN_PERIODS[period][0]}`
    : `the last ${formatCount('en', window)} ${EN_PERIODS[period][1]}`;
const frLast = (window: number, period: Frequency) =>
  window === 1
    ? `${period === 'yearly' ? 'la dernière' : 'le dernier'} ${FR_PERIODS[period][0]}`
    : `les ${formatCount('fr', window)} ${period === 'yearly' ? 'dernières' : 'derniers'} ${FR_PERIODS[period][1]}`;
/**
 * The periods of a repeat-failure window not evaluated, each with why; `more`: more follows in the same
 * parentheses (nothing when there are none).
 */
const enSkipped = (skipped: readonly string[], more = false) =>
  skipped.length === 0 ? '' : `not evaluated, so no miss: ${skipped.join(', ')}${more ? '; ' : ''}`;
const frSkipped = (skipped: readonly string[], more = false) =>
  skipped.length === 0
    ? ''
    : fr`${plural('fr', skipped.length, 'non évalué', 'non évalués')}, donc sans manquement : ${skipped.join(', ')}${more ? fr` ; ` : ''}`;

const EN_PROBLEMS: ConditionProblems = {
  sampleIncomplete: 'a minimum sample needs both its volume (Sample volume) and its minimum (Sample minimum)',
  neutralAboveAmount: (amount) =>
    `at most the clause's amount (${amount}): a clause not evaluated cannot pay more than one that passes`,
  repeatNeedsCount:
    'Repeat periods counts misses for Escalate at or Critical at: give one of them, or leave it blank',
  repeatNeedsWindow: 'needs Repeat periods (how many of the last periods count, this one included)',
  escalationIncomplete: 'an escalation needs both Escalate at (the misses) and Escalation factor',
  gateComparisonNeedsGate:
    'a gate comparison says how Gate KPI is compared with Gate level: give both, or leave it blank',
  gateNotEvaluatedNeedsGate:
    'says what a gate pays when its KPI is not evaluated: give Gate KPI and Gate level, or leave it blank',
  fallbackNeedsGate:
    'a fallback price is paid when a gate fails: give Gate KPI and Gate level, or leave it blank',
  fallbackAbovePrice: (price) =>
    `at most the lowest unit price (${price}): a failed gate never raises the fee`,
  gatedAboveNeedsGate:
    'the tiers above this bound are paid only if a gate holds: give Gate KPI and Gate level, or leave it blank',
  gatedAboveGraduated:
    'only graduated tiers can be gated above a bound (in volume mode every unit takes one price): set Mode to graduated, or gate the whole volume',
  gatedAboveNotABound: (bound, bounds) =>
    `${bound} ends no tier (the tiers end at ${bounds}): the gated units are those above a tier's Up to`,
  gatePeriod: (kpi, period, frequency) =>
    `the gate KPI ${JSON.stringify(kpi)} is ${period} with no aggregation: a gated price needs a KPI evaluated on every invoice (${frequency}), or one with an aggregation (average, minimum…)`,
};

const FR_PROBLEMS = frenchTexts<ConditionProblems>({
  sampleIncomplete:
    'un échantillon minimum demande son volume (Volume d’échantillon) et son minimum (Échantillon minimum)',
  neutralAboveAmount: (amount) =>
    fr`au plus le montant de la clause (${amount}) : une clause non évaluée ne peut pas payer plus qu’une clause atteinte`,
  repeatNeedsCount:
    'Périodes comptées sert à compter les manquements pour Aggravation à ou Critique à : donnez-en un, ou laissez vide',
  repeatNeedsWindow: 'demande Périodes comptées (combien des dernières périodes comptent, celle-ci comprise)',
  escalationIncomplete: 'une aggravation demande Aggravation à (les manquements) et Facteur d’aggravation',
  gateComparisonNeedsGate:
    'une comparaison de condition dit comment l’Indicateur de condition se compare au Niveau de condition : donnez les deux, ou laissez vide',
  gateNotEvaluatedNeedsGate:
    'dit ce que paie une condition dont l’indicateur n’est pas évalué : donnez Indicateur de condition et Niveau de condition, ou laissez vide',
  fallbackNeedsGate:
    'un prix de repli est payé quand une condition n’est pas remplie : donnez Indicateur de condition et Niveau de condition, ou laissez vide',
  fallbackAbovePrice: (price) =>
    fr`au plus le plus bas des prix unitaires (${price}) : une condition non remplie n’augmente jamais le montant`,
  gatedAboveNeedsGate:
    'les paliers au-delà de ce seuil ne sont payés que si une condition est remplie : donnez Indicateur de condition et Niveau de condition, ou laissez vide',
  gatedAboveGraduated:
    'seuls des paliers progressifs peuvent être conditionnés au-delà d’un seuil (en mode volume chaque unité prend un seul prix) : choisissez le mode progressif, ou conditionnez tout le volume',
  gatedAboveNotABound: (bound, bounds) =>
    fr`${bound} ne termine aucun palier (les paliers finissent à ${bounds}) : les unités conditionnées sont celles au-delà du « Jusqu’à » d’un palier`,
  gatePeriod: (kpi, period, frequency) =>
    fr`l’indicateur de condition « ${kpi} » est ${period}, sans agrégation : un prix conditionné demande un indicateur évalué à chaque facture (${frequency}), ou agrégé (moyenne, minimum…)`,
});

const EN: ConditionTexts = {
  sampleShort: (sample, volume, minimum, excluded = []) =>
    `sample ${sample} (${volume}${excluded.length === 0 ? '' : `; ${formatMonthList(excluded, 'en')} excluded, not counted`}) < minimum ${minimum}`,
  excluded: (month, reason) => `${month} excluded (${reason})`,
  notEvaluated: (kpi, why) => `${kpi}: ${why}: not evaluated`,
  neutral: (kind, amount) =>
    ({
      none: `, no bonus, no malus: ${amount}`,
      fee: `, neutral fee as the contract states: ${amount}`,
      credit: `, no credit: ${amount}`,
    })[kind],
  neutralNoFee: (amount) => `, no fee: ${amount}`,
  outcomeNotEvaluated: (why) => `not evaluated: ${why}`,
  escalated: (misses, window, period, factor, base, amount, skipped = []) =>
    `; missed ${formatCount('en', misses)} of ${enLast(window, period)}${skipped.length === 0 ? '' : ` (${enSkipped(skipped)})`}: credit × ${factor}: ${base} × ${factor} = ${amount}`,
  keyMeasure: (misses, window, period, criticalAt, withheld, skipped = []) =>
    `; key measure, missed ${formatCount('en', misses)} of ${enLast(window, period)} (${enSkipped(skipped, true)}critical from ${formatCount('en', criticalAt)}): no credit, ${withheld} not deducted`,
  critical: (misses, window, period, criticalAt, skipped = []) =>
    `; key measure critical, missed ${formatCount('en', misses)} of ${enLast(window, period)} (${enSkipped(skipped, true)}critical from ${formatCount('en', criticalAt)}): the credit applies`,
  repeatMissing: (kpi, months) =>
    `Actuals: the repeat-failure escalation of "${kpi}" reads ${months}: no value for ${kpi} (enter it, or mark the month excluded)`,
  noHistory: '; no earlier months: repeat failures not counted',
  outcomeEscalated: (factor) => `, credit × ${factor}`,
  outcomeKeyMeasure: ', key measure',
  outcomeCritical: ', critical',
  gateNotJudged: (kpi, why) => `; gate ${kpi} not evaluated (${why}): not applied`,
  outcomeGateNotJudged: ', gate not applied',
  gateJudged: (kpi, actual, relation, level) => `${kpi} ${actual} ${relation} ${level}`,
  gateUnjudged: (kpi, why) => `${kpi} not evaluated (${why})`,
  gateFailed: (unjudged) => (unjudged ? 'counted as failed, as the contract states' : 'failed'),
  clauseGateWithheld: (kpi, why, withheld, amount) =>
    `; gate ${EN.gateUnjudged(kpi, why)}: ${EN.gateFailed(true)}` +
    (withheld === null ? ' (a malus applies anyway)' : `, ${withheld} not paid: ${amount}`),
  outcomeGateWithheld: ', gate not evaluated: counted as failed',
  volumeGateFailed: (gate, failed, notPaid, units, fallback, amount) =>
    `; gate ${gate}: ${failed}, ${notPaid} not paid: ${units} × fallback price ${fallback} = ${amount}`,
  fallbackInForce: (stated) => ` (the lowest unit price in force, under the stated fallback ${stated})`,
  volumeGateHeld: (kpi, actual, relation, level, above) =>
    `; gate ${kpi} ${actual} ${relation} ${level}${above === undefined ? '' : ` on the units above ${above}`}: held`,
  upperTiersGateFailed: (gate, failed, above, units, fallback, parts, amount) =>
    `; gate ${gate} on the units above ${above}: ${failed}, ${
      units === null
        ? 'none this period'
        : `those ${units} at fallback price ${fallback}: ${parts.join(' + ')} = ${amount}`
    }`,
};

const FR: ConditionTexts = frenchTexts<ConditionTexts>({
  sampleShort: (sample, volume, minimum, excluded = []) => {
    const [exclu, compte] = [
      plural('fr', excluded.length, 'exclu', 'exclus'),
      plural('fr', excluded.length, 'non compté', 'non comptés'),
    ];
    const left = excluded.length === 0 ? '' : fr` ; ${formatMonthList(excluded, 'fr')} ${exclu}, ${compte}`;
    return fr`échantillon ${sample} (${volume}${left}) < minimum ${minimum}`;
  },
  excluded: (month, reason) => fr`${month} exclu (${reason})`,
  notEvaluated: (kpi, why) => fr`${kpi} : ${why} : non évalué`,
  neutral: (kind, amount) =>
    ({
      none: fr`, ni bonus ni malus : ${amount}`,
      fee: fr`, montant neutre prévu au contrat : ${amount}`,
      credit: fr`, pas de pénalité : ${amount}`,
    })[kind],
  neutralNoFee: (amount) => fr`, pas d’honoraires : ${amount}`,
  outcomeNotEvaluated: (why) => fr`non évalué : ${why}`,
  escalated: (misses, window, period, factor, base, amount, skipped = []) =>
    fr` ; manqué ${formatCount('fr', misses)} fois sur ${frLast(window, period)}${skipped.length === 0 ? '' : fr` (${frSkipped(skipped)})`} : pénalité × ${factor} : ${base} × ${factor} = ${amount}`,
  keyMeasure: (misses, window, period, criticalAt, withheld, skipped = []) =>
    fr` ; indicateur clé, manqué ${formatCount('fr', misses)} fois sur ${frLast(window, period)} (${frSkipped(skipped, true)}critique à partir de ${formatCount('fr', criticalAt)}) : pas de pénalité, ${withheld} non déduits`,
  critical: (misses, window, period, criticalAt, skipped = []) =>
    fr` ; indicateur clé devenu critique, manqué ${formatCount('fr', misses)} fois sur ${frLast(window, period)} (${frSkipped(skipped, true)}critique à partir de ${formatCount('fr', criticalAt)}) : la pénalité s’applique`,
  repeatMissing: (kpi, months) =>
    fr`Réalisé : l’aggravation pour manquements répétés de « ${kpi} » lit ${months} : aucune valeur pour ${kpi} (saisissez-la, ou marquez le mois exclu)`,
  noHistory: ' ; pas de mois antérieurs : manquements répétés non comptés',
  outcomeEscalated: (factor) => fr`, pénalité × ${factor}`,
  outcomeKeyMeasure: ', indicateur clé',
  outcomeCritical: ', critique',
  gateNotJudged: (kpi, why) => fr` ; condition ${kpi} non évaluée (${why}) : non appliquée`,
  outcomeGateNotJudged: ', condition non appliquée',
  gateJudged: (kpi, actual, relation, level) => fr`${kpi} ${actual} ${relation} ${level}`,
  gateUnjudged: (kpi, why) => fr`${kpi} non évaluée (${why})`,
  gateFailed: (unjudged) => (unjudged ? 'comptée non remplie, comme le prévoit le contrat' : 'non remplie'),
  clauseGateWithheld: (kpi, why, withheld, amount) =>
    fr` ; condition ${FR.gateUnjudged(kpi, why)} : ${FR.gateFailed(true)}` +
    (withheld === null ? ' (le malus s’applique quand même)' : fr`, ${withheld} non versés : ${amount}`),
  outcomeGateWithheld: ', condition non évaluée : comptée non remplie',
  volumeGateFailed: (gate, failed, notPaid, units, fallback, amount) =>
    fr` ; condition ${gate} : ${failed}, ${notPaid} non versés : ${units} × prix de repli ${fallback} = ${amount}`,
  fallbackInForce: (stated) =>
    fr` (le plus bas prix unitaire en vigueur, sous le prix de repli prévu ${stated})`,
  volumeGateHeld: (kpi, actual, relation, level, above) =>
    fr` ; condition ${kpi} ${actual} ${relation} ${level}${above === undefined ? '' : fr` sur les unités au-delà de ${above}`} : remplie`,
  upperTiersGateFailed: (gate, failed, above, units, fallback, parts, amount) =>
    fr` ; condition ${gate} sur les unités au-delà de ${above} : ${failed}, ${
      units === null
        ? 'aucune sur la période'
        : fr`ces ${units} au prix de repli ${fallback} : ${parts.join(' + ')} = ${amount}`
    }`,
});

export function conditionProblems(lang: Language): ConditionProblems {
  return lang === 'fr' ? FR_PROBLEMS : EN_PROBLEMS;
}

export function conditionTexts(lang: Language): ConditionTexts {
  return lang === 'fr' ? FR : EN;
}
