import type { HourlyTerms } from '../../contract/types';
import { ONE, ZERO, type Dec } from '../../money';
import type { InvoiceContext } from '../context';
import { RATIO_DECIMALS, shownRounded } from '../shownRatio';
import type { InvoiceLine, KpiEvidence } from '../types';

/** The hourly rate the hours are billed at: the stated rate with the hourly terms' own adjustment. */
export function hourlyRate(hourly: HourlyTerms): Dec {
  return hourly.rate.times(ONE.plus(hourly.adjustment));
}

/**
 * The hourly line naming every rate-adjustment clause of the invoice, graded or step, whether it moved the
 * rate or not (their lines follow with the amounts), so that a buyer reading it sees every adjustment:
 * `…; rate adjusted by the KPIs: Cancellations +2% (€81.60/h), Response time +0% (€80/h)`.
 */
export function withRateAdjustments(
  ctx: InvoiceContext,
  lines: readonly InvoiceLine[],
  evidence: readonly KpiEvidence[],
): InvoiceLine[] {
  const hourly = ctx.contract.hourly;
  // Amounts only: no text is read (forecasts price 100,000s of invoices).
  if (hourly === undefined || ctx.amountsOnly) return [...lines];
  const t = ctx.texts.periodTerms;
  const rate = hourlyRate(hourly);
  const adjustments = evidence.flatMap((e) => {
    if (e.clause.model !== 'rate-adjustment') return [];
    // Not evaluated (an excluded month, a short sample): the rate stays as it is; its own line says why.
    if (e.notEvaluated !== undefined) return [t.rateNotEvaluated(e.clause.name)];
    if (e.rateShare === undefined) return [];
    // A share of 0 (between the levels, a withheld uplift, a cut of 0) is printed +0 %, never −0 %.
    const share = e.rateShare.isZero() ? ZERO : e.rateShare;
    const signed = (fraction: Dec) => `${fraction.isNegative() ? '−' : '+'}${ctx.percent(fraction.abs())}`;
    // Printed to the digits a graded line prints, marked ≈ when they are more (−1/30 of €80).
    const adjusted = shownRounded(rate.times(ONE.plus(share)), 4, ctx.price);
    return [`${e.clause.name} ${shownRounded(share, RATIO_DECIMALS, signed)} (${adjusted}/h)`];
  });
  if (adjustments.length === 0) return [...lines];
  return lines.map((line) =>
    line.kind === 'hourly'
      ? { ...line, explanation: `${line.explanation}${t.rateAdjustments(adjustments)}` }
      : line,
  );
}
