/**
 * The task pane's modelling actions (issue 12), written once over a `WorkbookPort`: the exposure of a
 * period (the least and the most its invoice can be at that period's volumes and hours, over every KPI
 * value in its valid range), shown in the pane and written on a new Exposure sheet. The contract and
 * actuals are only read.
 */
import { formatMoney } from '../i18n/numberFormat';
import { sectionTexts } from '../i18n/sections';
import { exposureSheetPlan } from '../layout/exposureSheet';
import { exposure } from '../model/exposure';
import { scenarioOfPeriod } from '../model/scenario';
import { ActionError, invoiceOf, readWorkbook, usableInputs } from './actions';
import type { Lang } from './bridge';
import { andThen, type MaybePromise } from './maybePromise';
import type { WorkbookPort } from './workbookPort';

/** What `periodExposure` found and wrote. */
export interface ExposureSummary {
  /** Name of the new Exposure sheet. */
  readonly sheet: string;
  /** The least and the most invoice total (VAT included), formatted; `null` for an unbounded side. */
  readonly minimum: string | null;
  readonly maximum: string | null;
  /** Why a side is unbounded, one sentence per clause (as the engine words it). */
  readonly unbounded: readonly string[];
  readonly message: string;
}

export interface ModelActions {
  /** The exposure at the volumes and hours of `period`, in its history, on a new sheet. */
  periodExposure(period: string, lang: Lang, contract?: string): MaybePromise<ExposureSummary>;
}

export function modelActions(port: WorkbookPort): ModelActions {
  return {
    periodExposure: (period, lang, contract) =>
      andThen(readWorkbook(port, lang, contract), (read) => {
        // The period must be one the contract can invoice: the same refusals as Generate invoice.
        const invoice = invoiceOf(read, period, lang);
        const { contract: terms, actuals } = usableInputs(read, lang);
        const result = exposure(terms, scenarioOfPeriod(terms, actuals, period), {
          period,
          history: actuals,
        });
        const t = sectionTexts(lang);
        if (!result.ok) throw new ActionError(t.exposureProblems(result.problems));
        const e = result.exposure;
        const { currency } = invoice.contract;
        const money = (total: typeof invoice.total | undefined) =>
          total === undefined ? null : formatMoney(total, currency, lang);
        const minimum = money(e.min?.total);
        const maximum = money(e.max?.total);
        const plan = exposureSheetPlan(terms, e, `the actuals of ${period}`);
        return andThen(port.paint([{ plan }]), ([sheet]) => ({
          sheet: sheet!,
          minimum,
          maximum,
          unbounded: e.unbounded.map((u) => u.reason),
          message: t.exposure(period, minimum, maximum, sheet!),
        }));
      }),
  };
}
