/**
 * The Reconciliation and correction sheets through the Excel and Sheets painters: the same Spreadsheet calls
 * in Sheets and the same syncs (and, row heights aside, the same queued calls) in Excel for 10, 100 and
 * 1,000 lines, however many of them differ.
 */
import { paintSheetPlan as paintExcel, PAINT_SYNCS } from '../../excel-addin/painter';
import { paintSheetPlan as paintSheets } from '../../sheets-addon/painter';
import { buildActuals, actualEntries } from '../../core/contract/actuals';
import type { Contract } from '../../core/contract/types';
import { correctionNote } from '../../core/control/correction';
import { readIssuedInvoice } from '../../core/control/issuedInvoice';
import { reconcile } from '../../core/control/reconcile';
import { readSupplierInvoice } from '../../core/control/supplierInvoice';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import { invoiceToJson } from '../../core/invoice/toJson';
import type { Invoice } from '../../core/invoice/types';
import { correctionSheetPlan } from '../../core/layout/correctionSheet';
import { reconciliationSheetPlan } from '../../core/layout/reconciliationSheet';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates/bpoCustomerService';
import { createAppsScriptFake } from '../fakes/appsScript';
import { createMockWorkbook } from '../fakes/excel/mockWorkbook';

/** The BPO contract with `fees` fixed fees, so its October invoice has that many lines more. */
function contractWith(fees: number): Contract {
  const base = bpoCustomerService.contract();
  const fixedFees = Array.from({ length: fees }, (_, i) => ({ label: `Fee ${i + 1}`, amount: dec(100 + i) }));
  return { ...base, fixedFees };
}

function invoiceOf(contract: Contract, actuals = bpoCustomerService.actuals()): Invoice {
  const result = buildInvoice(contract, actuals, '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The reconciliation of a supplier invoice where every third line is off by a cent. */
function reconciliationPlan(fees: number): SheetPlan {
  const invoice = invoiceOf(contractWith(fees));
  const rows = invoice.lines.map((l, i) => [l.label, l.amount.plus(i % 3 === 0 ? dec('0.01') : 0).toFixed()]);
  const supplier = readSupplierInvoice([['Line', 'Amount'], ...rows, ['Total', invoice.total.toFixed()]], {
    sheet: 'supplier.csv',
  });
  if (!supplier.ok) throw new Error('unreadable');
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error('not reconciled');
  expect(result.value.differences).toBeGreaterThanOrEqual(fees / 3);
  return reconciliationSheetPlan(result.value);
}

function correctionPlan(fees: number): SheetPlan {
  const contract = contractWith(fees);
  const restated = buildActuals(
    actualEntries(bpoCustomerService.actuals()).map((e) =>
      e.period === '2026-10' && e.name === 'Interactions' ? { ...e, value: dec(41800) } : e,
    ),
  );
  const issued = readIssuedInvoice(JSON.parse(JSON.stringify(invoiceToJson(invoiceOf(contract)))));
  if (!issued.ok) throw new Error('unreadable');
  const note = correctionNote(issued.value, invoiceOf(contract, restated), contract, {
    issueDate: '2026-12-15',
  });
  if (!note.ok) throw new Error(note.problems.join('\n'));
  return correctionSheetPlan(note.note);
}

describe.each([
  ['Reconciliation', reconciliationPlan],
  ['correction', correctionPlan],
])('the %s sheet', (_name, planOf) => {
  const sizes = [10, 100, 1000];

  it('paints in Sheets with the same Spreadsheet calls whatever its size', () => {
    const sequences = sizes.map((fees) => {
      const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
      const from = fake.log.mark();
      paintSheets(fake.asReal.spreadsheet, planOf(fees), fake.asReal.SpreadsheetApp);
      return fake.log.since(from, { group: 'SpreadsheetApp' }).map((c) => `${c.service}.${c.method}`);
    });
    expect(sequences[1]).toEqual(sequences[0]);
    expect(sequences[2]).toEqual(sequences[0]);
  });

  it('paints in Excel in the same syncs and host calls whatever its size', async () => {
    const measured = [];
    for (const fees of sizes) {
      const book = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
      await paintExcel(book.context, planOf(fees));
      // Row heights are one queued property per fitted row, carried by the same syncs as the rest.
      const calls = book.calls.filter((c) => c.op !== 'format.rowHeight');
      measured.push({ syncs: book.syncs(), calls: calls.length });
    }
    expect(measured.map((m) => m.syncs)).toEqual([PAINT_SYNCS, PAINT_SYNCS, PAINT_SYNCS]);
    expect(new Set(measured.map((m) => m.calls)).size).toBe(1);
  });
});
