/**
 * The KPI evidence of an aggregated clause: its row names the months it was formed over and how, and one
 * row per month follows with that month's value (its weight, the reason it is excluded, or, evaluated
 * month by month, its amount), so the aggregate can be checked on the sheet.
 */
import type { Language } from '../contract/types';
import { enumLabel } from '../i18n/contract';
import { windowName, type Aggregate } from '../invoice/aggregation/periodValue';
import type { KpiEvidence } from '../invoice/types';
import { formatNumber } from '../i18n/numberFormat';
import { EMPTY, hostNumber, textCell, type Cell } from './cellBlock';
import { kpiValueFormat } from './contractSheet';

/** The Month measured cell: the month, or the window and the aggregation (`2026-01 – 2026-06, average`). */
export function evidenceMonth(
  e: { readonly month: string; readonly aggregate?: Pick<Aggregate, 'kind' | 'window'> },
  lang: Language,
): string {
  if (e.aggregate === undefined) return e.month;
  return `${windowName(e.aggregate.window)}, ${enumLabel('aggregation', e.aggregate.kind, lang)}`;
}

/** The rows under an aggregated clause's evidence row, one per month; none for other clauses. */
export function aggregateRows(e: KpiEvidence, lang: Language, moneyFormat: string): Cell[][] {
  if (e.aggregate === undefined) return [];
  const format = kpiValueFormat(e.clause.unit);
  return e.aggregate.months.map((m): Cell[] => [
    EMPTY,
    textCell(m.month),
    m.value === undefined ? EMPTY : { value: hostNumber(m.value), format },
    EMPTY,
    EMPTY,
    EMPTY,
    m.excluded !== undefined
      ? textCell(m.excluded)
      : m.weight !== undefined
        ? textCell(`× ${formatNumber(m.weight, lang)}`)
        : EMPTY,
    m.amount === undefined ? EMPTY : { value: hostNumber(m.amount), format: moneyFormat },
  ]);
}
