/**
 * The valid range of a KPI's values: what a measured value (and a level or baseline of the clause) may be.
 * A value outside it is a typing mistake until the contract says otherwise — 77.4 typed for 77.4 % would
 * otherwise bill a bonus of millions. Each unit has a default; a clause may declare its own bounds
 * (`validMin`, `validMax`), e.g. a growth rate that may exceed 100 %.
 */
import type { ContractProblems } from '../i18n/contract';
import { HUNDRED, dec, quotient, type Dec } from '../money';
import type { NumberSource } from './numberText';
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
 * The decimal mark of the source a value was read from, when the source has one: a `,` CSV file and a
 * JSON document write `0.774`, a `;` file `0,774`. A sheet has none of its own: its cells show numbers as
 * the host's display does, in the contract's language.
 */
export type DecimalMark = '.' | ',';

/** The decimal mark a CSV file's number convention implies; none for a sheet or a tab-separated file. */
export function markOf(source: NumberSource): DecimalMark | undefined {
  return source === 'comma-file' ? '.' : source === 'semicolon-file' ? ',' : undefined;
}

/**
 * The problem of a value outside the clause's range, or `undefined` when it is within. For a percent KPI
 * whose value reads as a percentage typed without its sign (77.4), the hint is the fraction (0.774); typed
 * with its sign (`912 %`), there is none (`0.0912` would be a wrong number to type back). The
 * hint is to be typed where the value was, so every number is spelled as that source writes numbers: with
 * its decimal `mark` (a French contract's `,` file wants `0.774`, its JSON too), else with the separator
 * typed in a text `cell`, else in the problems' language (`0,774` for a French sheet's number cell). The
 * value of a text `cell` is quoted as the user typed it rather than respelled.
 */
export function rangeProblem(
  value: Dec,
  kpi: RangeFields & { readonly name?: string },
  p: ContractProblems,
  cell?: unknown,
  mark?: DecimalMark,
): string | undefined {
  const range = validRange(kpi);
  if (inRange(value, range)) return undefined;
  const typed = typeof cell === 'string' ? cell.trim() : undefined;
  const written = mark ?? (typed?.includes(',') ? ',' : typed?.includes('.') ? '.' : undefined);
  const spell = (n: Dec) => (written === undefined ? p.decimal(n) : n.toFixed().replace('.', written));
  const scaled = quotient(value, HUNDRED);
  // Typed with its % sign (912 %), the value is no percentage typed without it: a hint would divide again.
  const signed = typed !== undefined && /%$/.test(typed);
  const hint = kpi.unit === 'percent' && !signed && inRange(scaled, range) ? spell(scaled) : undefined;
  const declared = kpi.validMin !== undefined || kpi.validMax !== undefined;
  return p.outsideRange({
    value: typed ?? spell(value),
    min: range.min && spell(range.min),
    max: range.max && spell(range.max),
    unit: kpi.unit,
    declared,
    hint,
  });
}

/**
 * What a schema issue of a value outside its range carries (zod `params`), so that a reader that knows
 * where the value was typed says it again in that source's spelling (`respelledRange`).
 */
export interface OutsideRangeParams {
  readonly outsideRange: { readonly value: Dec; readonly kpi: RangeFields & { readonly name?: string } };
}

/** The `params` of a range issue, or `undefined` for another issue. */
export function outsideRangeOf(params: unknown): OutsideRangeParams['outsideRange'] | undefined {
  if (params === null || typeof params !== 'object' || !Object.hasOwn(params, 'outsideRange'))
    return undefined;
  return (params as OutsideRangeParams).outsideRange;
}
