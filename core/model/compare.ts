/**
 * Comparison of two or more contracts on the same rows (actuals periods or scenarios):
 * each contract priced by the engine, totals and line kinds side by side, difference = last − first.
 */
import type { Invoice, LineKind } from '../invoice/types';
import { decSum, type Dec } from '../money';

/** One row: a period or scenario priced under every contract, in the order the contracts were given. */
export interface ComparisonRow {
  readonly name: string;
  readonly totals: readonly Dec[];
  readonly difference: Dec;
  /** Each line kind any contract printed (and `vat`), its amount under each contract, and the difference. */
  readonly kinds: readonly {
    readonly kind: LineKind;
    readonly amounts: readonly Dec[];
    readonly difference: Dec;
  }[];
}

/** Side by side: `invoices[c]` is the row's invoice under contract `c`. */
export function compareRow(name: string, invoices: readonly Invoice[]): ComparisonRow {
  const difference = (values: readonly Dec[]) => values[values.length - 1].minus(values[0]);
  const kinds: LineKind[] = [];
  for (const invoice of invoices) {
    for (const line of invoice.lines) if (!kinds.includes(line.kind)) kinds.push(line.kind);
  }
  kinds.push('vat');
  const totals = invoices.map((i) => i.total);
  return {
    name,
    totals,
    difference: difference(totals),
    kinds: kinds.map((kind) => {
      const amounts = invoices.map((invoice) =>
        kind === 'vat'
          ? invoice.vat.amount
          : decSum(invoice.lines.filter((l) => l.kind === kind).map((l) => l.amount)),
      );
      return { kind, amounts, difference: difference(amounts) };
    }),
  };
}
