/** A fee curve as a sheet: value, the KPI's amount and the invoice total, with a line chart of each. */
import type { Contract } from '../contract/types';
import { modelSheetTexts, type ModelBasis } from '../i18n/modelSheets';
import type { CurvePoint } from '../model/feeCurve';
import { kpiValueFormat } from './contractSheet';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/** The sheet of `kpi`'s curve, every other value held at `basis`, in the contract's language. */
export function curveSheetPlan(
  contract: Contract,
  kpi: string,
  points: readonly CurvePoint[],
  basis: ModelBasis,
): SheetPlan {
  const t = modelSheetTexts(contract.language);
  const unit = contract.kpis.find((k) => k.name === kpi)?.unit;
  return modelSheetPlan({
    name: t.curveName(kpi),
    title: t.curveTitle(kpi),
    subtitle: t.curveSubtitle(contract.name, basis),
    currency: contract.currency,
    tables: [
      {
        name: 'Curve',
        header: [kpi, t.curveAmount(kpi), t.invoiceTotal],
        rows: points.map((p) => [
          { number: p.value, format: kpiValueFormat(unit) },
          { money: p.amount },
          { money: p.total },
        ]),
      },
    ],
    charts: [
      { kind: 'line', title: t.curveAmountChart(kpi), table: 0, categories: 0, series: [1], xTitle: kpi },
      { kind: 'line', title: t.curveTotalChart(kpi), table: 0, categories: 0, series: [2], xTitle: kpi },
    ],
  });
}
