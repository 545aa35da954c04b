/** A forecast as a sheet: percentiles per period and for the whole, budget at risk, and a histogram chart. */
import type { Contract } from '../contract/types';
import { formatPeriod } from '../i18n/periodFormat';
import { modelSheetTexts, type ForecastBasis } from '../i18n/modelSheets';
import type { Forecast } from '../model/forecast';
import { dec } from '../money';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

/** The sheet of a forecast made as `basis` says, in the contract's language. */
export function forecastSheetPlan(contract: Contract, forecast: Forecast, basis: ForecastBasis): SheetPlan {
  const t = modelSheetTexts(contract.language);
  const total = forecast.total;
  const periods = forecast.periods.map((p) => p.period);
  return modelSheetPlan({
    name: t.forecastName,
    title: t.forecastTitle(contract.name),
    subtitle: t.forecastSubtitle(periods[0] ?? '', periods[periods.length - 1] ?? '', basis),
    currency: contract.currency,
    tables: [
      {
        name: 'Forecast',
        header: [...t.forecastHeader, 'P10', 'P50', 'P90'],
        rows: [
          ...forecast.periods.map((p) => [
            { text: formatPeriod(p.period, contract.language) },
            { money: p.mean },
            { money: p.p10 },
            { money: p.p50 },
            { money: p.p90 },
          ]),
          [
            { text: t.forecastTotal },
            { money: total.mean },
            { money: total.p10 },
            { money: total.p50 },
            { money: total.p90 },
          ],
        ],
      },
      { name: 'BudgetAtRisk', header: [t.budgetAtRisk], rows: [[{ money: total.budgetAtRisk }]] },
      {
        name: 'Histogram',
        header: [...t.histogramHeader],
        rows: total.histogram.map((b) => [
          { money: b.from },
          { money: b.to },
          { number: dec(b.count), format: '0' },
        ]),
      },
    ],
    charts: [{ kind: 'column', title: t.histogramChart, table: 2, categories: 0, series: [2] }],
  });
}
