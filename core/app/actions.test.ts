import { now } from '../../test/support/syncActions';
import { MemoryWorkbook } from '../../test/support/memoryWorkbook';
import { ActionError, workbookActions } from './actions';

describe('task pane actions over a workbook', () => {
  it('creates a contract from a template, checks it, and invoices a period', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    const created = now(actions.newContract('bpo-customer-service', 'en'));
    expect(created.sheets).toEqual(['Contract', 'Actuals']);
    const check = now(actions.checkContract('en'));
    expect(check).toEqual({
      ok: true,
      contractSheet: 'Contract',
      actualsSheet: 'Actuals',
      contracts: ['Contract'],
      errors: [],
      periods: ['2026-09', '2026-10', '2026-11', '2026-12'],
      periodMonths: 1,
    });
    const contractBefore = JSON.stringify(book.sheetMap.get('Contract'));
    const invoice = now(actions.generateInvoice('2026-10', 'en'));
    expect(invoice).toMatchObject({
      sheet: 'Invoice 2026-10',
      total: '€136,788.00',
      lines: 5,
      currency: 'EUR',
      contractSheet: 'Contract',
      actualsSheet: 'Actuals',
    });
    expect(invoice.message).toBe(
      'Invoice bpo-customer-service-2026-10: €113,990.00 excluding VAT, VAT €22,798.00.',
    );
    // The contract is read, never written, by invoicing; a second invoice gets its own sheet.
    expect(JSON.stringify(book.sheetMap.get('Contract'))).toBe(contractBefore);
    expect(now(actions.generateInvoice('2026-10', 'en')).sheet).toBe('Invoice 2026-10 (2)');
  });

  it('lists every problem of the contract with its cell, in the asked language', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    actions.newContract('bpo-customer-service', 'fr');
    const grid = book.sheetMap.get('Contrat')!;
    const targetRow = grid.findIndex((row) => row[0] === 'FCR');
    const header = grid.findIndex((row, i) => i < targetRow && row.includes('Objectif'));
    const targetCol = grid[header].indexOf('Objectif');
    grid[targetRow][targetCol] = 'n/a';
    const check = now(actions.checkContract('fr'));
    expect(check.ok).toBe(false);
    expect(check.errors.length).toBeGreaterThanOrEqual(1);
    expect(check.errors[0]).toMatchObject({ sheet: 'Contrat', column: 'Objectif' });
    expect(check.errors[0].message).toBe('nombre attendu, reçu «\u00a0n/a\u00a0»');
    expect(() => actions.generateInvoice('2026-10', 'fr')).toThrow(ActionError);
  });

  it('starts an empty contract with both sheets, whose check lists what to fill in', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    expect(now(actions.newContract('empty', 'fr')).sheets).toEqual(['Contrat', 'Réalisé']);
    expect(book.sheetMap.get('Réalisé')![0].slice(0, 3)).toEqual(['Type', 'Nom', 'Unité']);
    const check = now(actions.checkContract('fr'));
    expect(check.ok).toBe(false);
    expect(check.errors.every((e) => e.sheet === 'Contrat' && /^[A-Z]+\d+$/.test(e.address))).toBe(true);
  });

  it('holds an Actuals sheet without values to its first invoice being due', () => {
    // The template's rows without a month column: its contract starts in 2026, so its first invoice is due.
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    now(actions.newContract('bpo-customer-service', 'en'));
    const actuals = book.sheetMap.get('Actuals')!;
    book.sheetMap.set(
      'Actuals',
      actuals.map((row) => row.slice(0, 3)),
    );
    const check = now(actions.checkContract('en'));
    expect(check.ok).toBe(false);
    expect(check.periods).toEqual([]);
    expect(check.errors).toEqual([
      {
        sheet: 'Actuals',
        address: 'A1',
        column: '',
        message: expect.stringMatching(
          /^no month of the contract has values, and its first invoice, 2026-\d\d, is due/,
        ),
      },
    ]);
  });

  it('says what is missing instead of guessing', () => {
    const actions = workbookActions(new MemoryWorkbook());
    expect(() => actions.checkContract('en')).toThrow('No contract sheet in this workbook');
    expect(() => actions.newContract('nope', 'en')).toThrow('Unknown template "nope".');
  });

  it('reports invoice problems (a period without actuals)', () => {
    const book = new MemoryWorkbook();
    const actions = workbookActions(book);
    actions.newContract('bpo-customer-service', 'en');
    expect(() => actions.generateInvoice('2026-05', 'en')).toThrow(
      /^The invoice cannot be built: Actuals: no quantity/,
    );
  });

  it('leaves no sheet behind when painting fails', () => {
    const book = new MemoryWorkbook();
    book.failNextPaint = true;
    expect(() => workbookActions(book).newContract('it-services-sla', 'en')).toThrow('injected failure');
    expect(book.sheetNames()).toEqual([]);
  });
});
