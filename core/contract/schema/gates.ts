/** Gates name another KPI clause of the same contract: its values, unit and direction decide the gate. */
import type { ContractProblems } from '../../i18n/contract';
import type { KpiClause } from '../types';

/** Each gate names a clause that exists and is not its own; `clean` skips fields that already failed. */
export function gateProblems(
  kpis: readonly KpiClause[],
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
  });
}
