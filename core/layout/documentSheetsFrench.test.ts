/**
 * The documents a French contract gets besides its invoice — Performance, Summary, Portfolio,
 * Reconciliation and correction sheets — hold no English: every text the product writes on them comes
 * from a French table (the contract's names, labels and amounts are data).
 */
import { actualEntries, buildActuals } from '../contract/actuals';
import type { Contract, Language } from '../contract/types';
import { correctionNote } from '../control/correction';
import { readIssuedInvoice } from '../control/issuedInvoice';
import { reconcile } from '../control/reconcile';
import { performanceReview } from '../control/review';
import { readSupplierInvoice } from '../control/supplierInvoice';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { dec } from '../money';
import { bpoCustomerService } from '../templates';
import { correctionSheetPlan } from './correctionSheet';
import { performanceSheetPlan } from './performanceSheet';
import { planToGrid } from './planToGrid';
import { portfolioSheetPlan } from './portfolioSheet';
import { reconciliationSheetPlan } from './reconciliationSheet';
import type { SheetPlan } from './sheetPlan';
import { summarySheetPlan } from './summarySheet';

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

function invoiceOf(
  contract: Contract,
  actuals = bpoCustomerService.actuals(contract.language),
  period = '2026-10',
) {
  const result = buildInvoice(contract, actuals, period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

function documents(lang: Language): { plans: Record<string, SheetPlan>; data: Set<string> } {
  const contract = bpoCustomerService.contract(lang);
  const invoices: Invoice[] = ['2026-09', '2026-10'].map((p) => invoiceOf(contract, undefined, p));
  const october = invoices[1];
  const rows = october.lines.map((l, i) => [l.label, l.amount.plus(i === 0 ? dec('0.01') : 0).toFixed()]);
  const supplier = must(
    readSupplierInvoice([['Line', 'Amount'], ...rows, ['Total', october.total.toFixed()]], {
      sheet: 'supplier.csv',
      lang,
    }),
  );
  const restated = buildActuals(
    actualEntries(bpoCustomerService.actuals(lang)).map((e) =>
      e.period === '2026-10' && e.name === 'Interactions' ? { ...e, value: dec(41800) } : e,
    ),
  );
  const issued = must(readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(october)))));
  const note = correctionNote(issued, invoiceOf(contract, restated), contract, { issueDate: '2026-12-15' });
  if (!note.ok) throw new Error(note.problems.join('\n'));
  const data = new Set<string>([
    contract.name,
    contract.id,
    contract.parties.client,
    contract.parties.provider,
    ...contract.kpis.map((k) => k.name),
    contract.currency,
    `Total ${contract.currency}`,
    'supplier.csv',
    note.note.number,
    ...invoices.flatMap((i) => [i.number, ...i.lines.map((l) => l.label)]),
  ]);
  return {
    plans: {
      performance: performanceSheetPlan(performanceReview(invoices), invoices),
      summary: summarySheetPlan(invoices),
      portfolio: portfolioSheetPlan([{ invoices }], lang),
      reconciliation: reconciliationSheetPlan(must(reconcile(october, supplier))),
      correction: correctionSheetPlan(note.note),
    },
    data,
  };
}

/** The texts a plan writes: cells, sheet name, chart titles, without data and codes. */
function textsOf(plan: SheetPlan, data: ReadonlySet<string>): string[] {
  const cells = plan.blocks.flatMap((b) => b.values.flat()).filter((v): v is string => typeof v === 'string');
  return [plan.name, ...cells, ...(plan.charts ?? []).map((c) => c.title)].filter(
    (t) => !data.has(t) && /\p{L}{3}/u.test(t),
  );
}

const en = documents('en');
const fr = documents('fr');
/** Words a French document writes as an English one does. */
const SAME = new Set(['Performance', 'Total', 'KPI', 'bonus', 'malus', 'Client', 'Date']);
const ENGLISH =
  /\b(the|of|and|invoice|invoices|amount|amounts|line|lines|total of|difference|differences|billed|supplier|contract|credit note|debit note|missed|met|period|reason)\b/i;

describe.each(Object.keys(en.plans))('the %s sheet of a French contract', (name) => {
  test('has none of the English sheet’s texts and no English words', () => {
    const english = new Set(textsOf(en.plans[name], en.data));
    const french = textsOf(fr.plans[name], fr.data);
    expect(french.filter((t) => english.has(t) && !SAME.has(t))).toEqual([]);
    expect(french.filter((t) => ENGLISH.test(t))).toEqual([]);
    // The same checks find English on the English sheet: they can fail.
    expect([...english].some((t) => ENGLISH.test(t))).toBe(true);
    expect(planToGrid(fr.plans[name]).length).toBeGreaterThan(2);
  });
});
