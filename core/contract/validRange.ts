/**
 * The valid range of a KPI's values: what a measured value (and a level or baseline of the clause) may be.
 * A value outside it is a typing mistake until the contract says otherwise — 77.4 typed for 77.4 % would
 * otherwise bill a bonus of millions. Each unit has a default; a clause may declare its own bounds
 * (`validMin`, `validMax`), e.g. a growth rate that may exceed 100 %.
 */
import type { ContractProblems } from '../i18n/contract';
import { HUNDRED, dec, quotient, type Dec } from '../money';
import type { KpiCommon, KpiUnit } from './types';

/** Inclusive bounds; an absent bound is no limit. */
export interface ValueRange {
  readonly min?: Dec;
  readonly max?: Dec;
}

/**
 * Default ranges by unit: a percentage is a fraction of one; durations, counts and money are never
 * negative; points are NPS-style points or percentage points, −100 to 100; a score (a satisfaction mark,
 * a KPISCORE result) is never negative and has no natural maximum, so a contract that wants one declares it.
 */
export const UNIT_RANGES: Readonly<Record<KpiUnit, ValueRange>> = {
  percent: { min: dec(0), max: dec(1) },
  minutes: { min: dec(0) },
  hours: { min: dec(0) },
  count: { min: dec(0) },
  currency: { min: dec(0) },
  points: { min: dec(-100), max: dec(100) },
  score: { min: dec(0) },
};

/** The fields a range depends on. */
export type RangeFields = Pick<KpiCommon, 'unit' | 'validMin' | 'validMax'>;

/** The range of a clause: its declared bounds, each one falling back to its unit's default. */
export function validRange(kpi: RangeFields): ValueRange {
  const unit = UNIT_RANGES[kpi.unit];
  return { min: kpi.validMin ?? unit.min, max: kpi.validMax ?? unit.max };
}

/** Whether `value` lies within `range`. */
export function inRange(value: Dec, range: ValueRange): boolean {
  return (
    !(range.min !== undefined && value.lt(range.min)) && !(range.max !== undefined && value.gt(range.max))
  );
}

/**
 * The problem of a value outside the clause's range, or `undefined` when it is within. For a percent KPI
 * whose value reads as a percentage typed without its sign (77.4), the hint is the fraction (0.774). The
 * numbers are said in the problems' language (`0,774` in French), but for a value read from a text `cell`
 * (a CSV field), quoted as the user typed it rather than respelled, and the hint spelled as it must be typed.
 */
export function rangeProblem(
  value: Dec,
  kpi: RangeFields & { readonly name?: string },
  p: ContractProblems,
  cell?: unknown,
): string | undefined {
  const range = validRange(kpi);
  if (inRange(value, range)) return undefined;
  const typed = typeof cell === 'string' ? cell.trim() : undefined;
  const scaled = quotient(value, HUNDRED);
  const hint = kpi.unit === 'percent' && inRange(scaled, range) ? spelledLike(typed, scaled, p) : undefined;
  const declared = kpi.validMin !== undefined || kpi.validMax !== undefined;
  return p.outsideRange({
    value: typed ?? p.decimal(value),
    min: range.min && p.decimal(range.min),
    max: range.max && p.decimal(range.max),
    unit: kpi.unit,
    declared,
    hint,
  });
}

/**
 * The hint is to be typed into the same cell: spelled with the decimal separator the user typed there (a
 * French contract's `,` file wants `0.774`, not `0,774`), else in the problems' language.
 */
function spelledLike(typed: string | undefined, value: Dec, p: ContractProblems): string {
  if (typed?.includes(',')) return value.toFixed().replace('.', ',');
  if (typed?.includes('.')) return value.toFixed();
  return p.decimal(value);
}
