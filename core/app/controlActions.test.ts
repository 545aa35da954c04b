import { now, bookWithContract } from '../../test/support/syncActions';
import { supplierInvoiceGrid } from '../../test/support/supplierInvoiceGrid';
import { ActionError } from './actions';

describe('Reconcile, over a workbook', () => {
  it('lists every sheet but the contract’s own as a possible supplier invoice', () => {
    const { book, actions } = bookWithContract();
    book.addSheet('Supplier', [['Line', 'Amount']]);
    expect(now(actions.listSheets())).toEqual(['Supplier']);
  });

  it('writes a Reconciliation sheet that matches when the supplier bills what is due', () => {
    const { book, actions } = bookWithContract();
    book.addSheet('Supplier', now(supplierInvoiceGrid(book, '2026-10')));
    const before = JSON.stringify([...book.sheetMap.entries()]);
    const result = now(actions.reconcileInvoice('Supplier', '2026-10', 'en'));
    expect(result).toEqual({
      sheet: 'Reconciliation 2026-10',
      differences: 0,
      message: 'Every line matches: written to "Reconciliation 2026-10".',
      notes: '',
      hiddenRows: [],
    });
    // Only a new sheet: the contract, actuals and supplier sheets are as they were.
    expect(JSON.stringify([...book.sheetMap.entries()].filter(([name]) => name !== result.sheet))).toBe(
      before,
    );
    expect(now(actions.reconcileInvoice('Supplier', '2026-10', 'en')).sheet).toBe(
      'Reconciliation 2026-10 (2)',
    );
  });

  it('names the line billed 0.01 too much, with its dispute note, in French too', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    const label = String(grid[1]![0]);
    book.addSheet('Fournisseur', now(supplierInvoiceGrid(book, '2026-10', { [label]: 0.01 })));
    const result = now(actions.reconcileInvoice('Fournisseur', '2026-10', 'fr'));
    expect(result.differences).toBe(1);
    expect(result.message).toBe(
      '1 écart, en évidence dans «\u00a0Reconciliation 2026-10\u00a0» avec les notes de contestation.',
    );
    expect(result.notes).toContain(label);
    expect(result.notes).toContain('0.01');
    const sheet = book.sheetMap.get(result.sheet)!.flat().map(String);
    expect(sheet.some((cell) => cell.includes(label))).toBe(true);
  });

  it('refuses the contract’s own sheets, a missing sheet and a misspelled header, naming the cell', () => {
    const { book, actions } = bookWithContract();
    expect(() => actions.reconcileInvoice('Contract', '2026-10', 'en')).toThrow(
      'That sheet belongs to the contract',
    );
    expect(() => actions.reconcileInvoice('', '2026-10', 'en')).toThrow(ActionError);
    expect(() => actions.reconcileInvoice('Gone', '2026-10', 'en')).toThrow('There is no sheet "Gone"');
    book.addSheet('Supplier', [
      ['Line', 'Amonut'],
      ['Fixed fee', 100],
    ]);
    expect(() => actions.reconcileInvoice('Supplier', '2026-10', 'en')).toThrow(/Supplier!B1/);
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals', 'Supplier']);
  });

  it('says why when the period cannot be invoiced', () => {
    const { book, actions } = bookWithContract();
    book.addSheet('Supplier', [['Line', 'Amount']]);
    expect(() => actions.reconcileInvoice('Supplier', '2031-01', 'en')).toThrow(
      'The invoice cannot be built',
    );
  });
});

describe('Invoice a range of periods, over a workbook', () => {
  it('writes a Summary sheet, then every invoice of the range, whose totals are the Summary’s', () => {
    const { book, actions } = bookWithContract();
    const result = now(actions.invoiceRange('2026-09', '2026-11', 'en'));
    expect(result.sheets).toEqual(['Summary', 'Invoice 2026-09', 'Invoice 2026-10', 'Invoice 2026-11']);
    expect(result.message).toBe('3 invoices written, each on its own sheet, after the summary "Summary".');
    const single = now(actions.generateInvoice('2026-10', 'en'));
    const summary = book.sheetMap.get('Summary')!;
    const october = summary.find((row) => row.includes('2026-10'))!;
    expect(october).toContain(136788);
    expect(single.total).toBe('€136,788.00');
  });

  it('refuses a range outside the contract or backwards, writing nothing', () => {
    const { book, actions } = bookWithContract();
    expect(() => actions.invoiceRange('2026-11', '2026-09', 'en')).toThrow(
      'Cannot invoice that range: the range 2026-11..2026-09 ends before it starts.',
    );
    expect(() => actions.invoiceRange('2026-09', '2027-02', 'fr')).toThrow(
      /^La facture ne peut pas être établie/,
    );
    expect(book.sheetNames()).toEqual(['Contract', 'Actuals']);
  });
});
