/** An exposure as a sheet: the least and the most the invoice can be, the KPI values reaching each, and why a side is unbounded. */
import type { Contract } from '../contract/types';
import type { Exposure, ExposureBound } from '../model/exposure';
import { kpiValueFormat } from './contractSheet';
import { modelSheetPlan, type ModelCell } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

export function exposureSheetPlan(contract: Contract, exposure: Exposure, base: string): SheetPlan {
  const kpis = [...new Set([...(exposure.min?.values.keys() ?? []), ...(exposure.max?.values.keys() ?? [])])];
  const row = (label: string, bound: ExposureBound | null): ModelCell[] => {
    if (bound === null)
      return [{ text: label }, { text: 'unbounded' }, { text: 'unbounded' }, ...kpis.map(() => null)];
    return [
      { text: label },
      { money: bound.subtotal },
      { money: bound.total },
      ...kpis.map((name): ModelCell => {
        const value = bound.values.get(name);
        const unit = contract.kpis.find((k) => k.name === name)?.unit;
        return value === undefined ? null : { number: value, format: kpiValueFormat(unit) };
      }),
    ];
  };
  return modelSheetPlan({
    name: 'Exposure',
    title: `Exposure — ${contract.name}`,
    subtitle: `Every KPI value in its valid range, volumes and hours of ${base}; exact, not sampled.`,
    currency: contract.currency,
    tables: [
      {
        name: 'Exposure',
        header: ['Bound', 'Subtotal', 'Total', ...kpis],
        rows: [row('Minimum', exposure.min), row('Maximum', exposure.max)],
      },
      {
        name: 'Unbounded',
        header: ['Clause', 'Side', 'Why'],
        rows: exposure.unbounded.map((u) => [
          { text: u.clause },
          { text: u.side === 'min' ? 'minimum' : 'maximum' },
          { text: u.reason },
        ]),
      },
    ],
  });
}
