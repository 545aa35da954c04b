import { ModelFault } from '../errors';
import { ZERO, decMin, type Dec } from '../money';

/** One row of a price grid: units up to `upTo` (inclusive; `null` = no limit) cost `unitPrice` each. */
export interface Tier {
  readonly upTo: Dec | null;
  readonly unitPrice: Dec;
  /** Charged once when the tier is used at all. */
  readonly flatFee: Dec;
}

/**
 * `graduated`: each unit is priced in the tier it falls in (Stripe "graduated", Lago "graduated").
 * `volume`: all units at the price of the tier the total falls in (Stripe "volume", Lago "volume").
 */
export type TierMode = 'graduated' | 'volume';

/** What one tier contributed, for invoice explanations. */
export interface TierPart {
  /** 0-based index of the tier in the grid. */
  readonly tier: number;
  readonly units: Dec;
  readonly unitPrice: Dec;
  readonly flatFee: Dec;
  readonly amount: Dec;
}

export interface TieredFeeResult {
  readonly amount: Dec;
  readonly parts: readonly TierPart[];
}

/**
 * Price of `quantity` outcomes on a tier grid. Tiers must be ordered with strictly increasing bounds, only
 * the last unbounded (the function runner and the contract schema check this before calling).
 */
export function tieredFee(quantity: Dec, tiers: readonly Tier[], mode: TierMode): TieredFeeResult {
  if (quantity.isZero()) return { amount: ZERO, parts: [] };
  const last = tiers[tiers.length - 1];
  if (last.upTo !== null && quantity.gt(last.upTo)) {
    throw new ModelFault('#NUM!', 'quantity', `must be ≤ the last tier's up_to (${last.upTo.toString()})`);
  }
  return mode === 'graduated' ? graduated(quantity, tiers) : volume(quantity, tiers);
}

function graduated(quantity: Dec, tiers: readonly Tier[]): TieredFeeResult {
  const parts: TierPart[] = [];
  let amount = ZERO;
  let lower = ZERO;
  for (let i = 0; i < tiers.length && quantity.gt(lower); i++) {
    const { upTo, unitPrice, flatFee } = tiers[i];
    const units = (upTo === null ? quantity : decMin(quantity, upTo)).minus(lower);
    const partAmount = units.times(unitPrice).plus(flatFee);
    parts.push({ tier: i, units, unitPrice, flatFee, amount: partAmount });
    amount = amount.plus(partAmount);
    if (upTo === null) break;
    lower = upTo;
  }
  return { amount, parts };
}

function volume(quantity: Dec, tiers: readonly Tier[]): TieredFeeResult {
  const index = tiers.findIndex((t) => t.upTo === null || quantity.lte(t.upTo));
  const { unitPrice, flatFee } = tiers[index];
  const amount = quantity.times(unitPrice).plus(flatFee);
  return { amount, parts: [{ tier: index, units: quantity, unitPrice, flatFee, amount }] };
}
