/**
 * Texts of a gate whose KPI forms no one value on some invoice of what it gates, in English and French:
 * the text after `Contract!AK34 (Gate KPI): `. The invoice is named in words (`July 2026`, `Q1 2026`).
 */
import type { Frequency, Language } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { EN_PERIODS, FR_PERIODS } from './conditions';
import { EVERY_EN, EVERY_FR } from './gateTimeBox';
import { formatMonthList, formatMonths, frenchDe } from './periodFormat';

/** Why the gate KPI has no value there: entered on its closing months only, judged month by month, due later. */
export type GateGap = 'closing' | 'each-month' | 'later';

/** What is gated: a clause evaluated every `period` (or in its `months` only), or a volume. */
export type GatedOwner =
  | { readonly kind: 'clause'; readonly name: string; readonly period: Frequency }
  | { readonly kind: 'time-boxed'; readonly name: string; readonly months: readonly string[] }
  | { readonly kind: 'volume'; readonly name: string };

export interface GatePeriodProblems {
  /** Gate `gate`, evaluated `period`, forms no one value on the invoice of `invoice`, which `owner` needs. */
  gateWithoutValue(
    gate: string,
    period: Frequency,
    gap: GateGap,
    owner: GatedOwner,
    invoice: readonly string[],
  ): string;
}

const q = JSON.stringify;

const ADJ_FR: Readonly<Record<Frequency, string>> = {
  monthly: 'mensuelle',
  quarterly: 'trimestrielle',
  'half-yearly': 'semestrielle',
  yearly: 'annuelle',
};

const EN: GatePeriodProblems = {
  gateWithoutValue: (gate, period, gap, owner, invoice) => {
    const head = {
      closing: `gate ${q(gate)} is evaluated ${period} with no aggregation: it has a value only on the month closing each ${EN_PERIODS[period][0]}`,
      'each-month': `gate ${q(gate)} is evaluated each month on its own (each-month), never as one value over several months`,
      later: `gate ${q(gate)} is evaluated ${period}, on the invoices closing a ${EN_PERIODS[period][0]} only`,
    }[gap];
    const gated =
      owner.kind === 'volume'
        ? `the volume ${q(owner.name)} is priced on every invoice`
        : `${q(owner.name)} is evaluated ${owner.kind === 'clause' ? EVERY_EN[owner.period] : `in ${formatMonthList(owner.months, 'en')}`}`;
    const remedy = {
      closing: `give ${q(gate)} an aggregation (average, minimum…), so that it is entered every month and the gate reads the invoice's months`,
      'each-month': `give ${q(gate)} an aggregation that forms one value (average, minimum…)`,
      later: `evaluate ${q(gate)} over each invoice's months`,
    }[gap];
    // Judged month by month, the gate has no one value for any invoice of several months.
    const other =
      owner.kind === 'volume'
        ? ', or gate the volume on a KPI evaluated on every invoice'
        : gap === 'each-month'
          ? ''
          : `, or gate only a clause evaluated ${period} or less often`;
    return `${head}, but ${gated}: its invoice of ${formatMonths(invoice, 'en')} would have no one value of ${q(gate)} to judge, and stop; ${remedy}${other}`;
  },
};

const FR: GatePeriodProblems = frenchTexts<GatePeriodProblems>({
  gateWithoutValue: (gate, period, gap, owner, invoice) => {
    const head = {
      closing: fr`la condition « ${gate} » est ${ADJ_FR[period]}, sans agrégation : elle n’a de valeur que le mois qui clôt chaque ${FR_PERIODS[period][0]}`,
      'each-month': fr`la condition « ${gate} » est évaluée chaque mois séparément (chaque-mois), jamais en une valeur sur plusieurs mois`,
      later: fr`la condition « ${gate} » est ${ADJ_FR[period]}, évaluée sur les seules factures qui clôturent un ${FR_PERIODS[period][0]}`,
    }[gap];
    const gated =
      owner.kind === 'volume'
        ? fr`le volume « ${owner.name} » est facturé à chaque facture`
        : owner.kind === 'clause'
          ? fr`« ${owner.name} » est évalué ${EVERY_FR[owner.period]}`
          : fr`« ${owner.name} » est évalué en ${formatMonthList(owner.months, 'fr')}`;
    const remedy = {
      closing: fr`donnez à « ${gate} » une agrégation (moyenne, minimum…), pour qu’elle soit saisie chaque mois et que la condition lise les mois de la facture`,
      'each-month': fr`donnez à « ${gate} » une agrégation qui forme une valeur (moyenne, minimum…)`,
      later: fr`évaluez « ${gate} » sur les mois de chaque facture`,
    }[gap];
    const other =
      owner.kind === 'volume'
        ? ', ou conditionnez le volume à un indicateur évalué à chaque facture'
        : gap === 'each-month'
          ? ''
          : fr`, ou ne conditionnez qu’une clause ${ADJ_FR[period]} ou moins fréquente`;
    return fr`${head}, mais ${gated} : sa facture ${frenchDe(formatMonths(invoice, 'fr'))} n’aurait aucune valeur de « ${gate} » à juger, et s’arrêterait ; ${remedy}${other}`;
  },
});

const TEXTS: Readonly<Record<Language, GatePeriodProblems>> = { en: EN, fr: FR };

export function gatePeriodProblems(lang: Language): GatePeriodProblems {
  return TEXTS[lang];
}
