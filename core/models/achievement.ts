import type { Direction } from '../direction';
import { ModelFault } from '../errors';
import { quotient, type Dec } from '../money';

export interface AchievementResult {
  /** actual ÷ target (`higher`) or target ÷ actual (`lower`): 1 means exactly on target. */
  readonly ratio: Dec;
}

/** The attainment ratio of a KPI against its target. */
export function achievement(actual: Dec, target: Dec, direction: Direction): AchievementResult {
  requirePositiveDivisor(target, 'target');
  if (direction === 'higher') return { ratio: quotient(actual, target) };
  requirePositiveDivisor(actual, 'actual');
  return { ratio: quotient(target, actual) };
}

function requirePositiveDivisor(value: Dec, argument: string): void {
  if (value.isZero()) throw new ModelFault('#DIV/0!', argument, 'must not be 0');
  if (value.isNegative()) throw new ModelFault('#NUM!', argument, 'must be > 0', `${value}`);
}
