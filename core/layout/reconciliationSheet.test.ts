/** The Reconciliation and correction sheets as plans: statuses, highlighted differences, formulas, text as text. */
import { actualEntries, buildActuals } from '../contract/actuals';
import { correctionNote } from '../control/correction';
import { readIssuedInvoice } from '../control/issuedInvoice';
import { reconcile } from '../control/reconcile';
import { readSupplierInvoice } from '../control/supplierInvoice';
import { buildInvoice } from '../invoice/buildInvoice';
import { invoiceToJson } from '../invoice/toJson';
import type { Invoice } from '../invoice/types';
import { dec } from '../money';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { correctionSheetPlan } from './correctionSheet';
import { planToGrid } from './planToGrid';
import { reconciliationSheetPlan } from './reconciliationSheet';
import { TEXT_FORMAT } from './sheetPlan';

function invoiceOf(actuals = bpoCustomerService.actuals()): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(), actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

describe('reconciliationSheetPlan', () => {
  const invoice = invoiceOf();
  const supplier = readSupplierInvoice(
    [
      ['Line', 'Amount'],
      ...invoice.lines.filter((l) => l.label !== 'FCR').map((l) => [l.label, l.amount.toFixed()]),
      ['=HYPERLINK("http://x")', '12'],
      ['Total', '136788'],
    ],
    { sheet: 'supplier.csv' },
  );
  if (!supplier.ok) throw new Error('unreadable');
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error('not reconciled');
  const plan = reconciliationSheetPlan(result.value);
  const grid = planToGrid(plan);

  it('lists every line with its status, the supplier’s totals, and the message to the supplier', () => {
    expect(plan.name).toBe('Reconciliation 2026-10');
    expect(grid[7]).toEqual([
      'Line',
      'Supplier line',
      'Status',
      'Invoiced',
      'Due',
      'Difference',
      'Dispute note',
    ]);
    expect(grid.slice(8, 15).map((r) => [r[0], r[2], r[3], r[4], r[5]])).toEqual([
      ['FCR', 'missing', null, 560, -560],
      ['=HYPERLINK("http://x")', 'unexpected', 12, null, 12],
      ['Fixed management fee', 'matched', 20000, 20000, 0],
      ['Interactions', 'matched', 88750, 88750, 0],
      ['Average response time', 'matched', -320, -320, 0],
      ['CSAT', 'matched', 5000, 5000, 0],
      ['Total including VAT', 'matched', 136788, 136788, 0],
    ]);
    expect(grid[5][1]).toBe('2 differences');
    expect(grid[16][0]).toBe('Message to the supplier');
    expect(grid[17][0]).toMatch(/^Invoice bpo-customer-service-2026-10 \(October 2026\)/);
  });

  it('gives a row with a long dispute note the height of its wrapped text', () => {
    const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
    expect(heights.get(8)).toBeGreaterThan(15);
  });

  it('puts the lines that differ first, highlighted as one range', () => {
    const highlighted = (plan.styles ?? []).filter((st) => st.fill === '#FCE4E4');
    expect(highlighted.map((st) => [st.row, st.rows])).toEqual([[8, 2]]);
  });

  it('keeps workbook text as text', () => {
    const table = plan.blocks[1];
    expect(table.values[1][0]).toBe('=HYPERLINK("http://x")');
    expect(table.numberFormats?.[1][0]).toBe(TEXT_FORMAT);
    expect(table.formulas).toBeUndefined();
  });
});

describe('correctionSheetPlan', () => {
  it('lines as issued and recomputed, differences and totals as formulas, the reason beside', () => {
    const issuedActuals = buildActuals(
      actualEntries(bpoCustomerService.actuals()).map((e) =>
        e.period === '2026-10' && e.name === 'CSAT' ? { ...e, value: dec('0.895') } : e,
      ),
    );
    const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoiceOf(issuedActuals)))));
    if (!issued.ok) throw new Error('unreadable');
    const result = correctionNote(issued.value, invoiceOf(), bpoCustomerService.contract(), {
      issueDate: '2026-12-15',
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const plan = correctionSheetPlan(result.note);
    const grid = planToGrid(plan);
    expect(plan.name).toBe('Debit note 2026-10');
    expect(grid[0][0]).toBe('Debit note bpo-customer-service-2026-10-C');
    expect(grid[14]).toEqual([
      'CSAT',
      0,
      5000,
      5000,
      'CSAT restated from 89.5% to 91.2%: threshold now met: +€5,000.00',
    ]);
    expect(grid.slice(16, 19).map((r) => r.slice(0, 4))).toEqual([
      ['Subtotal excluding VAT', 108990, 113990, 5000],
      ['VAT', 21798, 22798, 1000],
      ['Total including VAT', 130788, 136788, 6000],
    ]);
    const totals = plan.blocks[2];
    expect(totals.formulas?.[0].slice(1, 4)).toEqual(['=SUM(B11:B15)', '=SUM(C11:C15)', '=SUM(D11:D15)']);
    expect(totals.formulas?.[2].slice(1, 4)).toEqual(['=SUM(B17:B18)', '=SUM(C17:C18)', '=SUM(D17:D18)']);
  });
});
