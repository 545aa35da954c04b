/** Dated levels: the step in force in a month is the last one that starts on or before it. */
import { comparePeriods } from '../../contract/period';
import type { ScheduleStep } from '../../contract/levelTerms';
import type { Period } from '../../contract/types';

/** The step in force in `month`, or `undefined` before the first one (the stated levels apply). */
export function scheduleStepAt(steps: readonly ScheduleStep[], month: Period): ScheduleStep | undefined {
  let found: ScheduleStep | undefined;
  for (const step of steps) if (comparePeriods(step.from, month) <= 0) found = step;
  return found;
}
