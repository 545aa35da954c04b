/**
 * The pane's Correct an invoice, Reconcile with options and Performance review through each host's port:
 * the Excel fake (Office.js batches) and the built Sheets Code.js on the Apps Script fake. An invoice sheet
 * painted by the host reads back through it as issued, and an action costs the same host calls each time
 * (a mapping read with the supplier's sheet, not after it). The Excel fake computes no COUNTIF, so the
 * Performance sheet is painted here through the Sheets server only.
 */
import { workbookActions } from '../../core/app/actions';
import { createExcelBridge } from '../../excel-addin/taskpane/excelBridge';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel } from '../fakes/excel';
import { loadAddon, sidebarActions } from '../sheets/builtSheets';

function excelPane() {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const bridge = createExcelBridge({ host, actions: workbookActions(excelWorkbook(host)) });
  const runs = async <T>(action: () => Promise<T>): Promise<{ result: T; runs: number }> => {
    const start = fake.runs.length;
    const result = await action();
    return { result, runs: fake.runs.length - start };
  };
  return { fake, bridge, runs };
}

describe('the control actions in Excel', () => {
  it('reads an invoice sheet back as issued and writes its credit note; a cell edited in Excel is named', async () => {
    const { fake, bridge, runs } = excelPane();
    await bridge.newContract('bpo-customer-service', 'en');
    const { sheet } = await bridge.generateInvoice('2026-10', 'en');
    await expect(bridge.correctInvoice(sheet, 'en')).resolves.toMatchObject({ sheet: null, kind: 'none' });
    fake.book.typeInto('Actuals', 'E5', '0.89');
    const corrected = await runs(() => bridge.correctInvoice(sheet, 'en'));
    expect(corrected.result).toMatchObject({
      sheet: 'Credit note 2026-10',
      kind: 'credit',
      difference: '−€6,000.00',
    });
    // CSAT restated back: corrected from the credit note's sheet, in as many Excel.run calls.
    fake.book.typeInto('Actuals', 'E5', '0.912');
    const again = await runs(() => bridge.correctInvoice(corrected.result.sheet!, 'en'));
    expect(again.result).toMatchObject({
      sheet: 'Debit note 2026-10',
      kind: 'debit',
      difference: '+€6,000.00',
    });
    expect(again.runs).toBe(corrected.runs);
    fake.book.typeInto(sheet, 'F13', '5500');
    await expect(bridge.correctInvoice(sheet, 'en')).rejects.toThrow(
      "'Invoice 2026-10'!F13 (CSAT, Amount): 5500 on the sheet, 5000 as issued: edited by hand since",
    );
  });

  it('reconciles a range with the Mapping sheet and a tolerance in the runs of a plain reconcile', async () => {
    const { fake, bridge, runs } = excelPane();
    await bridge.newContract('bpo-customer-service', 'en');
    fake.book.addSheet('Mail');
    fake.book.addSheet('Plain');
    const lines = [
      ['Line', 'Amount'],
      ['Fixed management fee', '20000'],
      ['Interactions', '88750'],
      ['First contact resolution', '560.01'],
      ['Average response time', '-320'],
      ['CSAT', '5000'],
    ];
    lines.forEach((row, r) =>
      row.forEach((value, c) => {
        fake.book.typeInto('Mail', `${'BC'[c]}${r + 4}`, value);
        fake.book.typeInto('Plain', `${'AB'[c]}${r + 1}`, value);
      }),
    );
    const plain = await runs(() => bridge.reconcileInvoice('Plain', '2026-10', 'en'));
    expect(plain.result.differences).toBe(2);
    fake.book.typeInto('Mail', 'A1', 'From: billing@contactplus.example');
    fake.book.addSheet('Mapping');
    fake.book.typeInto('Mapping', 'A1', 'Supplier line');
    fake.book.typeInto('Mapping', 'B1', 'Contract line');
    fake.book.typeInto('Mapping', 'A2', 'First contact resolution');
    fake.book.typeInto('Mapping', 'B2', 'FCR');
    const options = { range: 'B4:C9', mapping: 'Mapping', tolerance: '0.01' };
    const matched = await runs(() => bridge.reconcileInvoice('Mail', '2026-10', 'en', undefined, options));
    expect(matched.result.differences).toBe(0);
    const strict = await bridge.reconcileInvoice('Mail', '2026-10', 'en', undefined, {
      ...options,
      tolerance: '0.00',
    });
    expect(strict.differences).toBe(1);
    // The supplier's sheet and the mapping are read in one call: no more runs than a plain reconcile.
    expect(matched.runs).toBe(plain.runs);
  });

  it('refuses an amount formatted as a percentage, read with the values in the same syncs', async () => {
    const { fake, bridge } = excelPane();
    await bridge.newContract('bpo-customer-service', 'en');
    fake.book.addSheet('Supplier');
    const lines = [
      ['Line', 'Amount'],
      ['Fixed management fee', '20000'],
      ['Interactions', '€ 88 750,00'],
      ['FCR', '560.00 EUR'],
      ['Average response time', '(320.00)'],
      ['CSAT', '5000'],
    ];
    lines.forEach((row, r) => row.forEach((v, c) => fake.book.typeInto('Supplier', `${'AB'[c]}${r + 1}`, v)));
    const syncs = async () => {
      const start = fake.runs.length;
      const result = await bridge.reconcileInvoice('Supplier', '2026-10', 'en').catch((e: Error) => e);
      return { result, syncs: fake.runs.slice(start).map((run) => run.syncs) };
    };
    // Text printed with its currency or as an accounting negative reads as the CLI reads it in a file.
    const plain = await syncs();
    expect(plain.result).toMatchObject({ differences: 0 });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem('Supplier').getRange('B6').numberFormat = [['0%']];
      await context.sync();
    });
    fake.book.typeInto('Supplier', 'B6', '50');
    const percent = await syncs();
    expect((percent.result as Error).message).toContain(
      'Supplier!B6 (Amount): "5,000%" is a percentage, not an amount: write the amount billed',
    );
    // The formats come in the syncs that read the values: the sheet found, then its used range.
    expect(percent.syncs).toEqual(plain.syncs.slice(0, 3));
    expect(percent.syncs[2]).toBe(2);
  });

  it('gives the selected range, its sheet quoted, in one run: the range a reconcile then takes', async () => {
    const { fake, bridge, runs } = excelPane();
    await bridge.newContract('bpo-customer-service', 'en');
    fake.book.addSheet('Supplier mail');
    const lines = [
      ['Line', 'Amount'],
      ['Fixed management fee', '20000'],
      ['Interactions', '88750'],
    ];
    lines.forEach((row, r) =>
      row.forEach((v, c) => fake.book.typeInto('Supplier mail', `${'BC'[c]}${r + 4}`, v)),
    );
    fake.book.selection = { sheet: 'Supplier mail', address: 'B4:C6' };
    const selected = await runs(() => bridge.selectedRange());
    expect(selected).toEqual({ result: "'Supplier mail'!B4:C6", runs: 1 });
    const reconciled = await bridge.reconcileInvoice('Contract', '2026-10', 'en', undefined, {
      range: selected.result,
    });
    expect(reconciled.sheet).toMatch(/^Reconciliation/);
    fake.book.selection = { sheet: 'Actuals', address: 'A1:B2' };
    await expect(bridge.selectedRange()).resolves.toBe('Actuals!A1:B2');
  });
});

describe('the control actions in the Sheets sidebar (built Code.js)', () => {
  it('corrects an invoice sheet painted through the server, and writes the review', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const { sheet } = await sidebar.generateInvoice('2026-10', 'en');
    const actuals = addon.fake.spreadsheet.getSheetByName('Actuals')!;
    actuals.getRange('E5').setValue(0.89);
    await expect(sidebar.correctInvoice(sheet, 'en')).resolves.toMatchObject({
      sheet: 'Credit note 2026-10',
      kind: 'credit',
    });
    await expect(sidebar.reviewPerformance('2026-09', '2026-12', 'fr')).resolves.toMatchObject({
      sheet: 'Performance',
      invoices: 4,
    });
  });

  it('gives the selected range through the server, its sheet quoted by the sidebar', async () => {
    const addon = loadAddon();
    const sidebar = sidebarActions(addon);
    await sidebar.newContract('bpo-customer-service', 'en');
    const mail = addon.fake.spreadsheet.insertSheet("Supplier's mail");
    mail.getRange('B4:C9').activate();
    await expect(sidebar.selectedRange()).resolves.toBe("'Supplier''s mail'!B4:C9");
    addon.fake.spreadsheet.getSheetByName('Actuals')!.getRange('A1:B2').activate();
    await expect(sidebar.selectedRange()).resolves.toBe('Actuals!A1:B2');
  });
});
