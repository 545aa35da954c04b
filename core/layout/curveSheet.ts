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
import { toHostNumber } from '../money';
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
  // The axis spans the curve (a span of nothing, one value, is left to the host).
  const xs = points.map((p) => toHostNumber(p.value)).filter((x): x is number => x !== undefined);
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  const xBounds = max > min ? { xBounds: { min, max } } : {};
  const chart = { kind: 'xyLines', table: 0, categories: 0, xTitle: kpi, ...xBounds } as const;
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
      { ...chart, title: t.curveAmountChart(kpi), series: [1] },
      { ...chart, title: t.curveTotalChart(kpi), series: [3] },
    ],
  });
}
