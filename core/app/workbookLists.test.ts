import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { supplierInvoiceGrid } from '../../test/support/supplierInvoiceGrid';
import { workbookActions } from './actions';
import { controlActions } from './controlActions';
import type { SheetInfo, WorkbookPort, WorkbookSheets } from './workbookPort';
import { sheetLists, workbookLists } from './workbookLists';

const tagged = (name: string, role: 'contract' | 'actuals', contract: string): SheetInfo => ({
  name,
  tag: { role, contract },
});

test('one read of the sheets, and one of the first rows of the untagged ones, give every list', () => {
  const workbook: WorkbookSheets = {
    sheets: [
      { name: 'Sheet1', tag: null },
      tagged('Contract', 'contract', 'a'),
      tagged('Actuals', 'actuals', 'a'),
      { name: 'Invoice 2026-10', tag: null },
      tagged('Contract (2)', 'contract', 'b'),
      tagged('Actuals (2)', 'actuals', 'b'),
    ],
    active: 'Sheet1',
  };
  let reads = 0;
  const tops: [readonly string[], number, number][] = [];
  const invoiceTop = [['Invoice a-2026-10'], [], [], [], [], [], ['Fingerprint (SHA-256)', '6f3c']];
  const port = {
    sheets: () => {
      reads += 1;
      return workbook;
    },
    readTopLeft: (names: readonly string[], rows: number, columns: number) => {
      tops.push([names, rows, columns]);
      return names.map((name) => (name === 'Invoice 2026-10' ? invoiceTop : [['Sheet1 notes']]));
    },
  } as unknown as WorkbookPort;
  expect(workbookLists(port)).toEqual({
    sheets: ['Sheet1', 'Invoice 2026-10'],
    contracts: ['Contract', 'Contract (2)'],
    invoices: ['Invoice 2026-10'],
  });
  expect(reads).toBe(1);
  expect(tops).toEqual([[['Sheet1', 'Invoice 2026-10'], 7, 2]]);
});

test('a copy of a contract’s sheet, carrying its tag, is of that contract, not a sheet of its own', () => {
  const sheets = [
    tagged('Contract', 'contract', 'a'),
    tagged('Actuals', 'actuals', 'a'),
    tagged('Actuals (2)', 'actuals', 'a'),
    { name: 'Supplier', tag: null },
  ];
  expect(sheetLists({ sheets, active: null })).toEqual({ sheets: ['Supplier'], contracts: ['Contract'] });
});

describe('the sheets Correct an invoice offers', () => {
  /** The BPO contract with October's invoice, September and October invoiced again as a range, and October corrected once. */
  function bookWithInvoices() {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    now(actions.generateInvoice('2026-10', 'en'));
    now(actions.invoiceRange('2026-09', '2026-10', 'en'));
    book.addSheet('Supplier', now(supplierInvoiceGrid(book, '2026-10')));
    now(actions.reconcileInvoice('Supplier', '2026-10', 'en'));
    const grid = book.sheetMap.get('Actuals')!;
    grid.find((row) => row[1] === 'CSAT')![grid[0]!.indexOf('2026-10')] = 0.89;
    now(controlActions(book, () => '2026-11-20').correctInvoice('Invoice 2026-10', 'en'));
    book.addSheet('My notes', [['To check with Acme'], ['Fingerprint (SHA-256)']]);
    return { book, actions };
  }

  it('are the invoice and note sheets the add-in wrote, in workbook order: no Summary, Reconciliation or user’s sheet', () => {
    const { book, actions } = bookWithInvoices();
    expect(book.sheetNames()).toEqual([
      'Contract',
      'Actuals',
      'Invoice 2026-10',
      'Summary',
      'Invoice 2026-09',
      'Invoice 2026-10 (2)',
      'Supplier',
      'Reconciliation 2026-10',
      'Credit note 2026-10',
      'My notes',
    ]);
    expect(now(actions.workbookLists()).invoices).toEqual([
      'Invoice 2026-10',
      'Invoice 2026-09',
      'Invoice 2026-10 (2)',
      'Credit note 2026-10',
    ]);
  });

  it('finds them renamed by their tag, and untagged ones (a copy from another workbook, the command line’s) by their printed rows, in one read of their first rows', () => {
    const { book, actions } = bookWithInvoices();
    book.renameSheet('Invoice 2026-10', 'Sent to Acme');
    book.renameSheet('Credit note 2026-10', 'October credit');
    // A copy keeps the cells, not the tag: its Fingerprint row (A7), or its note's number (A3), tells it.
    book.addSheet('Copied invoice', structuredClone(book.sheetMap.get('Invoice 2026-09')!));
    book.addSheet('Copied note', structuredClone(book.sheetMap.get('October credit')!));
    const reads = book.topLeftReads.length;
    expect(now(actions.workbookLists()).invoices).toEqual([
      'Sent to Acme',
      'Invoice 2026-09',
      'Invoice 2026-10 (2)',
      'October credit',
      'Copied invoice',
      'Copied note',
    ]);
    // Only the untagged sheets that belong to no contract, in one read.
    expect(book.topLeftReads.slice(reads)).toEqual([
      ['Summary', 'Supplier', 'Reconciliation 2026-10', 'My notes', 'Copied invoice', 'Copied note'],
    ]);
  });

  it('keeps pairing untagged Contract and Actuals sheets by name beside tagged invoices (a command-line workbook the pane invoiced)', () => {
    const workbook: WorkbookSheets = {
      sheets: [
        { name: 'Contract', tag: null },
        { name: 'Actuals', tag: null },
        { name: 'Invoice 2026-10', tag: { role: 'invoice', contract: 'bpo-customer-service' } },
      ],
      active: 'Contract',
    };
    const port = { sheets: () => workbook, readTopLeft: () => [] } as unknown as WorkbookPort;
    expect(workbookLists(port)).toEqual({
      sheets: ['Invoice 2026-10'],
      contracts: ['Contract'],
      invoices: ['Invoice 2026-10'],
    });
  });
});
