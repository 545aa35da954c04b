/**
 * A gated price per outcome (article 1's performance-only model: pay per contact only if satisfaction
 * passes the threshold). The volume's tiers apply when its gate KPI reaches the gate level on the invoice
 * (the gate of `gate.ts`, the same judgement: the value the gate KPI's clause is judged on); when the gate
 * fails, every unit is priced at the fallback price (0 when not given), never above a tier's price, so a
 * failed gate never raises the fee. A gate on the tiers above a bound only (`gatedAbove`: a volume bonus
 * paid only if quality holds) reprices just the units above it. A gate KPI not evaluated that month leaves
 * the price as it is, or, when the volume says `gateNotEvaluated: "withhold"`, counts as a failed gate. A
 * minimum fee applies either way.
 */
import type { VolumeFee } from '../../contract/types';
import { conditionTexts } from '../../i18n/conditions';
import { ZERO, type Dec } from '../../money';
import { tieredFee } from '../../models/tieredFee';
import type { InvoiceContext } from '../context';
import { gateRelation, judgeGate } from '../gate';
import { tierPartTexts } from '../tierParts';
import type { InvoiceLine } from '../types';

/** The volume line under its gate, or the problem that stops the invoice (the gate KPI has no value). */
export function gatedVolume(
  ctx: InvoiceContext,
  volume: VolumeFee,
  quantity: Dec,
  line: InvoiceLine,
): InvoiceLine | { readonly problem: string } {
  if (volume.gateKpi === undefined || volume.gateLevel === undefined) return line;
  const judgement = judgeGate(
    ctx,
    volume.name,
    volume.gateKpi,
    volume.gateLevel,
    volume.gateComparison,
    ctx.months[ctx.months.length - 1],
  );
  if ('problem' in judgement) return judgement;
  const t = conditionTexts(ctx.contract.language);
  const unjudged = !judgement.judged;
  if (unjudged && volume.gateNotEvaluated !== 'withhold')
    return {
      ...line,
      explanation: `${line.explanation}${t.gateNotJudged(judgement.gate.name, judgement.why)}`,
    };
  const above = volume.gatedAbove;
  if (judgement.judged && judgement.held) {
    const { gate, shown } = judgement;
    const level = ctx.value(volume.gateLevel, gate.unit);
    const sign = gateRelation(ctx, true, gate, volume.gateComparison);
    const bound = above === undefined ? undefined : ctx.number(above);
    return {
      ...line,
      explanation: `${line.explanation}${t.volumeGateHeld(gate.name, shown, sign, level, bound)}`,
    };
  }
  const gateText = judgement.judged
    ? t.gateJudged(
        judgement.gate.name,
        judgement.shown,
        gateRelation(ctx, false, judgement.gate, volume.gateComparison),
        ctx.value(volume.gateLevel, judgement.gate.unit),
      )
    : t.gateUnjudged(judgement.gate.name, judgement.why);
  const failedText = t.gateFailed(unjudged);
  // The schema holds the stated fallback to the stated prices; an amendment or an index going down may
  // bring a price in force (`ctx.contract` is revised) under it, where a failed gate would pay more.
  const gatedTiers =
    above === undefined
      ? volume.tiers
      : volume.tiers.filter((tier) => tier.upTo === null || tier.upTo.gt(above));
  const lowest = gatedTiers.map((tier) => tier.unitPrice).reduce((a, b) => (b.lt(a) ? b : a));
  const stated = volume.fallbackPrice ?? ZERO;
  const fallback = stated.gt(lowest) ? lowest : stated;
  const fallbackText =
    fallback === stated
      ? ctx.price(fallback)
      : `${ctx.price(fallback)}${t.fallbackInForce(ctx.price(stated))}`;
  if (above !== undefined) {
    // Only the units above the bound lose their tiers' prices; those up to it are priced as ever.
    const gatedUnits = quantity.minus(above);
    const failed = (units: string | null, parts: readonly string[], amount: Dec) =>
      `${line.explanation}${t.upperTiersGateFailed(
        gateText,
        failedText,
        ctx.number(above),
        units,
        fallbackText,
        parts,
        ctx.money(amount),
      )}`;
    if (gatedUnits.lte(ZERO)) return { ...line, explanation: failed(null, [], line.amount) };
    const kept = tieredFee(above, volume.tiers, 'graduated');
    const amount = ctx.round(kept.amount.plus(gatedUnits.times(fallback)));
    const parts = [
      ...tierPartTexts(ctx, kept.parts, volume.tiers[0].unitPrice),
      `${ctx.number(gatedUnits)} × ${ctx.price(fallback)}`,
    ];
    // Units above a tier's bound span two tiers: the line has no one unit price, failed or held.
    return { ...line, amount, explanation: failed(ctx.number(gatedUnits), parts, amount) };
  }
  const amount = ctx.round(quantity.times(fallback));
  const explanation = `${line.explanation}${t.volumeGateFailed(
    gateText,
    failedText,
    ctx.money(line.amount),
    ctx.number(quantity),
    fallbackText,
    ctx.money(amount),
  )}`;
  return { ...line, unitPrice: fallback, amount, explanation };
}
