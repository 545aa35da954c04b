/**
 * Texts of a gate on a time-boxed KPI that cannot judge what it gates, in English and French: the text
 * after `Contract!AK34 (Gate KPI): `. Months are passed as `YYYY-MM` and written in words here.
 */
import type { Frequency, Language, Period } from '../contract/types';
import { fr, frenchTexts } from './frenchTypography';
import { formatMonthList } from './periodFormat';

/** Where the gated clause or volume is evaluated beyond the gate KPI's months. */
export type GateBeyond =
  | { readonly kind: 'months'; readonly months: readonly Period[] }
  | { readonly kind: 'every'; readonly period: Frequency }
  | { readonly kind: 'volume' };

export interface GateTimeBoxProblems {
  /** Gate `gate`, time-boxed to `months`, cannot judge `owner`, which is evaluated `beyond` them. */
  gateTimeBoxed(gate: string, months: readonly Period[], owner: string, beyond: GateBeyond): string;
}

export const EVERY_EN: Readonly<Record<Frequency, string>> = {
  monthly: 'every month',
  quarterly: 'every quarter',
  'half-yearly': 'every half-year',
  yearly: 'every year',
};

export const EVERY_FR: Readonly<Record<Frequency, string>> = {
  monthly: 'chaque mois',
  quarterly: 'chaque trimestre',
  'half-yearly': 'chaque semestre',
  yearly: 'chaque année',
};

const q = JSON.stringify;

const EN: GateTimeBoxProblems = {
  gateTimeBoxed: (gate, months, owner, beyond) => {
    const only = formatMonthList(months, 'en');
    const head = `gate ${q(gate)} is evaluated only in ${only}`;
    if (beyond.kind === 'volume')
      return `${head}, but the volume ${q(owner)} is priced on every invoice: the other invoices would need a value of ${q(gate)} that no month can hold; gate it on a KPI evaluated on every invoice`;
    const when =
      beyond.kind === 'every' ? EVERY_EN[beyond.period] : `in ${formatMonthList(beyond.months, 'en')} too`;
    return `${head}, but ${q(owner)} is evaluated ${when}: those invoices would need a value of ${q(gate)} that no month can hold; time-box ${q(owner)} to ${only} or fewer months, or gate it on a KPI evaluated whenever it is`;
  },
};

const FR: GateTimeBoxProblems = frenchTexts<GateTimeBoxProblems>({
  gateTimeBoxed: (gate, months, owner, beyond) => {
    const only = formatMonthList(months, 'fr');
    const head = fr`la condition « ${gate} » n’est évaluée qu’en ${only}`;
    if (beyond.kind === 'volume')
      return fr`${head}, mais le volume « ${owner} » est facturé à chaque facture : les autres factures demanderaient une valeur de « ${gate} » qu’aucun mois ne peut recevoir ; conditionnez-le à un indicateur évalué à chaque facture`;
    const when =
      beyond.kind === 'every'
        ? EVERY_FR[beyond.period]
        : fr`aussi en ${formatMonthList(beyond.months, 'fr')}`;
    return fr`${head}, mais « ${owner} » est évalué ${when} : ces factures demanderaient une valeur de « ${gate} » qu’aucun mois ne peut recevoir ; limitez « ${owner} » à ${only} ou à moins de mois, ou conditionnez-le à un indicateur évalué chaque fois qu’il l’est`;
  },
});

const TEXTS: Readonly<Record<Language, GateTimeBoxProblems>> = { en: EN, fr: FR };

export function gateTimeBoxProblems(lang: Language): GateTimeBoxProblems {
  return TEXTS[lang];
}
