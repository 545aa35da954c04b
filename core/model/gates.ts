/**
 * Gates in the exposure search. A gate couples two KPIs: a clause's payment, or a volume's price, stands
 * only when the gate KPI reaches its level. The invoice total never decreases when a gate goes from failed
 * to held (a held gate pays what the clause or price gives; a failed one withholds or falls back, never
 * more), so each gate is searched as one more line of its gate KPI, 1 when held and 0 when failed, whose
 * level is one more breakpoint; and a gated clause's own values are priced with its gate held as well as
 * at the starting values, so the value that pays it most is found even when the gate fails at the start.
 */
import type { Contract, KpiClause } from '../contract/types';
import type { Direction } from '../direction';
import { meets, type Comparison } from '../models/comparison';
import { ONE, ZERO, type Dec } from '../money';
import { cellStep } from './cellValue';

interface Gate {
  readonly key: string;
  readonly level: Dec;
  readonly comparison: Comparison;
}

/** The gates whose KPI is `kpi`: each a key, its level and whether the level itself holds it. */
function gatesOn(contract: Contract, kpi: KpiClause): Gate[] {
  const name = kpi.name.toLowerCase();
  const gates: Gate[] = [];
  for (const clause of contract.kpis) {
    if (clause.gateKpi?.toLowerCase() === name && clause.gateLevel !== undefined)
      gates.push({
        key: `gate:kpi:${clause.name}`,
        level: clause.gateLevel,
        comparison: clause.gateComparison ?? 'reaches',
      });
  }
  for (const volume of contract.volumes) {
    if (volume.gateKpi?.toLowerCase() === name && volume.gateLevel !== undefined)
      gates.push({
        key: `gate:volume:${volume.name}`,
        level: volume.gateLevel,
        comparison: volume.gateComparison ?? 'reaches',
      });
  }
  return gates;
}

/**
 * The value nearest the level that holds a gate: the level when reaching it is enough; for a gate that must
 * be exceeded, the cell value one digit past it on the better side.
 */
function holdingValue(level: Dec, comparison: Comparison, direction: Direction): Dec {
  if (comparison === 'reaches') return level;
  return direction === 'higher' ? level.plus(cellStep(level)) : level.minus(cellStep(level));
}

/** The values where a gated line may jump: each gate's level, and the value that holds it when that differs. */
export function gateBreakpoints(contract: Contract, kpi: KpiClause): Dec[] {
  return gatesOn(contract, kpi).flatMap((g) => {
    const holding = holdingValue(g.level, g.comparison, kpi.direction);
    return holding.eq(g.level) ? [g.level] : [g.level, holding];
  });
}

/** Each gate on `kpi` at `value`: 1 held, 0 failed, as lines that only raise the total when they grow. */
export function gateIndicators(contract: Contract, kpi: KpiClause, value: Dec): Map<string, Dec> {
  return new Map(
    gatesOn(contract, kpi).map(
      (g) => [g.key, meets(value, g.level, kpi.direction, g.comparison) ? ONE : ZERO] as const,
    ),
  );
}

/** The KPI values that hold `clause`'s own gate (the value nearest its level), or `undefined` when it has none. */
export function heldGate(contract: Contract, clause: KpiClause): ReadonlyMap<string, Dec> | undefined {
  if (clause.gateKpi === undefined || clause.gateLevel === undefined) return undefined;
  const name = clause.gateKpi.toLowerCase();
  const gate = contract.kpis.find((k) => k.name.toLowerCase() === name);
  if (!gate) return undefined;
  return new Map([
    [gate.name, holdingValue(clause.gateLevel, clause.gateComparison ?? 'reaches', gate.direction)],
  ]);
}
