/**
 * An exposure as a sheet: the least and the most the invoice can be, the KPI values reaching each, why a
 * side is unbounded, and every line of the least and the most invoice (what makes each bound); with both
 * sides unbounded, each clause that opens a side on its line instead.
 */
import type { Contract } from '../contract/types';
import { modelSheetTexts, type ModelBasis } from '../i18n/modelSheets';
import { bothBounded, exposureLinesHeader } from '../i18n/modelNotes';
import { exposureLines, type Exposure, type ExposureBound } from '../model/exposure';
import { kpiValueFormat } from './contractSheet';
import { modelSheetPlan, type ModelCell } from './modelSheet';
import type { SheetPlan } from './sheetPlan';

const openOnBothSides = (exposure: Exposure) => exposure.min === null && exposure.max === null;

/** The sheet of an exposure at the volumes and hours of `basis`, in the contract's language. */
export function exposureSheetPlan(contract: Contract, exposure: Exposure, basis: ModelBasis): SheetPlan {
  const t = modelSheetTexts(contract.language);
  const kpis = [...new Set([...(exposure.min?.values.keys() ?? []), ...(exposure.max?.values.keys() ?? [])])];
  const unitOf = (name: string) => contract.kpis.find((k) => k.name === name)?.unit;
  const row = (label: string, bound: ExposureBound | null): ModelCell[] => {
    if (bound === null)
      return [{ text: label }, { text: t.unbounded }, { text: t.unbounded }, ...kpis.map(() => null)];
    return [
      { text: label },
      { money: bound.subtotal },
      { money: bound.total },
      ...kpis.map((name): ModelCell => {
        const value = bound.values.get(name);
        return value === undefined ? null : { number: value, format: kpiValueFormat(unitOf(name)) };
      }),
    ];
  };
  return modelSheetPlan({
    name: t.exposureName,
    title: t.exposureTitle(contract.name),
    subtitle: t.exposureSubtitle(basis),
    currency: contract.currency,
    tables: [
      {
        name: 'Exposure',
        header: [t.boundHeader, t.subtotal, t.total, ...kpis],
        rows: [row(t.minimum, exposure.min), row(t.maximum, exposure.max)],
      },
      {
        name: 'Unbounded',
        header: [...t.unboundedHeader],
        rows:
          exposure.unbounded.length === 0
            ? [[{ text: '—' }, { text: '—' }, { text: bothBounded(contract.language) }]]
            : exposure.unbounded.map((u) => [
                { text: u.clause },
                { text: (u.side === 'min' ? t.minimum : t.maximum).toLowerCase() },
                { text: t.uncapped(u.clause, u.side, unitOf(u.clause), u.end) },
              ]),
      },
      {
        name: 'ExposureLines',
        header: [...exposureLinesHeader(contract.language)],
        rows: openOnBothSides(exposure)
          ? // No invoice on either side: what is known is which clause opens which side, on its line.
            [...new Set(exposure.unbounded.map((u) => u.clause))].map((clause) => {
              const opens = (side: 'min' | 'max') =>
                exposure.unbounded.some((u) => u.clause === clause && u.side === side);
              return [
                { text: clause },
                opens('min') ? { text: t.unbounded } : null,
                opens('max') ? { text: t.unbounded } : null,
              ];
            })
          : exposureLines(exposure).map((l) => [
              { text: l.label },
              // An unbounded side has no invoice: its cells stay blank (the fixed fee is not unbounded).
              l.min === null ? null : { money: l.min },
              l.max === null ? null : { money: l.max },
            ]),
      },
    ],
  });
}
