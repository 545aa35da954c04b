/**
 * Scenarios: one period's values (volumes, hours, KPI values) priced exactly as the invoice engine prices a
 * period with those values. A scenario is turned into Actuals for one invoicing period and handed to
 * `buildInvoice`; nothing here computes a fee.
 */
import {
  buildActuals,
  exclusionReason,
  hoursWorked,
  volumeQuantity,
  type ActualEntry,
} from '../contract/actuals';
import { unpricedSampleVolumes } from '../contract/conditions';
import { FREQUENCY_MONTHS, activeOn, addMonths, invoiceWindow, kpiDueMonth } from '../contract/period';
import { revisionMonths } from '../contract/periodTermMonths';
import type { Actuals, Contract, KpiClause, Period, PeriodActuals } from '../contract/types';
import { buildInvoice } from '../invoice/buildInvoice';
import { outsideContractProblem } from '../invoice/monthProblem';
import { modelProblemTexts } from '../i18n/modelProblems';
import { kpiPeriodValue } from '../invoice/aggregation/periodValue';
import { aggregatedMonths, measuredMonths, periodValueEntries } from '../invoice/aggregation/scenarioMonths';
import { invoiceContext, type InvoiceContext } from '../invoice/context';
import type { InvoiceResult } from '../invoice/types';
import { ZERO, decSum, roundPrice, type Dec } from '../money';

/** One period's values: volumes and hours are totals over the invoicing period, KPIs as measured. */
export type ScenarioValues = PeriodActuals;

/** A named scenario (`worst`, `expected`, `best`). */
export interface Scenario {
  readonly name: string;
  readonly values: ScenarioValues;
}

/**
 * Where a scenario is priced. By default it stands alone in the first invoicing period that closes every
 * KPI's evaluation period (so every KPI clause is due), with no history: no earlier credit to earn back.
 * With `period`, it replaces that invoicing period's values, inside `history` when given (earnbacks then
 * see the months before it, as the invoice would).
 */
export interface PricingPlace {
  readonly period?: Period;
  readonly history?: Actuals;
  /**
   * The values are the history's own for `period` (a curve's or an exposure's base, `scenarioOfPeriod`):
   * a value they lack is missing from the actuals, said with its month, not from a scenario.
   */
  readonly ofActuals?: boolean;
}

/**
 * The first month that closes an invoicing period and every KPI's evaluation period. Frequencies are 1, 3, 6
 * or 12 months, so the longest of them is a multiple of all the others.
 */
export function scenarioMonth(contract: Contract): Period {
  const lengths = [contract.frequency, ...contract.kpis.map((k) => k.period)].map((f) => FREQUENCY_MONTHS[f]);
  return addMonths(contract.firstPeriod, Math.max(...lengths) - 1);
}

/** The months of the invoicing period a scenario is priced as, or a problem. */
export function placeOf(
  contract: Contract,
  place: PricingPlace,
): { months: readonly Period[] } | { problem: string } {
  const month = place.period ?? scenarioMonth(contract);
  const outside = outsideContractProblem(contract, month, contract.language);
  if (outside !== undefined) {
    return {
      problem: place.period ? outside : modelProblemTexts(contract.language).endsBeforeScenarios(month),
    };
  }
  return { months: invoiceWindow(contract, month)! };
}

/**
 * The Actuals of a scenario priced at `place`: volumes and hours sit on the period's first month (the
 * others get 0, so the period's totals are the scenario's), each KPI on the month its clause is evaluated.
 */
export function scenarioActuals(
  contract: Contract,
  values: ScenarioValues,
  place: PricingPlace = {},
): { actuals: Actuals; period: Period; spread: ReadonlySet<string> } | { problem: string } {
  const where = placeOf(contract, place);
  if ('problem' in where) return where;
  const { months } = where;
  const last = months[months.length - 1];
  const inWindow = new Set(months);
  const entries: ActualEntry[] = [];
  // Aggregated KPIs whose months all got the scenario's one value (`InvoiceContext.spread`).
  const spread = new Set<string>();
  // An aggregated KPI's scenario value replaces the months it is formed over, not only the invoice's.
  const replaced = new Set(
    [...values.kpis.keys()].flatMap((name) => {
      const clause = contract.kpis.find((k) => k.name === name);
      const due = clause ? kpiDueMonth(contract, clause, last) : undefined;
      return clause && due ? aggregatedMonths(contract, clause, due).map((m) => `${m}|${name}`) : [];
    }),
  );
  // The scenario's index values stand for the revision in force on its invoice (what if Syntec is 300?).
  const indexed = scenarioIndexEntries(contract, values, months[0]);
  const ownIndex = new Set(indexed.map((e) => `${e.period}|${e.name}`));
  entries.push(...indexed);
  if (place.history) {
    for (const [month, at] of place.history.periods) {
      // Otherwise a price index is as published in the history.
      for (const [name, value] of at.indices ?? [])
        if (!ownIndex.has(`${month}|${name}`)) entries.push({ period: month, kind: 'index', name, value });
      if (inWindow.has(month)) continue;
      if (at.hours !== undefined) entries.push({ period: month, kind: 'hours', name: '', value: at.hours });
      for (const [name, value] of at.volumes) entries.push({ period: month, kind: 'volume', name, value });
      for (const [name, value] of at.kpis)
        if (!replaced.has(`${month}|${name}`)) entries.push({ period: month, kind: 'kpi', name, value });
      for (const [name, reason] of at.exclusions ?? [])
        entries.push({ period: month, kind: 'excluded', name, reason });
    }
  }
  months.forEach((month, i) => {
    if (values.hours !== undefined)
      entries.push({ period: month, kind: 'hours', name: '', value: i === 0 ? values.hours : ZERO });
  });
  for (const [name, value] of values.volumes) {
    const split = volumeMonths(contract, name, value, months, place.history);
    if (split.spread) spread.add(name);
    split.quantities.forEach((q, i) => entries.push({ period: months[i], kind: 'volume', name, value: q }));
  }
  for (const [name, value] of values.kpis) {
    const clause = contract.kpis.find((k) => k.name === name);
    const month = clause ? kpiDueMonth(contract, clause, last) : undefined;
    // A KPI not evaluated on this invoice plays no part in it.
    if (clause && month !== undefined) {
      // An aggregated KPI at the value its measured months give keeps them (aggregation/scenarioMonths.ts).
      const measured =
        place.history && measuredMonths(contract, clause, month, value, place.history, inWindow);
      const given = measured || periodValueEntries(contract, clause, month, value);
      if (!measured && given.length > 1) spread.add(clause.name);
      entries.push(...given);
    }
  }
  // An exclusion stands on the month its clause is evaluated, as the KPI's value does.
  for (const [name, reason] of values.exclusions ?? []) {
    const clause = contract.kpis.find((k) => k.name === name);
    const month = clause ? kpiDueMonth(contract, clause, last) : undefined;
    if (month !== undefined) entries.push({ period: month, kind: 'excluded', name, reason });
  }
  return { actuals: buildActuals(entries, months), period: months[0], spread };
}

/**
 * A volume's quantities in the invoiced months, summing to the scenario's total: all on the first month,
 * but for a volume whose tiers count each month's units (`tiersPer: "month"`): its measured months when
 * they give that total, else an even split (`spread`, the remainder of the volume's decimals on the first
 * month), so the tiers fill as the invoice fills them.
 */
function volumeMonths(
  contract: Contract,
  name: string,
  total: Dec,
  months: readonly Period[],
  history: Actuals | undefined,
): { quantities: Dec[]; spread: boolean } {
  const volume = contract.volumes.find((v) => v.name === name);
  if (volume?.tiersPer !== 'month' || months.length === 1)
    return { quantities: months.map((_, i) => (i === 0 ? total : ZERO)), spread: false };
  const measured = months.map((m) => history?.periods.get(m)?.volumes.get(name));
  if (measured.every((q) => q !== undefined) && decSum(measured as Dec[]).eq(total))
    return { quantities: measured as Dec[], spread: false };
  const share = roundPrice(total.div(months.length), total.decimalPlaces(), 'down');
  const first = total.minus(share.times(months.length - 1));
  return { quantities: months.map((_, i) => (i === 0 ? first : share)), spread: true };
}

/** The month of the latest index revision on or before `first` (an invoice's first month, which prices it). */
function revisionInForce(contract: Contract, first: Period): Period | undefined {
  return contract.indexation ? revisionMonths(contract.indexation, first).at(-1) : undefined;
}

/** A scenario's price index values, on the month of the revision in force; none before the first revision. */
function scenarioIndexEntries(contract: Contract, values: ScenarioValues, first: Period): ActualEntry[] {
  const revision = revisionInForce(contract, first);
  if (revision === undefined) return [];
  return [...(values.indices ?? [])].map(([name, value]): ActualEntry => ({
    period: revision,
    kind: 'index',
    name,
    value,
  }));
}

/** The names of a scenario's index values that its invoice at `place` does not read: no revision is in force. */
export function idleIndices(contract: Contract, values: ScenarioValues, place: PricingPlace = {}): string[] {
  const where = placeOf(contract, place);
  if ('problem' in where || revisionInForce(contract, where.months[0]) !== undefined) return [];
  return [...(values.indices?.keys() ?? [])];
}

/**
 * The invoice of a scenario, exactly as `buildInvoice` prices a period with these values; `noteMissing`
 * is told each value it lacks (the pane says it on the Scenarios sheet's cell).
 */
export function priceScenario(
  contract: Contract,
  values: ScenarioValues,
  place: PricingPlace = {},
  noteMissing?: InvoiceContext['noteMissing'],
): InvoiceResult {
  const built = scenarioActuals(contract, values, place);
  if ('problem' in built) return { ok: false, problems: [built.problem] };
  // Alone, a scenario has no earlier periods: repeat failures count none, and its explanation says so.
  // A value it lacks is its own, alone or inside a history (the months before it are the actuals').
  const ofScenario = place.history === undefined ? 'alone' : place.ofActuals ? undefined : 'in-history';
  return buildInvoice(contract, built.actuals, built.period, {
    withoutHistory: !place.history,
    ...(ofScenario === undefined ? {} : { ofScenario }),
    spread: built.spread,
    ...(noteMissing ? { noteMissing } : {}),
  });
}

/**
 * The values an invoicing period of the actuals holds, as a scenario: volume and hour totals over the
 * period, and each KPI due on its invoice. A value missing in any month stays absent, so the engine reports it as the invoice would.
 */
export function scenarioOfPeriod(contract: Contract, actuals: Actuals, period: Period): ScenarioValues {
  const months = invoiceWindow(contract, period) ?? [period];
  const last = months[months.length - 1];
  const volumes = new Map<string, Dec>();
  // A clause's sample (survey answers) is a volume of the period too, priced or not.
  for (const name of [...contract.volumes.map((v) => v.name), ...unpricedSampleVolumes(contract)]) {
    const sum = volumeQuantity(actuals, name, months);
    if (sum.missing.length === 0) volumes.set(name, sum.total);
  }
  const kpis = new Map<string, Dec>();
  const exclusions = new Map<string, string>();
  for (const clause of contract.kpis) {
    const month = kpiDueMonth(contract, clause, last);
    if (month === undefined) continue;
    // An aggregated KPI's value is its period's (an average of its months), as the invoice evaluates it.
    const value = kpiPeriodValue(invoiceContext(contract, actuals, months), clause, month);
    if (!('problem' in value)) kpis.set(clause.name, value.actual);
    const reason = exclusionReason(actuals, clause.name, month);
    if (reason !== undefined) exclusions.set(clause.name, reason);
  }
  const hours = hoursWorked(actuals, months);
  return {
    kpis,
    volumes,
    ...(exclusions.size > 0 ? { exclusions } : {}),
    ...(contract.hourly && hours.missing.length === 0 ? { hours: hours.total } : {}),
  };
}

/** The KPI clauses evaluated on the invoice of `place` (a quarterly KPI only on the quarter's last invoice). */
export function dueClauses(contract: Contract, place: PricingPlace = {}): KpiClause[] {
  const where = placeOf(contract, place);
  if ('problem' in where) return [];
  const last = where.months[where.months.length - 1];
  // A time-boxed clause (Black Friday) outside its months gives no line: it is not due.
  return contract.kpis.filter(
    (clause) => kpiDueMonth(contract, clause, last) !== undefined && activeOn(contract, clause, last),
  );
}
