/** Base fees: fixed amounts, the hourly fee and the price grids of volumes. */
import { z } from 'zod';
import type { ContractProblems } from '../../i18n/contract';
import { dec, isDec, type Dec } from '../../money';
import { isCountUnit, wholeHint } from '../countUnits';
import {
  AMOUNT_PERS,
  TIER_MODES,
  type FixedFee,
  type HourlyTerms,
  type Tier,
  type TierMode,
  type Language,
  type VolumeFee,
} from '../types';
import { gateOf, volumeGateChecks, volumeGateFields } from './conditions';
import { NON_NEGATIVE, POSITIVE, containerError, decimal, hasIssueAt, oneOf, text } from './primitives';

/** A fixed fee: `{ label, amount }`. */
export function fixedFeeSchema(p: ContractProblems) {
  return z
    .strictObject(
      { label: text(p), amount: decimal(p, NON_NEGATIVE), per: oneOf(p, AMOUNT_PERS).optional() },
      { error: containerError(p, 'object') },
    )
    .transform((fee): FixedFee => {
      const fixed = { label: fee.label, amount: fee.amount };
      return fee.per === undefined ? fixed : { ...fixed, per: fee.per };
    });
}

/**
 * The hourly fee: `{ label, rate, adjustment?, variablePay? }`; the adjustment is a fraction > −1 and ≤ 1, as
 * HOURLYFEE reads it (core/functions/otherScale.ts): 5 typed for +5 % would bill six times the rate.
 */
export function hourlySchema(p: ContractProblems) {
  return z
    .strictObject(
      {
        label: text(p),
        rate: decimal(p, NON_NEGATIVE),
        adjustment: decimal(p, { min: dec(-1), minExclusive: true, max: dec(1) }).optional(),
        variablePay: decimal(p, NON_NEGATIVE).optional(),
      },
      { error: containerError(p, 'object') },
    )
    .transform((h): HourlyTerms => {
      const terms = { label: h.label, rate: h.rate, adjustment: h.adjustment ?? dec(0) };
      return h.variablePay === undefined ? terms : { ...terms, variablePay: h.variablePay };
    });
}

/** `upTo` of a tier: a positive decimal, or `null` (or absent) for no limit. */
function upToSchema(p: ContractProblems) {
  const bounded = decimal(p, POSITIVE);
  return z.unknown().transform((value, ctx): Dec | null => {
    if (value === null || value === undefined) return null;
    const parsed = bounded.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER as never;
  });
}

function tierSchema(p: ContractProblems) {
  return z
    .strictObject(
      {
        upTo: upToSchema(p),
        unitPrice: decimal(p, NON_NEGATIVE),
        flatFee: decimal(p, NON_NEGATIVE).optional(),
      },
      { error: containerError(p, 'object') },
    )
    .transform((t): Tier => ({ upTo: t.upTo, unitPrice: t.unitPrice, flatFee: t.flatFee ?? dec(0) }));
}

/**
 * A volume: `{ name, unit, mode?, tiers, minimumFee? }`; `unitPrice` may stand for a single open tier.
 * Tiers ascend strictly and only the last is open-ended, as TIEREDFEE requires.
 */
export function volumeSchema(p: ContractProblems, lang: Language) {
  return z
    .strictObject(
      {
        name: text(p),
        unit: text(p),
        mode: oneOf(p, TIER_MODES).optional(),
        tiers: z.array(tierSchema(p), { error: containerError(p, 'list') }).optional(),
        unitPrice: decimal(p, NON_NEGATIVE).optional(),
        minimumFee: decimal(p, NON_NEGATIVE).optional(),
        minimumQuantity: decimal(p, POSITIVE).optional(),
        per: oneOf(p, AMOUNT_PERS).optional(),
        tiersPer: oneOf(p, AMOUNT_PERS).optional(),
        ...volumeGateFields(p),
      },
      { error: containerError(p, 'object') },
    )
    .superRefine(
      (v, ctx) => {
        // An entry that is no object (`volumes: [null]`) has its own issue only.
        if (v === null || typeof v !== 'object') return;
        const add = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', message, path });
        volumeGateChecks(v, add, (path) => !hasIssueAt(ctx, path), p, lang);
        if (v.per !== undefined && v.minimumFee === undefined && v.minimumQuantity === undefined)
          add(['per'], p.perNeedsMinimum);
        if (v.minimumFee !== undefined && v.minimumQuantity !== undefined)
          add(['minimumQuantity'], p.floorOrMinimumFee);
        // Both count the invoice's units against a bound; per-month tiers would price them twice over.
        if (v.tiersPer === 'month' && v.gatedAbove !== undefined)
          add(['tiersPer'], p.periodTerms.tiersPerMonthGatedAbove);
        else if (v.tiersPer === 'month' && v.minimumQuantity !== undefined)
          add(['tiersPer'], p.periodTerms.tiersPerMonthFloor);
        if (v.tiers !== undefined && v.unitPrice !== undefined)
          add(['unitPrice'], p.eitherOr('tiers', 'unitPrice'));
        if (v.tiers === undefined && v.unitPrice === undefined && !hasIssueAt(ctx, ['unitPrice'])) {
          add(['tiers'], p.noTiers);
        }
        // A count (interactions) has whole bounds, as its quantities in the actuals are whole.
        const whole = (path: PropertyKey[], bound: Dec | null | undefined) => {
          if (!isDec(bound) || bound.isInteger() || typeof v.unit !== 'string' || !isCountUnit(v.unit))
            return;
          add(path, p.fractionalCount(String(v.name), v.unit, p.decimal(bound), wholeHint(bound, p)));
        };
        whole(['minimumQuantity'], v.minimumQuantity);
        if (v.tiers === undefined || hasIssueAt(ctx, ['tiers'])) return;
        if (v.tiers.length === 0) add(['tiers'], p.noTiers);
        v.tiers.forEach((tier, i) => {
          whole(['tiers', i, 'upTo'], tier.upTo);
          const last = i === v.tiers!.length - 1;
          if (tier.upTo === null && !last) add(['tiers', i, 'upTo'], p.openTierNotLast);
          if (tier.upTo !== null && last) add(['tiers', i, 'upTo'], p.lastTierBounded);
          const previous = i > 0 ? v.tiers![i - 1].upTo : null;
          if (tier.upTo !== null && previous !== null && tier.upTo.lte(previous)) {
            add(['tiers', i, 'upTo'], p.tierOrder(previous.toFixed()));
          }
        });
      },
      { when: () => true },
    )
    .transform((v): VolumeFee => {
      const tiers = v.tiers ?? [{ upTo: null, unitPrice: v.unitPrice as Dec, flatFee: dec(0) }];
      const volume = {
        name: v.name,
        unit: v.unit,
        mode: (v.mode ?? 'graduated') as TierMode,
        tiers,
        ...gateOf(v),
        ...(v.tiersPer === undefined ? {} : { tiersPer: v.tiersPer }),
      };
      const minimum =
        v.minimumFee !== undefined
          ? { minimumFee: v.minimumFee }
          : v.minimumQuantity !== undefined
            ? { minimumQuantity: v.minimumQuantity }
            : undefined;
      if (minimum === undefined) return volume;
      return v.per === undefined ? { ...volume, ...minimum } : { ...volume, ...minimum, per: v.per };
    });
}
