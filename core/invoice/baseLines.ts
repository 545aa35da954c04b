import { hoursWorked, volumeQuantity } from '../contract/actuals';
import type { AmountPer, VolumeFee } from '../contract/types';
import { ZERO, decSum, type Dec } from '../money';
import { hourlyFee } from '../models/hourlyFee';
import { tieredFee } from '../models/tieredFee';
import { gatedVolume } from './conditions/volumeGate';
import type { InvoiceContext } from './context';
import { tierPartTexts } from './tierParts';
import type { InvoiceLine } from './types';

/** Lines and problems produced by one step of the invoice. */
export interface Step {
  readonly lines: InvoiceLine[];
  readonly problems: string[];
}

/**
 * An amount stated per month or per invoice, for the invoiced period: rounded once, and as printed (the
 * multiplication shown when there is one).
 */
function periodAmount(ctx: InvoiceContext, stated: Dec, per: AmountPer | undefined): [Dec, string] {
  const months = ctx.months.length;
  if (per !== 'month' || months === 1) {
    const amount = ctx.round(stated);
    return [amount, ctx.money(amount)];
  }
  const amount = ctx.round(stated.times(months));
  return [amount, ctx.texts.perMonth(months, ctx.exactMoney(stated), ctx.money(amount))];
}

export function fixedLines(ctx: InvoiceContext): Step {
  const lines = ctx.contract.fixedFees.map((fee): InvoiceLine => {
    const [amount, text] = periodAmount(ctx, fee.amount, fee.per);
    return {
      kind: 'fixed',
      label: fee.label || ctx.texts.fixedFee,
      amount,
      explanation: ctx.texts.explainFixed(text),
    };
  });
  // A rebate is a fixed amount the provider gives back: a negative line, labelled as a rebate.
  for (const rebate of ctx.contract.rebates ?? []) {
    const [amount, text] = periodAmount(ctx, rebate.amount, rebate.per);
    lines.push({
      kind: 'fixed',
      label: ctx.texts.rebate(rebate.label),
      amount: amount.isZero() ? amount : amount.neg(),
      explanation: ctx.texts.explainRebate(text),
    });
  }
  return { lines, problems: [] };
}

/**
 * Rebates are deducted from the period's fees. Beyond them the base fees would be negative, and with them
 * every cap or at-risk amount stated in % of base fees (a missed service level would credit the provider):
 * a rebate typed 12,000 for 1,200 far more often than a term, so the invoice stops, naming both totals.
 */
export function rebatesBeyondFees(ctx: InvoiceContext, baseLines: readonly InvoiceLine[]): string[] {
  // Only rebates are negative base lines: fixed fees, hourly pay and volumes are never below 0.
  const rebates = decSum(baseLines.filter((l) => l.amount.isNegative()).map((l) => l.amount.neg()));
  const fees = decSum(baseLines.filter((l) => !l.amount.isNegative()).map((l) => l.amount));
  return rebates.gt(fees) ? [ctx.texts.rebatesBeyondFees(ctx.money(rebates), ctx.money(fees))] : [];
}

export function hourlyLines(ctx: InvoiceContext): Step {
  const terms = ctx.contract.hourly;
  if (!terms) return { lines: [], problems: [] };
  const { total: hours, missing } = hoursWorked(ctx.actuals, ctx.months);
  if (missing.length > 0) return { lines: [], problems: [ctx.missing({ kind: 'hours', months: missing })] };
  const fee = hourlyFee(hours, ZERO, {
    rate: terms.rate,
    adjustment: terms.adjustment,
    variable: ZERO,
    achievementCap: ZERO,
  });
  const amount = ctx.round(fee.timeAmount);
  const adjustment = terms.adjustment.isZero()
    ? null
    : `${terms.adjustment.isNegative() ? '−' : '+'} ${ctx.percent(terms.adjustment.abs())}`;
  const line: InvoiceLine = {
    kind: 'hourly',
    label: terms.label || ctx.texts.hours,
    quantity: hours,
    unit: 'h',
    unitPrice: fee.adjustedRate,
    amount,
    explanation: ctx.texts.explainHourly(
      ctx.number(hours),
      ctx.price(terms.rate),
      adjustment,
      ctx.money(amount),
    ),
  };
  return { lines: [line], problems: [] };
}

/**
 * A volume whose tier bounds count each month's units (`tiersPer: "month"`) on a longer invoice: each month
 * priced on the tiers, the exact amounts added and rounded once. A scenario's one quantity for the period
 * arrives spread over its months (`model/scenario.ts`), and the line says so.
 */
function monthlyTiersLine(ctx: InvoiceContext, volume: VolumeFee, quantity: Dec): InvoiceLine {
  const fees = ctx.months.map((month) => {
    const units = volumeQuantity(ctx.actuals, volume.name, [month]).total;
    return { month, fee: tieredFee(units, volume.tiers, volume.mode) };
  });
  const amount = ctx.round(decSum(fees.map((f) => f.fee.amount)));
  const spread = ctx.spread?.has(volume.name) === true;
  return {
    kind: 'volume',
    label: volume.name,
    quantity,
    unit: volume.unit,
    amount,
    explanation: ctx.texts.periodTerms.explainTiersPerMonth(
      fees.map((f) => ({
        month: f.month,
        parts: tierPartTexts(ctx, f.fee.parts, volume.tiers[0].unitPrice),
      })),
      ctx.money(amount),
      volume.mode,
      spread ? { units: ctx.number(quantity), months: ctx.months.length } : null,
    ),
  };
}

/** A volume's line for `quantity`: its tiers, under its gate (conditions/volumeGate.ts) when it has one. */
function volumeLine(
  ctx: InvoiceContext,
  volume: VolumeFee,
  quantity: Dec,
): InvoiceLine | { readonly problem: string } {
  if (volume.tiersPer === 'month' && ctx.months.length > 1)
    return gatedVolume(ctx, volume, quantity, monthlyTiersLine(ctx, volume, quantity));
  const fee = tieredFee(quantity, volume.tiers, volume.mode);
  const tiered = ctx.round(fee.amount);
  return gatedVolume(ctx, volume, quantity, {
    kind: 'volume',
    label: volume.name,
    quantity,
    unit: volume.unit,
    unitPrice: fee.parts.length === 1 ? fee.parts[0].unitPrice : undefined,
    amount: tiered,
    explanation: ctx.texts.explainVolume(
      tierPartTexts(ctx, fee.parts, volume.tiers[0].unitPrice),
      ctx.money(tiered),
      volume.mode,
    ),
  });
}

/**
 * A volume floor's top-up: the floor's units priced as the line prices units (the tiers in force, revised
 * with them, and the gate: billed as if the floor had been handled), less the volume line; none above it.
 */
function floorLine(ctx: InvoiceContext, volume: VolumeFee, line: InvoiceLine): InvoiceLine | undefined {
  const t = ctx.texts.periodTerms;
  const months = ctx.months.length;
  const perMonth = volume.per === 'month' && months > 1;
  const units = perMonth ? volume.minimumQuantity!.times(months) : volume.minimumQuantity!;
  const floor = volumeLine(ctx, volume, units);
  // The floor's line is judged by the same gate as the volume's: it has no problem the line had not.
  if ('problem' in floor || !line.amount.lt(floor.amount)) return undefined;
  const topUp = floor.amount.minus(line.amount);
  const stated = ctx.number(volume.minimumQuantity!);
  return {
    kind: 'minimum',
    label: t.floorTopUp(volume.name),
    amount: topUp,
    explanation: t.explainFloor(
      ctx.money(line.amount),
      perMonth ? t.floorPerMonth(months, stated, ctx.number(units)) : stated,
      floor.explanation,
      ctx.money(topUp),
    ),
  };
}

export function volumeLines(ctx: InvoiceContext): Step {
  const lines: InvoiceLine[] = [];
  const problems: string[] = [];
  for (const volume of ctx.contract.volumes) {
    const { total: quantity, missing } = volumeQuantity(ctx.actuals, volume.name, ctx.months);
    if (missing.length > 0) {
      problems.push(ctx.missing({ kind: 'volume', name: volume.name, months: missing }));
      continue;
    }
    const line = volumeLine(ctx, volume, quantity);
    if ('problem' in line) {
      problems.push(line.problem);
      continue;
    }
    lines.push(line);
    const { amount } = line;
    const floor = volume.minimumQuantity === undefined ? undefined : floorLine(ctx, volume, line);
    if (floor !== undefined) lines.push(floor);
    const [minimum, minimumText] =
      volume.minimumFee === undefined ? [null, ''] : periodAmount(ctx, volume.minimumFee, volume.per);
    if (minimum !== null && amount.lt(minimum)) {
      const topUp = minimum.minus(amount);
      lines.push({
        kind: 'minimum',
        label: ctx.texts.minimumTopUp(volume.name),
        amount: topUp,
        explanation: ctx.texts.explainMinimum(ctx.money(amount), minimumText, ctx.money(topUp)),
      });
    }
  }
  return { lines, problems };
}
