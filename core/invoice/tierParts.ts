/** How a volume line prints its tiers: `40,000 × €2.10 + 2,500 × €1.90` (a tier's flat fee added to it). */
import type { TierPart } from '../models/tieredFee';
import type { InvoiceContext } from './context';

/** Each tier used, `units × price` (+ its flat fee); `0 × first price` when none is. */
export function tierPartTexts(
  ctx: InvoiceContext,
  parts: readonly TierPart[],
  firstPrice: TierPart['unitPrice'],
): string[] {
  if (parts.length === 0) return [`0 × ${ctx.price(firstPrice)}`];
  return parts.map(
    (p) =>
      `${ctx.number(p.units)} × ${ctx.price(p.unitPrice)}${p.flatFee.isZero() ? '' : ` + ${ctx.price(p.flatFee)}`}`,
  );
}
