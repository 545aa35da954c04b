/**
 * Workbook text is data: a supplier's line, a contract's name, a fee's label or a KPI's name that reads like
 * a formula (`=HYPERLINK(…)`, `+1+1`, `-2+3`, `@SUM(A1)`) stays text in every control sheet: the
 * Reconciliation, the correction note, the Summary, the Portfolio and the Performance sheets. Every painter
 * writes a cell formatted as text (`@`) as text, so each such cell must carry that format.
 */
import { buildActuals, actualEntries } from '../../core/contract/actuals';
import type { Contract } from '../../core/contract/types';
import { correctionNote } from '../../core/control/correction';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { reconcile } from '../../core/control/reconcile';
import { performanceReview } from '../../core/control/review';
import { readSupplierInvoice } from '../../core/control/supplierInvoice';
import { batchLabels } from '../../core/i18n/batch';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import { correctionSheetPlan } from '../../core/layout/correctionSheet';
import { performanceSheetPlan } from '../../core/layout/performanceSheet';
import { portfolioSheetPlan } from '../../core/layout/portfolioSheet';
import { reconciliationSheetPlan } from '../../core/layout/reconciliationSheet';
import { TEXT_FORMAT, type SheetPlan } from '../../core/layout/sheetPlan';
import { summarySheetPlan } from '../../core/layout/summarySheet';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';

const NAMES = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)'];

/** The formula-like texts of `plan` that are not formatted as text. */
function formulaLikeNotText(plan: SheetPlan): string[] {
  const found: string[] = [];
  for (const block of plan.blocks)
    block.values.forEach((row, r) =>
      row.forEach((value, c) => {
        if (typeof value !== 'string' || !NAMES.some((n) => value.startsWith(n))) return;
        if (block.numberFormats?.[r]?.[c] !== TEXT_FORMAT)
          found.push(`${plan.name}!R${block.row + r + 1}C${block.col + c + 1}: ${value}`);
      }),
    );
  return found;
}

const count = (plan: SheetPlan) =>
  plan.blocks
    .flatMap((b) => b.values.flat())
    .filter((v) => typeof v === 'string' && NAMES.some((n) => v.startsWith(n))).length;

test.each(['en', 'fr'] as const)('%s: names like formulas are text in every control sheet', (lang) => {
  const base = bpoCustomerService.contract(lang);
  // The contract's name, a fixed fee and the CSAT clause named like formulas.
  const csat = (name: string) => (name === 'CSAT' ? NAMES[3] : name);
  const contract: Contract = {
    ...base,
    name: NAMES[0],
    fixedFees: [{ ...base.fixedFees[0], label: NAMES[1] }],
    kpis: base.kpis.map((k) => ({
      ...k,
      name: csat(k.name),
      ...(k.gateKpi ? { gateKpi: csat(k.gateKpi) } : {}),
    })),
  };
  const entries = actualEntries(bpoCustomerService.actuals(lang)).map((e) => ({ ...e, name: csat(e.name) }));
  const invoiceOf = (actuals = buildActuals(entries), period = '2026-10') => {
    const built = buildInvoice(contract, actuals, period);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    return built.invoice;
  };
  const october = invoiceOf();
  const supplier = readSupplierInvoice(
    [['Line', 'Amount'], ...october.lines.map((l) => [l.label, l.amount.toFixed()]), [NAMES[2], '10.00']],
    { sheet: 'supplier.csv' },
  );
  if (!supplier.ok) throw new Error(JSON.stringify(supplier.issues));
  const reconciled = reconcile(october, supplier.value);
  if (!reconciled.ok) throw new Error('not reconciled');
  const restated = buildActuals(
    entries.map((e) => (e.period === '2026-10' && e.kind === 'volume' ? { ...e, value: dec(41800) } : e)),
  );
  const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(october))));
  if (!issued.ok) throw new Error('unreadable');
  const note = correctionNote(issued.value, invoiceOf(restated), contract, { issueDate: '2026-12-15' });
  if (!note.ok) throw new Error(note.problems.join('\n'));
  const year = ['2026-09', '2026-10', '2026-11', '2026-12'].map((p) => invoiceOf(undefined, p));
  const plans = [
    reconciliationSheetPlan(reconciled.value),
    correctionSheetPlan(note.note),
    summarySheetPlan(year),
    portfolioSheetPlan([{ invoices: year }], lang),
    performanceSheetPlan(performanceReview(year), year),
  ];
  expect(plans.flatMap(formulaLikeNotText)).toEqual([]);
  // The names are there to be checked, on every sheet but the Summary (its title starts with its own word).
  const named = plans.filter((p) => p.name !== batchLabels(lang).summarySheet);
  expect(named.map((p) => [p.name, count(p) > 0])).toEqual(named.map((p) => [p.name, true]));
  expect(named).toHaveLength(4);
});
