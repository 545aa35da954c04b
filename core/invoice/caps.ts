import type { AmountRule } from '../contract/types';
import { ZERO, decSum, type Dec } from '../money';
import type { InvoiceContext } from './context';
import type { InvoiceLine } from './types';

/** A limit written as an amount or as a fraction of `base`, rounded like any printed amount. */
export function ruleAmount(ctx: InvoiceContext, rule: AmountRule, base: Dec): Dec {
  return ctx.round('amount' in rule ? rule.amount : base.times(rule.percentOfBase));
}

/**
 * The caps on total bonus and total malus. Every KPI line counts (performance fees included: they are what
 * the provider earns beyond its base fees); service-level credits do not, they have their own at-risk cap.
 * Each cap is its own line, so the invoice shows what was cut.
 */
export function capLines(
  ctx: InvoiceContext,
  kpiLines: readonly InvoiceLine[],
  baseFees: Dec,
): InvoiceLine[] {
  const lines: InvoiceLine[] = [];
  const bonus = decSum(kpiLines.map((l) => l.amount).filter((a) => a.gt(ZERO)));
  const malus = decSum(kpiLines.map((l) => l.amount).filter((a) => a.lt(ZERO))).neg();
  const { caps } = ctx.contract;
  if (caps.bonus) {
    const cap = ruleAmount(ctx, caps.bonus, baseFees);
    if (bonus.gt(cap)) {
      const amount = cap.minus(bonus);
      lines.push({
        kind: 'bonus-cap',
        label: ctx.texts.bonusCap,
        amount,
        explanation: ctx.texts.explainCap('bonus', ctx.money(bonus), ctx.money(cap), ctx.money(amount)),
      });
    }
  }
  if (caps.malus) {
    const cap = ruleAmount(ctx, caps.malus, baseFees);
    if (malus.gt(cap)) {
      const amount = malus.minus(cap);
      lines.push({
        kind: 'malus-cap',
        label: ctx.texts.malusCap,
        amount,
        explanation: ctx.texts.explainCap('malus', ctx.money(malus.neg()), ctx.money(cap), ctx.money(amount)),
      });
    }
  }
  return lines;
}

/** Service-level credits are capped at the at-risk amount (IT/BPO outsourcing practice): a line gives back the excess. */
export function slaCapLine(
  ctx: InvoiceContext,
  credits: readonly InvoiceLine[],
  atRisk: Dec,
): InvoiceLine | null {
  const total = decSum(credits.map((l) => l.amount)).neg();
  if (!total.gt(atRisk)) return null;
  const amount = total.minus(atRisk);
  return {
    kind: 'sla-cap',
    label: ctx.texts.slaCap,
    amount,
    explanation: ctx.texts.explainCap('sla', ctx.money(total.neg()), ctx.money(atRisk), ctx.money(amount)),
  };
}
