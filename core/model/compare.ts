/**
 * Comparison of two or more contracts on the same rows (actuals periods or scenarios):
 * each contract priced by the engine, totals and line kinds side by side, difference = last − first.
 */
import type { Invoice, LineKind } from '../invoice/types';
import { ZERO, decSum, type Dec } from '../money';

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

/**
 * The rows added up: each contract's total over every row, and each line kind's, with their differences;
 * what a year of periods costs under each contract, and which kinds of line make the difference.
 */
export function compareTotal(name: string, rows: readonly ComparisonRow[]): ComparisonRow {
  const sum = (lists: readonly (readonly Dec[])[]) => lists[0].map((_, c) => decSum(lists.map((l) => l[c])));
  const difference = (values: readonly Dec[]) => values[values.length - 1].minus(values[0]);
  const totals = sum(rows.map((r) => r.totals));
  const kinds: LineKind[] = [];
  for (const row of rows) for (const k of row.kinds) if (!kinds.includes(k.kind)) kinds.push(k.kind);
  // VAT last, as in every row.
  const ordered = [...kinds.filter((k) => k !== 'vat'), ...kinds.filter((k) => k === 'vat')];
  const zeros = totals.map(() => ZERO);
  return {
    name,
    totals,
    difference: difference(totals),
    kinds: ordered.map((kind) => {
      const amounts = sum(rows.map((r) => r.kinds.find((k) => k.kind === kind)?.amounts ?? zeros));
      return { kind, amounts, difference: difference(amounts) };
    }),
  };
}
