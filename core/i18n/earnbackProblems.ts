/**
 * Why an invoice with an earnback stops, in English and French: a value the refund depends on is not in
 * the actuals. Each text follows the reader's own problem (`Actuals: no value for KPI "X" in 2026-03`) and
 * says which refund needs it, since the month is not the invoice's.
 */
import type { Language } from '../contract/types';
import { invoicePeriodName } from '../invoice/periodName';
import { fr, frenchTexts } from './frenchTypography';
import { formatMonths, frenchOf } from './periodFormat';

export interface EarnbackProblems {
  /** The invoice whose credits may be refunded cannot be priced again: `problem` is its own. */
  creditsUnpriced(problem: string, creditMonths: readonly string[]): string;
  /** A period of the earnback's window has no value: `problem` names the value and its month. */
  windowMissing(problem: string, kpi: string, creditMonths: readonly string[]): string;
  /** The actuals hold nothing for the invoice whose credits may be refunded (they begin later). */
  creditMonthsAbsent(creditMonths: readonly string[]): string;
}

const EN: EarnbackProblems = {
  creditsUnpriced: (problem, months) =>
    `${problem}, which the earnback of the service-level credits of ${formatMonths(months, 'en')} needs: this invoice may refund them`,
  windowMissing: (problem, kpi, months) =>
    `${problem}, which the earnback of the credit of ${formatMonths(months, 'en')} on ${kpi} needs: enter it, or mark the month excluded`,
  creditMonthsAbsent: (months) =>
    `Actuals: nothing is entered for ${formatMonths(months, 'en')}, whose service-level credits this invoice may refund (the earnback prices that invoice again): enter its values`,
};

const FR = frenchTexts<EarnbackProblems>({
  creditsUnpriced: (problem, months) =>
    fr`${problem}, dont la récupération des pénalités ${frenchOf(invoicePeriodName(months))} a besoin : cette facture peut les restituer`,
  windowMissing: (problem, kpi, months) =>
    fr`${problem}, dont la récupération de la pénalité ${frenchOf(invoicePeriodName(months))} sur ${kpi} a besoin : saisissez-la, ou marquez le mois exclu`,
  creditMonthsAbsent: (months) =>
    fr`Réalisé : rien n’est saisi pour ${formatMonths(months, 'fr')}, dont cette facture peut restituer les pénalités (la récupération recalcule cette facture) : saisissez ses valeurs`,
});

export function earnbackProblems(lang: Language): EarnbackProblems {
  return lang === 'fr' ? FR : EN;
}
