/** Gates name another KPI clause of the same contract: its values, unit and direction decide the gate. */
import type { ContractProblems } from '../../i18n/contract';
import { isDec } from '../../money';
import type { KpiClause, VolumeFee } from '../types';
import { UNIT_RANGES, rangeProblem } from '../validRange';

/**
 * Each gate names a clause that exists and is not its own, at a level within that clause's valid range (a
 * level of 85 for a CSAT of 85 % is never met: it would take the gated bonus or volume price away on every
 * invoice); `clean` skips fields that already failed.
 */
export function gateProblems(
  kpis: readonly KpiClause[],
  volumes: readonly VolumeFee[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  p: ContractProblems,
): void {
  const names = new Set(kpis.map((k) => (typeof k?.name === 'string' ? k.name.toLowerCase() : '')));
  kpis.forEach((kpi, i) => {
    const gate = kpi?.gateKpi;
    if (typeof gate !== 'string' || !clean('kpis', i, 'gateKpi')) return;
    if (typeof kpi.name === 'string' && gate.toLowerCase() === kpi.name.toLowerCase())
      add(['kpis', i, 'gateKpi'], p.gateSelf);
    else if (!names.has(gate.toLowerCase())) add(['kpis', i, 'gateKpi'], p.gateUnknown(gate));
    else levelInRange(['kpis', i], kpi, kpis, add, clean, p);
  });
  volumes.forEach((volume, i) => levelInRange(['volumes', i], volume, kpis, add, clean, p));
}

/** The gate level of `owner` (at `path`) within its gate KPI's valid range. */
function levelInRange(
  path: PropertyKey[],
  owner: Pick<KpiClause, 'gateKpi' | 'gateLevel'> | undefined,
  kpis: readonly KpiClause[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  p: ContractProblems,
): void {
  const gate = owner?.gateKpi;
  const level = owner?.gateLevel;
  if (typeof gate !== 'string' || !isDec(level) || !clean(...path, 'gateLevel')) return;
  const index = kpis.findIndex(
    (k) => typeof k?.name === 'string' && k.name.toLowerCase() === gate.toLowerCase(),
  );
  const kpi = kpis[index];
  // The gate KPI's own range must read first: its unit, its declared bounds.
  if (kpi === undefined || typeof kpi.unit !== 'string' || !Object.hasOwn(UNIT_RANGES, kpi.unit)) return;
  if (!['unit', 'validMin', 'validMax'].every((f) => clean('kpis', index, f))) return;
  const problem = rangeProblem(level, kpi, p);
  if (problem !== undefined) add([...path, 'gateLevel'], problem);
}
