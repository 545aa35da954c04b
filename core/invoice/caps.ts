import type { AmountRule, ChargesBasis, SlaTerms } from '../contract/types';
import { ZERO, decSum, type Dec } from '../money';
import type { InvoiceContext } from './context';
import type { InvoiceLine } from './types';

/** A limit written as an amount or as a fraction of `base`, exact: 5 % of 112,052.50 is 5,602.625. */
export function ruleAmount(rule: AmountRule, base: Dec): Dec {
  return 'amount' in rule ? rule.amount : base.times(rule.percentOfBase);
}

/**
 * A limit as printed: its amount, and where it comes from when it is a share of `base`, so the reader sees
 * how it was reached (`€1,250.00 (50% of base fees €2,500.00)`).
 */
export function shareText(ctx: InvoiceContext, rule: AmountRule, base: Dec, basis: ChargesBasis): string {
  const amount = ctx.exactMoney(ruleAmount(rule, base));
  if ('amount' in rule) return amount;
  return `${amount} (${ctx.texts.capOfBase(ctx.percent(rule.percentOfBase), basis, ctx.money(base))})`;
}

/**
 * The at-risk amount as a finance reader reads it: to the cent, and when its exact value is finer (12 % of
 * €30,734.65 is €3,688.158) `≈ €3,688.16` with the exact value it is worked out as, since the credit is
 * the allocation of the exact amount (rounded once) and a reader checking it needs that value.
 */
export function atRiskAmountText(
  ctx: InvoiceContext,
  rule: AmountRule,
  base: Dec,
  basis: ChargesBasis,
): string {
  const exact = ruleAmount(rule, base);
  const rounded = ctx.round(exact);
  if (rounded.eq(exact)) return shareText(ctx, rule, base, basis);
  const share =
    'amount' in rule ? null : ctx.texts.capOfBase(ctx.percent(rule.percentOfBase), basis, ctx.money(base));
  return ctx.texts.roundedAmount(ctx.money(rounded), ctx.exactMoney(exact), share);
}

/**
 * A cap's own line: what brings `total` (> what the cap allows) back to the cap. The cap is exact and lets
 * through its value rounded toward zero, so the capped total is exactly what the lines add up to and never
 * more than the contract allows (buyer-protecting for bonuses; for maluses and credits a cap protects the
 * provider, and still never lets more through than it says).
 */
function capLine(
  ctx: InvoiceContext,
  kind: 'bonus' | 'malus' | 'sla',
  total: Dec,
  rule: AmountRule,
  base: Dec,
  basis: ChargesBasis,
): InvoiceLine | null {
  const cap = ruleAmount(rule, base);
  const allowed = ctx.limit(cap);
  if (!total.gt(allowed)) return null;
  const cut = total.minus(allowed);
  const lineKind = ({ bonus: 'bonus-cap', malus: 'malus-cap', sla: 'sla-cap' } as const)[kind];
  const label = { bonus: ctx.texts.bonusCap, malus: ctx.texts.malusCap, sla: ctx.texts.slaCap }[kind];
  const amount = kind === 'bonus' ? cut.neg() : cut;
  return {
    kind: lineKind,
    label,
    amount,
    explanation: ctx.texts.explainCap(
      kind,
      ctx.money(kind === 'bonus' ? total : total.neg()),
      shareText(ctx, rule, base, basis),
      allowed.eq(cap) ? null : ctx.money(allowed),
      ctx.money(amount),
    ),
  };
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
  const bonus = decSum(kpiLines.map((l) => l.amount).filter((a) => a.gt(ZERO)));
  const malus = decSum(kpiLines.map((l) => l.amount).filter((a) => a.lt(ZERO))).neg();
  const { caps } = ctx.contract;
  const lines = [
    caps.bonus ? capLine(ctx, 'bonus', bonus, caps.bonus, baseFees, 'base-fees') : null,
    caps.malus ? capLine(ctx, 'malus', malus, caps.malus, baseFees, 'base-fees') : null,
  ];
  return lines.filter((l): l is InvoiceLine => l !== null);
}

/**
 * Service-level credits are capped at the at-risk amount (IT/BPO outsourcing practice), `atRisk` of the
 * `charges` its `basis` names: a line gives back the excess.
 */
export function slaCapLine(
  ctx: InvoiceContext,
  credits: readonly InvoiceLine[],
  sla: SlaTerms,
  charges: Dec,
): InvoiceLine | null {
  const total = decSum(credits.map((l) => l.amount)).neg();
  return capLine(ctx, 'sla', total, sla.atRisk, charges, sla.basis);
}
