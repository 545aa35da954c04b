/**
 * A supplier who bills with Outcome Fees sends its invoice sheet: it reconciles as any supplier's invoice,
 * its lines and totals read, its explanations accepted, its KPI evidence below them no line.
 */
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { invoiceSheetPlan } from '../layout/invoiceSheet';
import { planToGrid } from '../layout/planToGrid';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { reconcile } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';

function invoiceOf(lang: 'en' | 'fr', period = '2026-10'): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(lang), bpoCustomerService.actuals(lang), period);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe("the supplier's invoice sheet written by Outcome Fees", () => {
  it.each(['en', 'fr'] as const)('reconciles with the invoice it is, lines and totals (%s)', (lang) => {
    const invoice = invoiceOf(lang);
    const sheet = invoiceSheetPlan(invoice);
    const supplier = readSupplierInvoice(planToGrid(sheet), { sheet: sheet.name, lang });
    if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
    expect(supplier.value.rows.map((r) => r.label)).toEqual([
      ...invoice.lines.map((l) => l.label),
      ...(lang === 'en'
        ? ['Subtotal excluding VAT', 'VAT', 'Total including VAT']
        : ['Total HT', 'TVA', 'Total TTC']),
    ]);
    const result = reconcile(invoice, supplier.value);
    expect(result.ok && result.value.differences).toBe(0);
    expect(result.ok && result.value.totals.map((t) => t.kind)).toEqual(['subtotal', 'vat', 'total']);
  });

  it("another month's sheet is refused by the period it states", () => {
    const sheet = invoiceSheetPlan(invoiceOf('en', '2026-09'));
    const supplier = readSupplierInvoice(planToGrid(sheet), { sheet: sheet.name });
    if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
    const result = reconcile(invoiceOf('en'), supplier.value);
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `'Invoice 2026-09'!B5: the supplier's invoice states its period as "September 2026", the invoice reconciled is for 2026-10: give the supplier's invoice of 2026-10, or reconcile the period it states`,
    ]);
  });
});
