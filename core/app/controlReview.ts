/**
 * The pane's Performance review (issue 13): the invoices of a range of periods, read as the review reads
 * them (each KPI invoice by invoice, met or missed, misses per KPI, weighted achievement), on a new
 * Performance sheet with its conditional formats and a chart per KPI. Nothing is priced a second time.
 */
import { periodsInRange } from '../control/batch';
import { performanceReview } from '../control/review';
import { controlSectionTexts } from '../i18n/controlSections';
import { sectionTexts } from '../i18n/sections';
import { performanceSheetPlan } from '../layout/performanceSheet';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/** What `reviewPerformance` wrote. */
export interface ReviewResult {
  readonly sheet: string;
  readonly kpis: number;
  readonly invoices: number;
  readonly misses: number;
  readonly message: string;
}

/** The Performance sheet of the invoices from `from` to `to` (whole invoicing periods). */
export function reviewPerformance(
  port: WorkbookPort,
  from: string,
  to: string,
  lang: Lang,
  contract: string | undefined,
): MaybePromise<ReviewResult> {
  const t = controlSectionTexts(lang);
  return andThen(readWorkbook(port, lang, contract), (read) => {
    const terms = usableInputs(read, lang).contract;
    const range = periodsInRange(terms, from, to, lang);
    if (!range.ok) throw new ActionError(sectionTexts(lang).rangeProblem(range.problem));
    if (terms.kpis.length === 0) throw new ActionError(t.reviewNoKpi);
    const invoices = range.periods.map((period) => invoiceOf(read, period, lang));
    const review = performanceReview(invoices);
    const misses = review.misses.reduce((n, m) => n + m.missed, 0);
    return andThen(port.paint([{ plan: performanceSheetPlan(review, invoices) }]), ([sheet]) => ({
      sheet: sheet!,
      kpis: review.misses.length,
      invoices: invoices.length,
      misses,
      message: t.reviewed(sheet!, review.misses.length, invoices.length, misses),
    }));
  });
}
