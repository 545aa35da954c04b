/**
 * Contract + Actuals + period → Invoice. Every printed line is rounded once (the contract's rounding rule,
 * the currency's minor unit); subtotal, VAT and total are exact sums of printed lines; every amount fits a
 * cell to the minor unit, or the invoice is refused.
 */
import { invoiceWindow } from '../contract/period';
import { ENGINE_VERSION, invoiceSeal, type InvoiceSeal } from '../control/fingerprint';
import { recordingActuals } from '../control/usedActuals';
import type { Actuals, Contract, Period } from '../contract/types';
import { invoiceTexts } from '../i18n/invoice';
import { allocateMoney, decSum, type Dec } from '../money';
import { fixedLines, hourlyLines, rebatesBeyondFees, volumeLines } from './baseLines';
import { atRiskAmountText, capLines, ruleAmount, slaCapLine } from './caps';
import { invoiceContext, isWhatIf, type InvoiceContext } from './context';
import { earnbackLines, type CreditsCut } from './earnbackLines';
import { earnbackProblems } from '../i18n/earnbackProblems';
import { kpiLines } from './kpiLines';
import { cellProblems } from './cellBounds';
import type { Invoice, InvoiceLine, InvoiceResult, KpiEvidence } from './types';
import { monthProblem, outsideContractProblem } from './monthProblem';
import { invoicePeriodName } from './periodName';
import { withRateAdjustments } from './pricing/rateAdjustments';
import { revisedPrices } from './pricing/priceRevision';

export interface InvoiceOptions {
  /** `YYYY-MM-DD`; the last day of the invoiced period by default, so a rebuilt invoice is identical. */
  readonly issueDate?: string;
  /** The period priced alone, without its history (see `InvoiceContext.withoutHistory`). */
  readonly withoutHistory?: boolean;
  /** KPIs a scenario spread one value over (see `InvoiceContext.spread`). */
  readonly spread?: ReadonlySet<string>;
  /** Whose values the invoiced months hold (see `InvoiceContext.ofScenario`). */
  readonly ofScenario?: 'alone' | 'in-history';
  /** Amounts only: every text empty (see `InvoiceContext.amountsOnly`), and no seal (reading it throws). */
  readonly amountsOnly?: boolean;
  /**
   * With `amountsOnly`: the net credits of invoices already priced on these same actuals, by first month,
   * filled as invoices are priced, so that an earnback does not price its earlier invoice again (a
   * forecast prices every month of a simulation). Without `amountsOnly` it is ignored: the seal must
   * cover the values the earlier invoice read.
   */
  readonly netCredits?: Map<Period, ReadonlyMap<string, Dec> | null>;
  /** Told each value the invoice lacks, with the problem's words (see `InvoiceContext.noteMissing`). */
  readonly noteMissing?: InvoiceContext['noteMissing'];
}

interface Core {
  readonly lines: InvoiceLine[];
  readonly evidence: KpiEvidence[];
  readonly problems: string[];
  /** Credits actually deducted per service level, after the at-risk cap (what an earnback refunds). */
  readonly netCredits: Map<string, Dec>;
  /** The at-risk cap's cut of the credits, when it cut them: what an earnback's line says of its share. */
  readonly creditsCut?: CreditsCut;
}

/** Every line but earnbacks, for the invoiced months of `ctx`. */
function invoiceCore(stated: InvoiceContext): Core {
  // The prices in force for these months: dated amendments and indexation (pricing/priceRevision.ts).
  const revision = revisedPrices(stated);
  const ctx = revision.ctx;
  const problems: string[] = [...revision.problems];
  const base = [fixedLines(ctx), hourlyLines(ctx), volumeLines(ctx)];
  const baseLines = revision.annotate(base.flatMap((s) => s.lines));
  problems.push(...base.flatMap((s) => s.problems), ...rebatesBeyondFees(ctx, baseLines));
  const baseFees = decSum(baseLines.map((l) => l.amount));
  const hourly = baseLines.find((l) => l.kind === 'hourly');
  const { sla } = ctx.contract;
  const charges =
    sla?.basis === 'fixed-fees'
      ? decSum(baseLines.filter((l) => l.kind === 'fixed').map((l) => l.amount))
      : baseFees;
  const atRisk = sla ? ruleAmount(sla.atRisk, charges) : null;
  // Amounts only: no text is read (forecasts price 100,000s of invoices).
  const atRiskText =
    sla && atRisk && !ctx.amountsOnly ? atRiskAmountText(ctx, sla.atRisk, charges, sla.basis) : null;
  const env = { hourlyPay: hourly ? hourly.amount : null, atRisk, atRiskText };

  const kpi = kpiLines(ctx, env, (clause) => clause.model !== 'sla-credit');
  const caps = capLines(ctx, kpi.lines, baseFees);
  const credits = kpiLines(ctx, env, (clause) => clause.model === 'sla-credit');
  const slaCap = sla ? slaCapLine(ctx, credits.lines, sla, charges) : null;
  problems.push(...kpi.problems, ...credits.problems);

  // Under the cap the service levels share what was actually deducted by largest remainder, so that the
  // earnbacks of every level add up to the deduction to the cent.
  const deducted = credits.lines.map((l) => l.amount.neg());
  const shares = slaCap
    ? allocateMoney(decSum(deducted).minus(slaCap.amount), deducted, ctx.contract.currency)
    : deducted;
  const netCredits = new Map(credits.lines.map((l, i) => [l.kpi!, shares[i]] as const));
  const creditsCut: CreditsCut | undefined = slaCap
    ? {
        deducted: decSum(shares),
        total: decSum(deducted),
        credits: new Map(credits.lines.map((l, i) => [l.kpi!, deducted[i]] as const)),
      }
    : undefined;
  return {
    lines: [
      // The hourly line names every KPI adjustment of its rate (pricing/rateAdjustments.ts).
      ...withRateAdjustments(ctx, baseLines, kpi.evidence),
      ...kpi.lines,
      ...caps,
      ...credits.lines,
      ...(slaCap ? [slaCap] : []),
    ],
    evidence: [...kpi.evidence, ...credits.evidence],
    problems,
    netCredits,
    ...(creditsCut ? { creditsCut } : {}),
  };
}

/** The seal of an amounts-only invoice: it recorded no reads, so it has no fingerprint to give. */
const UNSEALED: InvoiceSeal = {
  get fingerprint(): string {
    throw new Error('an amounts-only invoice has no seal');
  },
  get contractVersion(): string {
    throw new Error('an amounts-only invoice has no seal');
  },
  engineVersion: ENGINE_VERSION,
};

function lastDayOf(month: Period): string {
  let date = LAST_DAYS.get(month);
  if (date === undefined) {
    const [year, m] = month.split('-').map(Number);
    const day = new Date(Date.UTC(year, m, 0)).getUTCDate();
    date = `${month}-${String(day).padStart(2, '0')}`;
    LAST_DAYS.set(month, date);
  }
  return date;
}
/** Issue dates by month: a forecast prices the same months hundreds of thousands of times. */
const LAST_DAYS = new Map<Period, string>();

/** Builds the invoice of the invoicing period containing `period`, or says every reason it cannot. */
export function buildInvoice(
  contract: Contract,
  actuals: Actuals,
  period: Period,
  options: InvoiceOptions = {},
): InvoiceResult {
  const texts = invoiceTexts(contract.language);
  const notAMonth = monthProblem(period, contract.language);
  if (notAMonth !== undefined) return { ok: false, problems: [notAMonth] };
  const outside = outsideContractProblem(contract, period, contract.language);
  if (outside !== undefined) return { ok: false, problems: [outside] };
  const months = invoiceWindow(contract, period)!;
  // Every value the engine reads goes through `used`, so the fingerprint covers exactly those.
  // Amounts only: nothing is sealed, so nothing is recorded (the seal says so if read).
  const used = options.amountsOnly ? null : recordingActuals(actuals);
  const read = used?.actuals ?? actuals;
  const ctx = invoiceContext(contract, read, months, options);
  const core = invoiceCore(ctx);
  // A value two clauses read (a gate KPI) is reported missing once.
  if (core.problems.length > 0) return { ok: false, problems: [...new Set(core.problems)] };

  const known = options.amountsOnly ? options.netCredits : undefined;
  const earnbacks = earnbackLines(ctx, (earlier) => {
    if (known?.has(earlier[0])) {
      const shares = known.get(earlier[0])!;
      return shares && { shares };
    }
    // Earlier invoices hold the history's own months, never a scenario's spread value.
    const { withoutHistory, amountsOnly } = options;
    // What the earlier invoice lacks, this one needs: said so, and placed by the check on its cell.
    const needs = (problem: string) => earnbackProblems(contract.language).creditsUnpriced(problem, earlier);
    const note = options.noteMissing;
    const noteMissing: InvoiceOptions['noteMissing'] = note && ((value, text) => note(value, needs(text)));
    const pricing = { withoutHistory, amountsOnly, ...(noteMissing ? { noteMissing } : {}) };
    const previous = invoiceCore(invoiceContext(contract, read, earlier, pricing));
    if (previous.problems.length > 0) {
      // An invoice of actuals never drops a refund; a scenario's months may lie past its history's end,
      // where nothing is measured yet (alone, it has no history at all): no earnback there.
      if (!isWhatIf(options)) {
        // Actuals that begin later hold nothing of it: said once, not once for each of its values.
        const absent = earlier.every((month) => !read.periods.has(month));
        const said = earnbackProblems(contract.language);
        return {
          problems: absent ? [said.creditMonthsAbsent(earlier)] : [...new Set(previous.problems)].map(needs),
        };
      }
      known?.set(earlier[0], null);
      return null;
    }
    const credits = previous.netCredits;
    known?.set(earlier[0], credits);
    return previous.creditsCut ? { shares: credits, cut: previous.creditsCut } : { shares: credits };
  });
  if (earnbacks.problems.length > 0) return { ok: false, problems: [...new Set(earnbacks.problems)] };
  // Priced as an earlier invoice would be: the same context but for a scenario's spread KPIs.
  if (options.spread === undefined) known?.set(months[0], core.netCredits);
  const lines = [...core.lines, ...earnbacks.lines];
  const subtotal = decSum(lines.map((l) => l.amount));
  const vatAmount = ctx.round(subtotal.times(contract.vatRate));
  const vat: InvoiceLine = {
    kind: 'vat',
    label: texts.vat,
    amount: vatAmount,
    // The exemption wording of a VAT rate of 0 is printed where the VAT is (issue 13).
    explanation: `${texts.explainVat(ctx.percent(contract.vatRate), ctx.money(subtotal))}${
      contract.vatNote === undefined ? '' : ` — ${contract.vatNote}`
    }`,
  };
  const invoice: Invoice = {
    number: `${contract.id}-${invoicePeriodName(months)}`,
    issueDate: options.issueDate ?? lastDayOf(months[months.length - 1]),
    period: months[0],
    months,
    contract: {
      id: contract.id,
      name: contract.name,
      parties: contract.parties,
      currency: contract.currency,
      language: contract.language,
      vatRate: contract.vatRate,
      rounding: contract.rounding,
      ...(contract.vatNote === undefined ? {} : { vatNote: contract.vatNote }),
    },
    lines,
    evidence: core.evidence,
    subtotal,
    vat,
    total: subtotal.plus(vatAmount),
    seal: used ? invoiceSeal(contract, months, used.reads()) : UNSEALED,
  };
  const beyond = cellProblems(ctx, invoice);
  return beyond.length > 0 ? { ok: false, problems: beyond } : { ok: true, invoice };
}
