/** A forecast as a sheet: percentiles per period and for the whole, budget at risk, and a histogram chart. */
import type { Contract } from '../contract/types';
import type { Forecast } from '../model/forecast';
import { dec } from '../money';
import { modelSheetPlan } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

export function forecastSheetPlan(contract: Contract, forecast: Forecast, about: string): SheetPlan {
  const t = forecast.total;
  return modelSheetPlan({
    name: 'Forecast',
    title: `Forecast — ${contract.name}`,
    subtitle: about,
    currency: contract.currency,
    tables: [
      {
        name: 'Forecast',
        header: ['Period', 'Mean', 'P10', 'P50', 'P90'],
        rows: [
          ...forecast.periods.map((p) => [
            { text: p.period },
            { money: p.mean },
            { money: p.p10 },
            { money: p.p50 },
            { money: p.p90 },
          ]),
          [{ text: 'Total' }, { money: t.mean }, { money: t.p10 }, { money: t.p50 }, { money: t.p90 }],
        ],
      },
      { name: 'BudgetAtRisk', header: ['Budget at risk (P90 − mean)'], rows: [[{ money: t.budgetAtRisk }]] },
      {
        name: 'Histogram',
        header: ['From', 'To', 'Simulations'],
        rows: t.histogram.map((b) => [
          { money: b.from },
          { money: b.to },
          { number: dec(b.count), format: '0' },
        ]),
      },
    ],
    charts: [
      {
        kind: 'column',
        title: 'Total of the forecast: simulations per range',
        table: 2,
        categories: 0,
        series: [2],
      },
    ],
  });
}
