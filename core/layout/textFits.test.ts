/**
 * No text of an invoice sheet is cut off: a cell whose text is wider than its column either wraps (and
 * its row takes the height, fitRowHeights) or has nothing in the cell to its right to spill over. Else
 * LibreOffice, Excel and Sheets draw it cut at the next cell's border, as the KPI evidence of a French
 * invoice with a long KPI name was ("Taux de satisfaction client mesuré par", "Objectif d'exceller").
 */
import { loadContract, saveContract } from '../contract/json';
import { correctionNote } from '../control/correction';
import { readIssuedInvoice } from '../control/issuedInvoice';
import { performanceReview } from '../control/review';
import { invoiceToJson } from '../invoice/toJson';
import { buildInvoice } from '../invoice/buildInvoice';
import { TEMPLATES as templates } from '../templates';
import { correctionSheetPlan } from './correctionSheet';
import { invoiceSheetPlan } from './invoiceSheet';
import { performanceSheetPlan } from './performanceSheet';
import { portfolioSheetPlan } from './portfolioSheet';
import { summarySheetPlan } from './summarySheet';
import { planToGrid } from './planToGrid';
import type { SheetPlan } from './sheetPlan';

/**
 * Characters a column of `width` shows on one line: about its width in digits, Calibri's (and Carlito's)
 * letters being narrower than its digits on average. Wrapped cells are measured on the generous side by
 * rowHeights.ts; this is the other question, whether text left unwrapped is seen whole.
 */
const capacity = (width: number) => width;

/** The cells of `plan` whose text does not fit: neither wrapped nor free to spill into the next cell. */
export function cutTexts(plan: SheetPlan): string[] {
  const grid = planToGrid(plan);
  const styles = plan.styles ?? [];
  const cut: string[] = [];
  grid.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== 'string' || value === '') return;
      const over = styles.filter((s) => r >= s.row && r < s.row + s.rows && c >= s.col && c < s.col + s.cols);
      if (over.reduce<boolean | undefined>((w, s) => s.wrap ?? w, undefined)) return;
      const width = plan.columnWidths?.[c] ?? 8.43;
      if (value.length <= capacity(width)) return;
      const next = row[c + 1];
      if (next === undefined || next === null || next === '') return;
      cut.push(`${plan.name}!R${r + 1}C${c + 1}: ${value}`);
    }),
  );
  return cut;
}

describe('invoice sheets: no text cut off', () => {
  const long = 'Taux de satisfaction client mesuré par enquête trimestrielle indépendante';
  it.each(templates.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang] as const)))(
    '%s (%s), its first KPI renamed with a long name too',
    (id, lang) => {
      const template = templates.find((t) => t.id === id)!;
      const contract = template.contract(lang);
      const actuals = template.actuals(lang);
      const periods = [...actuals.periods.keys()];
      const cut: string[] = [];
      for (const period of periods) {
        const built = buildInvoice(contract, actuals, period);
        if (built.ok) cut.push(...cutTexts(invoiceSheetPlan(built.invoice)));
      }
      const kpi = contract.kpis[0];
      let renamed = 0;
      if (kpi) {
        // Renamed wherever the contract names it (a gate, a scorecard), as a user would.
        const loaded = loadContract(saveContract(contract).split(`"${kpi.name}"`).join(`"${long}"`));
        if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
        const values = {
          periods: new Map(
            [...actuals.periods].map(([p, a]) => [
              p,
              { ...a, kpis: new Map([...a.kpis].map(([n, v]) => [n === kpi.name ? long : n, v])) },
            ]),
          ),
        };
        for (const period of periods) {
          const built = buildInvoice(loaded.value, values, period);
          if (built.ok) cut.push(...cutTexts(invoiceSheetPlan(built.invoice)));
          if (built.ok && built.invoice.evidence.some((e) => e.clause.name === long)) renamed += 1;
        }
        expect(renamed).toBeGreaterThan(0);
      }
      expect([...new Set(cut)]).toEqual([]);
    },
  );
});

describe('Performance sheets: no text cut off', () => {
  it.each(templates.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang] as const)))(
    '%s (%s), over its sample months',
    (id, lang) => {
      const template = templates.find((t) => t.id === id)!;
      const contract = template.contract(lang);
      const actuals = template.actuals(lang);
      const invoices = [...actuals.periods.keys()].flatMap((period) => {
        const built = buildInvoice(contract, actuals, period);
        return built.ok && built.invoice.period === period ? [built.invoice] : [];
      });
      expect(invoices.length).toBeGreaterThan(0);
      expect(cutTexts(performanceSheetPlan(performanceReview(invoices), invoices))).toEqual([]);
    },
  );
});

describe('Summary, Portfolio and correction sheets: no text cut off', () => {
  it.each(templates.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang] as const)))(
    '%s (%s)',
    (id, lang) => {
      const template = templates.find((t) => t.id === id)!;
      const contract = template.contract(lang);
      const actuals = template.actuals(lang);
      const invoices = [...actuals.periods.keys()].flatMap((period) => {
        const built = buildInvoice(contract, actuals, period);
        return built.ok && built.invoice.period === period ? [built.invoice] : [];
      });
      const cut = [
        ...cutTexts(summarySheetPlan(invoices)),
        ...cutTexts(portfolioSheetPlan([{ invoices }], lang)),
      ];
      // Every KPI of the last period restated to half: each KPI line's reason is long.
      const last = invoices[invoices.length - 1]!;
      const restated = {
        periods: new Map(
          [...actuals.periods].map(([p, a]) => [
            p,
            { ...a, kpis: new Map([...a.kpis].map(([n, v]) => [n, p === last.period ? v.div(2) : v])) },
          ]),
        ),
      };
      const recomputed = buildInvoice(contract, restated, last.period);
      const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(last))));
      if (recomputed.ok && issued.ok) {
        const note = correctionNote(issued.value, recomputed.invoice, contract, { issueDate: '2026-12-31' });
        if (note.ok) cut.push(...cutTexts(correctionSheetPlan(note.note)));
      }
      expect(cut).toEqual([]);
    },
  );
});
