/**
 * Where the one value a gate judges comes from, on the invoice of given months: the gate KPI's value of
 * the closing month, the value its clause forms over a window of months, or none at all. Invoicing
 * (`core/invoice/gate.ts`) reads the value this says; the check (`gatesWithoutValue`) lists the invoices
 * that cannot have one, so a contract whose gate can never judge some invoices is told before invoicing.
 */
import {
  activeOn,
  aggregationWindow,
  closesWindow,
  invoiceWindow,
  isWithinContract,
  kpiDueMonth,
  kpiEntryMonths,
} from './period';
import type { Contract, KpiAggregation, KpiClause, Period } from './types';

/** The month's value, the clause's value over `window`, or none (each month judged, due later, not entered). */
export type GateReading =
  | { readonly kind: 'month' }
  | { readonly kind: 'period'; readonly aggregation: KpiAggregation; readonly window: readonly Period[] }
  | { readonly kind: 'none' };

/** How `gate` gives one value on the invoice of `months`, which closes on `month`. */
export function gateReading(
  contract: Contract,
  gate: KpiClause,
  months: readonly Period[],
  month: Period,
): GateReading {
  const kind = gate.aggregation;
  const window = aggregationWindow(contract, gate, month);
  const due = kpiDueMonth(contract, gate, month) === month;
  // A month's value is its period's when the KPI does not aggregate, or when a monthly invoice reads a
  // month its clause does not form one value over several months for (each month judged, not yet due).
  const single = months.length === 1 && (kind === 'each-month' || !due || window.length === 1);
  if (kind === undefined || single)
    // A KPI measured over several months has no value on the months before its period closes.
    return closesWindow(contract.firstPeriod, kpiEntryMonths(gate), month)
      ? { kind: 'month' }
      : { kind: 'none' };
  if (kind === 'each-month' || !due) return { kind: 'none' };
  return { kind: 'period', aggregation: kind, window };
}

/** A gate that can judge no one value on an invoice: what it gates (a clause or a volume) and the invoice. */
export interface GateWithoutValue {
  readonly owner: string;
  readonly gate: KpiClause;
  /** The invoiced months; the last is the month the gate is judged on. */
  readonly months: readonly Period[];
}

/**
 * Every invoice, among those holding one of `periods`, on which a gated clause (due and active) or a gated
 * volume would be judged by a gate that forms no one value: each stops its invoice.
 */
export function gatesWithoutValue(contract: Contract, periods: readonly Period[]): GateWithoutValue[] {
  const invoices = new Map<Period, readonly Period[]>();
  for (const month of periods) {
    const window = isWithinContract(contract, month) ? invoiceWindow(contract, month) : undefined;
    if (window) invoices.set(window[0], window);
  }
  const byName = (name: string) => contract.kpis.find((k) => k.name.toLowerCase() === name.toLowerCase());
  const found: GateWithoutValue[] = [];
  for (const months of [...invoices.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const last = months[months.length - 1];
    const owners = [
      ...contract.kpis
        .filter((k) => kpiDueMonth(contract, k, last) !== undefined)
        .filter((k) => activeOn(contract, k, last))
        .map((k) => ({ owner: k.name, gateKpi: k.gateKpi })),
      ...contract.volumes.map((v) => ({ owner: v.name, gateKpi: v.gateKpi })),
    ];
    for (const { owner, gateKpi } of owners) {
      const gate = gateKpi === undefined ? undefined : byName(gateKpi);
      if (gate !== undefined && gateReading(contract, gate, months, last).kind === 'none')
        found.push({ owner, gate, months });
    }
  }
  return found;
}
