/** A fee curve as a sheet: value, the KPI's amount and the invoice total, with a line chart of each. */
import type { Contract } from '../contract/types';
import type { CurvePoint } from '../model/feeCurve';
import { kpiValueFormat } from './contractSheet';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

export function curveSheetPlan(
  contract: Contract,
  kpi: string,
  points: readonly CurvePoint[],
  base: string,
): SheetPlan {
  const unit = contract.kpis.find((k) => k.name === kpi)?.unit;
  return modelSheetPlan({
    name: `Curve ${kpi}`,
    title: `Fee curve — ${kpi}`,
    subtitle: `${contract.name}; every other value held at ${base}.`,
    currency: contract.currency,
    tables: [
      {
        name: 'Curve',
        header: [kpi, `${kpi} amount`, 'Invoice total'],
        rows: points.map((p) => [
          { number: p.value, format: kpiValueFormat(unit) },
          { money: p.amount },
          { money: p.total },
        ]),
      },
    ],
    charts: [
      {
        kind: 'line',
        title: `${kpi}: its clauses' amount`,
        table: 0,
        categories: 0,
        series: [1],
        xTitle: kpi,
      },
      { kind: 'line', title: `${kpi}: invoice total`, table: 0, categories: 0, series: [2], xTitle: kpi },
    ],
  });
}
