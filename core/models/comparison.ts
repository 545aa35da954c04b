/**
 * Whether a KPI value passes a level: "reaches 90 %" is ≥ (≤ when lower is better), "exceeds 90 %" is >
 * (<). Every pass/fail model compares through here, so a clause's `comparison` means the same everywhere.
 */
import type { Direction } from '../direction';
import type { Dec } from '../money';

/**
 * How a KPI is compared with a level: `reaches` (≥, or ≤ when lower is better: "reaches 90 %") or `exceeds`
 * (> or <: "exceeds 90 %"). Absent on a clause means `reaches`, the behaviour of every earlier contract.
 */
export type Comparison = 'reaches' | 'exceeds';
/** Both comparisons, the default (`reaches`) first. */
export const COMPARISONS: readonly Comparison[] = ['reaches', 'exceeds'];

/** True when `actual` passes `level` for the KPI's direction; `reaches` (inclusive) by default. */
export function meets(
  actual: Dec,
  level: Dec,
  direction: Direction,
  comparison: Comparison = 'reaches',
): boolean {
  const c = actual.comparedTo(level);
  const better = direction === 'higher' ? c > 0 : c < 0;
  return better || (comparison === 'reaches' && c === 0);
}

/** The sign a passing (or failing) value stands in to its level, as explanations print it. */
export function relation(
  met: boolean,
  direction: Direction,
  comparison: Comparison = 'reaches',
): '≥' | '≤' | '<' | '>' {
  const higher = direction === 'higher';
  const strict = comparison === 'exceeds';
  if (met) return higher ? (strict ? '>' : '≥') : strict ? '<' : '≤';
  return higher ? (strict ? '≤' : '<') : strict ? '≥' : '>';
}
