/**
 * A fee curve as a sheet: value, the KPI's amount, what the invoice's caps cut or give back, the invoice
 * total and why a value is a breakpoint, with an XY line chart of the amount and of the total (its rows at
 * the exact breakpoints are not evenly spaced, so the x axis is a value axis).
 */
import type { Contract } from '../contract/types';
import { capsHeader, kinksHeader, kinksText } from '../i18n/modelNotes';
import { modelSheetTexts, type ModelBasis } from '../i18n/modelSheets';
import type { Kink } from '../model/curveKinks';
import type { CurvePoint } from '../model/feeCurve';
import { kpiValueFormat } from './contractSheet';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/** The sheet of `kpi`'s curve, every other value held at `basis`, in the contract's language. */
export function curveSheetPlan(
  contract: Contract,
  kpi: string,
  points: readonly (CurvePoint & { readonly kinks?: readonly Kink[] })[],
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
        header: [
          kpi,
          t.curveAmount(kpi),
          capsHeader(contract.language),
          t.invoiceTotal,
          kinksHeader(contract.language),
        ],
        rows: points.map((p) => [
          { number: p.value, format: kpiValueFormat(unit) },
          { money: p.amount },
          { money: p.caps },
          { money: p.total },
          { text: kinksText(p.kinks ?? [], contract.language) },
        ]),
      },
    ],
    charts: [
      { kind: 'xyLines', title: t.curveAmountChart(kpi), table: 0, categories: 0, series: [1], xTitle: kpi },
      { kind: 'xyLines', title: t.curveTotalChart(kpi), table: 0, categories: 0, series: [3], xTitle: kpi },
    ],
  });
}
