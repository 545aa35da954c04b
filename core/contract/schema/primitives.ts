/**
 * Field schemas with our own messages. Each is `z.unknown()` plus a transform, so a missing value, a wrong
 * type and an out-of-range value all get a message written for a procurement analyst, in their language.
 */
import { z } from 'zod';
import type { ContractProblems } from '../../i18n/contract';
import { dec, fitsHostMoney, fromHostNumber, isDec, largestHostMoney, type Dec } from '../../money';
import { isPeriod } from '../period';
import type { Period } from '../types';

/** Decimal literal as JSON strings hold it: `2.10`, `-3`, `.5`, `1e3`. */
const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Inclusive or exclusive bounds of a decimal field. */
export interface Bounds {
  readonly min?: Dec;
  /** `min` itself is not allowed (> rather than ≥). */
  readonly minExclusive?: boolean;
  readonly max?: Dec;
}

/** Non-negative amounts and rates. */
export const NON_NEGATIVE: Bounds = { min: dec(0) };
/** Strictly positive values. */
export const POSITIVE: Bounds = { min: dec(0), minExclusive: true };
/** Fractions from 0 to 1. */
export const FRACTION: Bounds = { min: dec(0), max: dec(1) };

type Ctx = z.RefinementCtx;

function fail(ctx: Ctx, message: string): never {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER as never;
}

/** The bound a decimal breaks, as a message, or `undefined` when it is within bounds. */
export function boundsProblem(value: Dec, bounds: Bounds, p: ContractProblems): string | undefined {
  if (bounds.min !== undefined) {
    if (bounds.minExclusive && value.lte(bounds.min)) return p.greaterThan(bounds.min.toFixed());
    if (!bounds.minExclusive && value.lt(bounds.min)) return p.atLeast(bounds.min.toFixed());
  }
  if (bounds.max !== undefined && value.gt(bounds.max)) {
    // A rate of at most 1 typed as its percentage (20 for a VAT of 20 %) is the likeliest mistake there.
    const fraction = value.div(100);
    return bounds.max.eq(1) && fraction.lte(1)
      ? p.atMostFraction('1', fraction.toFixed())
      : p.atMost(bounds.max.toFixed());
  }
  return undefined;
}

/**
 * The bound an amount of money breaks, or `undefined`: an amount must be one a cell holds exactly to the
 * minor unit of `currency` (see `fitsHostMoney`) and have at most `places` decimals (the minor unit's:
 * 1000.005 EUR would be rounded on every invoice, silently). Values that failed to parse are left to their
 * own issue.
 */
export function hostMoneyProblem(
  value: unknown,
  currency: string,
  p: ContractProblems,
  places: number,
): string | undefined {
  if (!isDec(value)) return undefined;
  if (value.decimalPlaces() > places) return p.beyondMinorUnit(currency, places, value.decimalPlaces());
  if (fitsHostMoney(value, currency)) return undefined;
  const largest = largestHostMoney(currency);
  return value.isNegative() ? p.atLeast(largest.neg().toFixed()) : p.atMost(largest.toFixed());
}

/** Reads a JSON decimal: a decimal string (preferred), or a finite number read as the digits it prints as. */
export function readDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'string' && DECIMAL_TEXT.test(value.trim())) return dec(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return fromHostNumber(value);
  return undefined;
}

/** A required decimal within `bounds`. */
export function decimal(p: ContractProblems, bounds: Bounds = {}) {
  return z.unknown().transform((value, ctx): Dec => {
    if (value === undefined) return fail(ctx, p.required);
    const parsed = readDecimal(value);
    if (parsed === undefined) return fail(ctx, p.expectedDecimal(p.describe(value)));
    const problem = boundsProblem(parsed, bounds, p);
    return problem === undefined ? parsed : fail(ctx, problem);
  });
}

/** Required text, trimmed; blank text counts as missing. */
export function text(p: ContractProblems) {
  return z.unknown().transform((value, ctx): string => {
    if (value === undefined || (typeof value === 'string' && value.trim() === ''))
      return fail(ctx, p.required);
    if (typeof value !== 'string') return fail(ctx, p.expectedText(p.describe(value)));
    return value.trim();
  });
}

/** One of the canonical values of a closed list. */
export function oneOf<T extends string>(p: ContractProblems, values: readonly T[]) {
  return z.unknown().transform((value, ctx): T => {
    if (value === undefined) return fail(ctx, p.required);
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    return fail(ctx, p.expectedOneOf(values, p.describe(value)));
  });
}

/** A month `YYYY-MM`. */
export function period(p: ContractProblems) {
  return z.unknown().transform((value, ctx): Period => {
    if (value === undefined) return fail(ctx, p.required);
    if (typeof value === 'string' && isPeriod(value)) return value;
    return fail(ctx, p.expectedPeriod(p.describe(value)));
  });
}

/**
 * A list of months: a JSON list of `YYYY-MM`, or one text of them separated by commas, semicolons or
 * spaces (as a cell holds it), so both readers read it the same way. Not empty, no month twice; sorted.
 */
export function periodList(p: ContractProblems) {
  return z.unknown().transform((value, ctx): Period[] => {
    const items =
      typeof value === 'string'
        ? value.split(/[,;\s]+/).filter((item) => item !== '')
        : Array.isArray(value)
          ? value
          : undefined;
    if (items === undefined) return fail(ctx, p.expectedPeriod(p.describe(value)));
    if (items.length === 0) return fail(ctx, p.required);
    const bad = items.find((item) => typeof item !== 'string' || !isPeriod(item));
    if (bad !== undefined) return fail(ctx, p.expectedPeriod(p.describe(bad)));
    const months = items as Period[];
    const twice = months.find((month, i) => months.indexOf(month) !== i);
    if (twice !== undefined) return fail(ctx, p.duplicateMonth(twice));
    return [...months].sort();
  });
}

/** A whole number from `min` to `max`. */
export function integer(p: ContractProblems, min: number, max: number) {
  return z.unknown().transform((value, ctx): number => {
    if (value === undefined) return fail(ctx, p.required);
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    return fail(ctx, p.expectedInteger(min, max, p.describe(value)));
  });
}

/** The error map of objects and lists: a missing one is required; unknown fields are named. */
export function containerError(p: ContractProblems, kind: 'object' | 'list') {
  return (issue: { code?: string; input?: unknown; keys?: readonly string[] }): string => {
    if (issue.code === 'unrecognized_keys')
      return p.list((issue.keys ?? []).map((key) => p.unknownField(key)));
    if (issue.input === undefined) return p.required;
    return kind === 'object'
      ? p.expectedObject(p.describe(issue.input))
      : p.expectedList(p.describe(issue.input));
  };
}

/** Whether an earlier check already reported an issue at `path` or inside it. */
export function hasIssueAt(
  ctx: { issues: readonly { path?: readonly PropertyKey[] }[] },
  path: readonly PropertyKey[],
) {
  return ctx.issues.some((issue) => {
    const at = issue.path ?? [];
    return path.every((key, i) => at[i] === key);
  });
}
