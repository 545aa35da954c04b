/**
 * Contracts side by side: one row per period or scenario (and, with several, their sum), then every line
 * kind of each row (and of the sum), so a difference reads as the lines that make it.
 */
import type { Language } from '../contract/types';
import { modelSheetTexts, type ComparisonBasis } from '../i18n/modelSheets';
import { formatPeriod } from '../i18n/periodFormat';
import { rowsTotal } from '../i18n/modelNotes';
import { compareTotal, type ComparisonRow } from '../model/compare';
import type { Dec } from '../money';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/**
 * `contracts` are the column headers (ids or names), in the order the rows' totals are; `lang` the
 * language of the sheet (the first contract's, as an invoice takes its contract's). On a forecast,
 * `spread` is the difference over all rows simulation by simulation: the rows are means, and whether a
 * proposal is cheaper in most simulations or in all is its percentiles', so the sheet gives them as the
 * terminal does.
 */
export function compareSheetPlan(
  contracts: readonly string[],
  currency: string,
  rows: readonly ComparisonRow[],
  basis: ComparisonBasis,
  lang: Language,
  spread?: { readonly p10: Dec; readonly p50: Dec; readonly p90: Dec },
): SheetPlan {
  const t = modelSheetTexts(lang);
  const header = (first: string[]) => [...first, ...contracts, t.differenceHeader];
  // Rows of actuals or of a forecast are periods, said in words; scenarios keep the names they were given.
  const total = rows.length > 1 ? compareTotal(rowsTotal(lang), rows) : null;
  const rowName = (r: ComparisonRow) => ({
    text: basis.kind !== 'scenarios' && r !== total ? formatPeriod(r.name, lang) : r.name,
  });
  const shown = total ? [...rows, total] : rows;
  return modelSheetPlan({
    name: t.comparisonName,
    title: t.comparisonTitle(contracts),
    subtitle: t.comparisonSubtitle(basis),
    currency,
    tables: [
      {
        name: 'Comparison',
        header: header([t.rowHeader(basis.kind)]),
        rows: shown.map((r) => [
          rowName(r),
          ...r.totals.map((money) => ({ money })),
          { money: r.difference },
        ]),
      },
      {
        name: 'ComparisonKinds',
        header: header([t.rowHeader(basis.kind), t.lineKindHeader]),
        rows: shown.flatMap((r) =>
          r.kinds.map((k) => [
            rowName(r),
            { text: t.lineKind(k.kind) },
            ...k.amounts.map((money) => ({ money })),
            { money: k.difference },
          ]),
        ),
      },
      ...(spread === undefined
        ? []
        : [
            {
              name: 'ComparisonSpread',
              header: [...t.spreadHeader],
              rows: (['p10', 'p50', 'p90'] as const).map((p) => [
                { text: p.toUpperCase() },
                { money: spread[p] },
              ]),
            },
          ]),
    ],
  });
}
