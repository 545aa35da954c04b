import type { Direction } from '../direction';
import { ZERO, type Dec } from '../money';
import { meets, type Comparison } from './comparison';

export interface EarnbackResult {
  readonly amount: Dec;
  /** `earned`: every later period met the level; `missed`: one did not; `pending`: one is not measured. */
  readonly status: 'earned' | 'missed' | 'pending';
}

/**
 * The part of an earlier service-level credit the provider earns back: all of it when every following
 * period meets the expected level, nothing otherwise. `null` marks a period not measured yet.
 */
export function earnback(
  credit: Dec,
  laterActuals: readonly (Dec | null)[],
  expected: Dec,
  direction: Direction,
  comparison: Comparison = 'reaches',
): EarnbackResult {
  if (laterActuals.length === 0 || laterActuals.some((v) => v === null))
    return { amount: ZERO, status: 'pending' };
  const allMet = laterActuals.every((v) => meets(v as Dec, expected, direction, comparison));
  return allMet ? { amount: credit, status: 'earned' } : { amount: ZERO, status: 'missed' };
}
