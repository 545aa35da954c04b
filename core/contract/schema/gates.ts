/** Gates name another KPI clause of the same contract: its values, unit and direction decide the gate. */
import type { ContractProblems } from '../../i18n/contract';
import { gateTimeBoxProblems, type GateBeyond } from '../../i18n/gateTimeBox';
import { isDec } from '../../money';
import { FREQUENCIES, type KpiClause, type Language, type VolumeFee } from '../types';
import { UNIT_RANGES, rangeProblem } from '../validRange';

/**
 * Each gate names a clause that exists and is not its own, at a level within that clause's valid range (a
 * level of 85 for a CSAT of 85 % is never met: it would take the gated bonus or volume price away on every
 * invoice), evaluated whenever what it gates is (`timeBoxProblem`); `clean` skips fields that already failed.
 */
export function gateProblems(
  kpis: readonly KpiClause[],
  volumes: readonly VolumeFee[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  p: ContractProblems,
  lang: Language,
): void {
  const names = new Set(kpis.map((k) => (typeof k?.name === 'string' ? k.name.toLowerCase() : '')));
  kpis.forEach((kpi, i) => {
    const gate = kpi?.gateKpi;
    if (typeof gate !== 'string' || !clean('kpis', i, 'gateKpi')) return;
    if (typeof kpi.name === 'string' && gate.toLowerCase() === kpi.name.toLowerCase())
      add(['kpis', i, 'gateKpi'], p.gateSelf);
    else if (!names.has(gate.toLowerCase())) add(['kpis', i, 'gateKpi'], p.gateUnknown(gate));
    else {
      levelInRange(['kpis', i], kpi, kpis, add, clean, p);
      timeBoxProblem(['kpis', i], kpi, kpi, kpis, add, clean, lang);
    }
  });
  volumes.forEach((volume, i) => {
    levelInRange(['volumes', i], volume, kpis, add, clean, p);
    timeBoxProblem(['volumes', i], volume, undefined, kpis, add, clean, lang);
  });
}

/**
 * A time-boxed gate KPI has a value only in its months (the actuals refuse one in any other), so an invoice
 * evaluating what it gates outside them would wait for a value no month can hold: it gates only a clause
 * time-boxed to its months or fewer, never a volume (priced on every invoice). `clause` is the gated
 * clause at `path`, `undefined` for the volume there.
 */
function timeBoxProblem(
  path: PropertyKey[],
  owner: Pick<KpiClause, 'name' | 'gateKpi'> | undefined,
  clause: KpiClause | undefined,
  kpis: readonly KpiClause[],
  add: (path: PropertyKey[], message: string) => void,
  clean: (...path: PropertyKey[]) => boolean,
  lang: Language,
): void {
  const name = owner?.gateKpi;
  if (typeof name !== 'string' || typeof owner?.name !== 'string' || !clean(...path, 'gateKpi')) return;
  const index = kpis.findIndex(
    (k) => typeof k?.name === 'string' && k.name.toLowerCase() === name.toLowerCase(),
  );
  const gate = kpis[index];
  if (gate?.activeMonths === undefined || !clean('kpis', index, 'activeMonths')) return;
  const months = [...gate.activeMonths].sort();
  let beyond: GateBeyond;
  if (clause === undefined) beyond = { kind: 'volume' };
  else if (clause.activeMonths !== undefined) {
    if (!clean(...path, 'activeMonths')) return;
    const outside = clause.activeMonths.filter((m) => !months.includes(m)).sort();
    if (outside.length === 0) return;
    beyond = { kind: 'months', months: outside };
  } else if (clean(...path, 'period') && FREQUENCIES.includes(clause.period))
    beyond = { kind: 'every', period: clause.period };
  else return;
  add([...path, 'gateKpi'], gateTimeBoxProblems(lang).gateTimeBoxed(gate.name, months, owner.name, beyond));
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
