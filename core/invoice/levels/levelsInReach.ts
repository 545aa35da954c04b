/**
 * Every level a clause with moving levels may apply, known from the contract alone: its final levels (from
 * a numeric baseline), a ramp's start, each schedule step's levels, a ratchet's ceiling. Curves take their
 * default span from them; a baseline of months of the actuals cannot be known here.
 */
import { KPI_LEVELS } from '../../contract/sheetSpec';
import type { KpiClause } from '../../contract/types';
import { ONE, type Dec } from '../../money';
import { hasMovingLevels } from './resolveLevels';
import { roundLevel } from './roundLevel';

/** The levels in reach, or `undefined` when the levels are as stated or rest on months of the actuals. */
export function levelsInReach(clause: KpiClause): Dec[] | undefined {
  if (!hasMovingLevels(clause) || clause.baselineMonths !== undefined) return undefined;
  const base = clause.levelChange === undefined ? undefined : clause.baseline;
  const level = (value: Dec) =>
    base === undefined
      ? value
      : roundLevel(clause.levelChange === 'relative' ? base.times(ONE.plus(value)) : base.plus(value));
  const sets = [clause, ...(clause.levelSchedule ?? [])];
  const values = sets.flatMap((set) =>
    KPI_LEVELS.map((l) => set[l])
      .filter((v): v is Dec => v !== undefined)
      .map(level),
  );
  const start = base ?? clause.ramp?.from;
  if (clause.ramp !== undefined && start !== undefined) values.push(start);
  if (clause.ratchet !== undefined) values.push(clause.ratchet.ceiling);
  return values;
}
