/** Argument kinds shared by the worksheet functions: each parses one host value and says what it expects. */
import { parseDirection, type Direction } from '../direction';
import { fromHostNumber, type Dec } from '../money';
import type { Comparison } from '../models/comparison';
import type { TierMode } from '../models/tieredFee';
import { hostErrorKind, isBlank, type HostMatrix, type HostScalar } from './hostValues';
import { TableFault, type Bilingual, type CellValue, type ScalarArg, type TableArg } from './types';

/** Read once: globals are slow to reach in a vm context (Jest's, the Sheets fake's; see README, Test time). */
const { Number } = globalThis;

interface NumberBounds {
  /** Smallest allowed value. */
  readonly min?: number;
  /** When true, `min` itself is not allowed. */
  readonly minExclusive?: boolean;
  readonly max?: number;
}

function boundsText(bounds: NumberBounds): string {
  const { min, minExclusive, max } = bounds;
  if (min !== undefined && max !== undefined) return `a number between ${min} and ${max}`;
  if (min !== undefined) return `a number ${minExclusive ? '>' : '≥'} ${min}`;
  if (max !== undefined) return `a number ≤ ${max}`;
  return 'a number';
}

/** Bounds are checked on the host double: exact, because they are small integers and the double is the input. */
function inBounds(n: number, { min, minExclusive, max }: NumberBounds): boolean {
  if (min !== undefined && (minExclusive ? n <= min : n < min)) return false;
  return max === undefined || n <= max;
}

function parseNumber(value: CellValue, bounds: NumberBounds): Dec | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || !inBounds(value, bounds)) return undefined;
  return fromHostNumber(value);
}

/** A required number, optionally bounded. */
export function requiredNumber(
  name: string,
  help: Bilingual,
  bounds: NumberBounds = {},
): ScalarArg<Dec> & { nullable: false } {
  return {
    kind: 'scalar',
    name,
    help,
    expects: boundsText(bounds),
    hostType: 'number',
    optional: false,
    nullable: false,
    defaultValue: null,
    parse: (value) => parseNumber(value, bounds),
  };
}

/** An optional number; blank or omitted gives `defaultValue`. */
export function optionalNumber(
  name: string,
  help: Bilingual,
  defaultValue: number,
  bounds?: NumberBounds,
): ScalarArg<Dec> & { nullable: false };
/** An optional number whose blank means "none" (`null`), e.g. no cap. */
export function optionalNumber(
  name: string,
  help: Bilingual,
  defaultValue: null,
  bounds?: NumberBounds,
): ScalarArg<Dec> & { nullable: true };
export function optionalNumber(
  name: string,
  help: Bilingual,
  defaultValue: number | null,
  bounds: NumberBounds = {},
): ScalarArg<Dec> {
  return {
    kind: 'scalar',
    name,
    help,
    expects: boundsText(bounds),
    hostType: 'number',
    optional: true,
    nullable: defaultValue === null,
    defaultValue: defaultValue === null ? null : fromHostNumber(defaultValue),
    parse: (value) => parseNumber(value, bounds),
  };
}

const DIRECTION_HELP: Bilingual = {
  en: 'optional: "higher" (default: more is better) or "lower" (less is better); "hausse"/"baisse" also accepted',
  fr: 'facultatif : "higher"/"hausse" (par défaut : plus c’est haut, mieux c’est) ou "lower"/"baisse"',
};

/** The optional KPI direction, `higher` by default for every function. */
export function directionArg(): ScalarArg<Direction> & { nullable: false } {
  return {
    kind: 'scalar',
    name: 'direction',
    help: DIRECTION_HELP,
    expects: '"higher" or "lower" (or "hausse" / "baisse")',
    hostType: 'string',
    optional: true,
    nullable: false,
    defaultValue: 'higher',
    parse: (value) => (typeof value === 'string' ? parseDirection(value) : undefined),
  };
}

/** A `Map`, so that user text such as `toString` is no comparison. */
const COMPARISON_WORDS: ReadonlyMap<string, Comparison> = new Map([
  ['reaches', 'reaches'],
  ['atteint', 'reaches'],
  ['exceeds', 'exceeds'],
  ['dépasse', 'exceeds'],
]);

/** Whether the level may be reached (≥, default) or must be exceeded (>), as a clause's `comparison`. */
export function comparisonArg(): ScalarArg<Comparison> & { nullable: false } {
  return {
    kind: 'scalar',
    name: 'comparison',
    help: {
      en: 'optional: "reaches" (≥, default) or "exceeds" (>)',
      fr: 'facultatif : "atteint" (≥, défaut) ou "dépasse" (>)',
    },
    expects: '"reaches" or "exceeds"',
    hostType: 'string',
    optional: true,
    nullable: false,
    defaultValue: 'reaches',
    parse: (value) =>
      typeof value === 'string' ? COMPARISON_WORDS.get(value.trim().toLowerCase()) : undefined,
  };
}

/** A `Map`, so that user text such as `toString` is no mode. */
const MODES: ReadonlyMap<string, TierMode> = new Map([
  ['graduated', 'graduated'],
  ['progressif', 'graduated'],
  ['volume', 'volume'],
]);

/** Tier pricing mode, `graduated` by default. */
export function tierModeArg(): ScalarArg<TierMode> & { nullable: false } {
  return {
    kind: 'scalar',
    name: 'mode',
    help: {
      en: 'optional: "graduated" (default: each unit priced in its tier) or "volume" (all units at one tier\'s price)',
      fr: 'facultatif : "graduated"/"progressif" (par défaut : chaque unité au prix de sa tranche) ou "volume"',
    },
    expects: '"graduated" or "volume"',
    hostType: 'string',
    optional: true,
    nullable: false,
    defaultValue: 'graduated',
    parse: (value) => (typeof value === 'string' ? MODES.get(value.trim().toLowerCase()) : undefined),
  };
}

/** Calls `visit` on every cell of a table, row-major, with 1-based coordinates. */
export function forEachCell(
  cells: HostMatrix,
  visit: (value: HostScalar, row: number, column: number) => void,
): void {
  cells.forEach((cells_, r) => cells_.forEach((value, c) => visit(value, r + 1, c + 1)));
}

/**
 * A table of numbers read row by row, blanks kept as `null` (their meaning is the function's:
 * "not measured yet", "skipped"). Error values propagate through `TableFault` with their own text.
 */
export function numberTable(
  name: string,
  help: Bilingual,
  bounds: NumberBounds = {},
): TableArg<(Dec | null)[]> {
  const expects = boundsText(bounds);
  return {
    kind: 'table',
    name,
    help,
    expects: `a range of ${expects.replace('a number', 'numbers')}`,
    hostType: 'number',
    optional: false,
    parse: (cells) => {
      const out: (Dec | null)[] = [];
      forEachCell(cells, (value, row, column) => {
        if (isBlank(value)) return void out.push(null);
        const parsed = hostErrorKind(value) ? undefined : parseNumber(value as CellValue, bounds);
        if (parsed === undefined)
          throw new TableFault(
            `must hold only ${expects.replace('a number', 'numbers')}`,
            value,
            row,
            column,
          );
        out.push(parsed);
      });
      return out;
    },
  };
}
