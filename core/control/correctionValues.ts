/**
 * The values of the invoice a correction note corrects, as issued: each line's quantity, each KPI's value on
 * its month, each month's weight of a weighted average, as the issued invoice printed them. The note carries
 * them (its JSON's `valuesAsIssued`, its sheet's block of values as issued) beside its fingerprint as
 * issued, as it carries the values of the invoice as recomputed beside its fingerprint recomputed: put over
 * the actuals given, they rebuild the invoice as issued, whose fingerprint must be the one the note
 * records, so a note alone proves its As issued column and its reasons (`correctionProof.ts`), which quote
 * those values ("CSAT restated from 89.5% to 90.5%").
 */
import type { Actuals, Contract, Period } from '../contract/types';
import { weightingVolume } from '../invoice/aggregation/periodValue';
import { buildInvoice } from '../invoice/buildInvoice';
import { evidenceMonths } from '../invoice/evidenceMonths';
import type { Invoice } from '../invoice/types';
import type { Dec } from '../money';
import type { IssuedInvoice } from './issuedInvoice';
import { PrintedActuals } from './printedActuals';

/** One value an invoice printed: a line's quantity (of its period), or a KPI's value or a volume's weight on a month. */
export interface PrintedValue {
  readonly kind: 'quantity' | 'kpi' | 'weight';
  /** The line's label, the KPI's name, or the weighting volume as the clause names it. */
  readonly name: string;
  /** The month of a KPI's value or a weight; a quantity is of the invoice's period. */
  readonly month?: Period;
  readonly value: Dec;
}

/** The values `issued` printed, in its order: quantities, KPI values, then weights (each volume's month once). */
export function printedValuesOf(issued: IssuedInvoice, contract: Contract): PrintedValue[] {
  const quantities = issued.lines.flatMap((line): PrintedValue[] =>
    line.quantity === undefined ? [] : [{ kind: 'quantity', name: line.label, value: line.quantity }],
  );
  const kpis = issued.evidence.flatMap((e): PrintedValue[] =>
    evidenceMonths(e).flatMap(({ month, value }) =>
      value === undefined ? [] : [{ kind: 'kpi', name: e.kpi, month, value }],
    ),
  );
  const weights = new Map<string, PrintedValue>();
  for (const e of issued.evidence) {
    const volume = contract.kpis.find((k) => k.name === e.kpi)?.aggregationVolume;
    if (volume === undefined) continue;
    for (const { month, weight } of e.aggregate?.months ?? [])
      if (weight !== undefined && !weights.has(`${volume}\n${month}`))
        weights.set(`${volume}\n${month}`, { kind: 'weight', name: volume, month, value: weight });
  }
  return [...quantities, ...kpis, ...weights.values()];
}

/**
 * The invoice of `period` rebuilt from `values` put over `actuals`, as an issued invoice is rebuilt from what
 * it prints (`issuedJsonProof.ts`); or the engine's problems.
 */
export function invoiceFromValues(
  values: readonly PrintedValue[],
  contract: Contract,
  actuals: Actuals,
  period: Period,
): { ok: true; invoice: Invoice } | { ok: false; problems: readonly string[] } {
  const printed = new PrintedActuals(contract, period);
  for (const v of values) {
    if (v.kind === 'quantity') printed.quantity(v.name, v.value);
    else if (v.month === undefined) continue;
    else if (v.kind === 'kpi') printed.at(v.month).kpis.set(v.name, v.value);
    else printed.at(v.month).volumes.set(weightingVolume(contract, { aggregationVolume: v.name }), v.value);
  }
  const rebuilt = buildInvoice(contract, printed.over(actuals), period);
  return rebuilt.ok ? { ok: true, invoice: rebuilt.invoice } : { ok: false, problems: rebuilt.problems };
}
