/**
 * The worst, expected and best scenarios a Scenarios sheet starts from, for the user to edit. Volumes and
 * hours are the same in all three (the median of the history's invoicing periods), so the rows differ by
 * performance only. Each KPI is at the worst, median and best value observed on the invoices of the history
 * (worst and best by its direction); a KPI never observed is at the ends of its span (its valid range where
 * finite, see `defaultSpan`) and their midpoint. Medians are observed values (the lower one of an even
 * count), so nothing here rounds.
 */
import { unpricedSampleVolumes } from '../contract/conditions';
import { invoicePeriods } from '../contract/period';
import type { Actuals, Contract } from '../contract/types';
import { modelSheetTexts } from '../i18n/modelSheets';
import { dec, quotient, type Dec } from '../money';
import { defaultSpan } from './feeCurve';
import { scenarioOfPeriod, type Scenario, type ScenarioValues } from './scenario';

function sorted(values: readonly Dec[]): Dec[] {
  return [...values].sort((a, b) => a.cmp(b));
}

const median = (values: readonly Dec[]): Dec => sorted(values)[Math.floor((values.length - 1) / 2)];

export function prefilledScenarios(contract: Contract, actuals: Actuals): Scenario[] {
  const history: ScenarioValues[] = invoicePeriods(contract, actuals).map((period) =>
    scenarioOfPeriod(contract, actuals, period),
  );
  const observed = <T>(pick: (values: ScenarioValues) => T | undefined): T[] =>
    history.map(pick).filter((v): v is T => v !== undefined);

  const volumes = new Map<string, Dec>();
  // A sampled clause's survey answers too: a volume no line prices.
  for (const name of [...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)]) {
    const seen = observed((v) => v.volumes.get(name));
    if (seen.length > 0) volumes.set(name, median(seen));
  }
  const hours = observed((v) => v.hours);
  const levels = contract.kpis.map((clause) => {
    const seen = sorted(observed((v) => v.kpis.get(clause.name)));
    let low: Dec;
    let mid: Dec;
    let high: Dec;
    if (seen.length > 0) {
      [low, mid, high] = [seen[0], median(seen), seen[seen.length - 1]];
    } else {
      const span = defaultSpan(clause);
      [low, mid, high] = [span.from, quotient(span.from.plus(span.to), dec(2)), span.to];
    }
    const [worst, best] = clause.direction === 'lower' ? [high, low] : [low, high];
    return { name: clause.name, values: [worst, mid, best] };
  });
  // Named in the contract's language, like the sheet they are painted on.
  const names = modelSheetTexts(contract.language).prefilledNames;
  return [names.worst, names.expected, names.best].map((name, i) => ({
    name,
    values: {
      volumes: new Map(volumes),
      kpis: new Map(levels.map((level) => [level.name, level.values[i]])),
      ...(contract.hourly && hours.length > 0 ? { hours: median(hours) } : {}),
    },
  }));
}
