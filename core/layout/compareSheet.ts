/** Contracts side by side: one row per period or scenario, then every line kind of each row. */
import type { ComparisonRow } from '../model/compare';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/** `contracts` are the column headers (ids or names), in the order the rows' totals are. */
export function compareSheetPlan(
  contracts: readonly string[],
  currency: string,
  rows: readonly ComparisonRow[],
  about: string,
): SheetPlan {
  const header = (first: string[]) => [...first, ...contracts, 'Difference (last − first)'];
  return modelSheetPlan({
    name: 'Comparison',
    title: `Comparison — ${contracts.join(' vs ')}`,
    subtitle: about,
    currency,
    tables: [
      {
        name: 'Comparison',
        header: header(['Row']),
        rows: rows.map((r) => [
          { text: r.name },
          ...r.totals.map((money) => ({ money })),
          { money: r.difference },
        ]),
      },
      {
        name: 'ComparisonKinds',
        header: header(['Row', 'Line kind']),
        rows: rows.flatMap((r) =>
          r.kinds.map((k) => [
            { text: r.name },
            { text: k.kind },
            ...k.amounts.map((money) => ({ money })),
            { money: k.difference },
          ]),
        ),
      },
    ],
  });
}
