/** The pane's Reconcile with a range, a line mapping kept in the workbook and a tolerance. */
import { now, bookWithContract } from '../../test/support/syncActions';
import { supplierInvoiceGrid } from '../../test/support/supplierInvoiceGrid';

/** The supplier's lines placed at B4 of a sheet holding other things around them. */
function inTheMiddle(grid: (string | number)[][]): (string | number | null)[][] {
  return [
    ['Acme BPO — invoice 2026/117'],
    [],
    [],
    ...grid.map((row) => ['', ...row, 'paid by transfer']),
    [],
    ['', 'Thank you for your business'],
  ];
}

describe('Reconcile a range, with a mapping and a tolerance', () => {
  it('reads only the range given, on the chosen sheet or the one it names, and names cells where they are', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    book.addSheet('Mail', inTheMiddle(grid));
    const last = 3 + grid.length;
    const range = `B4:C${last}`;
    const result = now(actions.reconcileInvoice('Mail', '2026-10', 'en', undefined, { range }));
    expect(result.differences).toBe(0);
    expect(
      now(actions.reconcileInvoice('', '2026-10', 'en', undefined, { range: `Mail!${range}` })).differences,
    ).toBe(0);
    expect(
      now(actions.reconcileInvoice('Other', '2026-10', 'en', undefined, { range: `'Mail'!$B$4:$C$${last}` }))
        .differences,
    ).toBe(0);
    // The whole sheet: its title block is left out, but a column the table does not know is an error.
    expect(() => actions.reconcileInvoice('Mail', '2026-10', 'en')).toThrow(
      /Mail!D4: unknown column "paid by transfer"/,
    );
    book.sheetMap.get('Mail')![5]![2] = 'n/a';
    expect(() => actions.reconcileInvoice('Mail', '2026-10', 'en', undefined, { range })).toThrow(
      /Mail!C6 \(Amount\)/,
    );
  });

  it('a whole sheet named for another period is refused by its name; a range given is a table alone', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    book.addSheet('Invoice September 2026', grid);
    expect(() => actions.reconcileInvoice('Invoice September 2026', '2026-10', 'en')).toThrow(
      /sheet "Invoice September 2026": its name states the period "September 2026"/,
    );
    const range = `A1:B${grid.length}`;
    expect(
      now(actions.reconcileInvoice('Invoice September 2026', '2026-10', 'en', undefined, { range }))
        .differences,
    ).toBe(0);
  });

  it('refuses an amount formatted as a percentage where the host gives formats, at its cell in the range', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    book.addSheet('Mail', inTheMiddle(grid));
    const last = 3 + grid.length;
    book.formats.set('Mail', [[], [], [], [], [], [null, null, '0.00%']]);
    expect(() =>
      actions.reconcileInvoice('Mail', '2026-10', 'fr', undefined, { range: `B4:C${last}` }),
    ).toThrow(/Mail!C6 \(Amount\)\s:\s«\s8\s875\s000\s%\s» est un pourcentage/);
  });

  it('refuses the invoice of another period its title block states, naming the cell; a range leaves it out', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    book.addSheet('Supplier', [['Invoice INV-2026-09'], ['Période :', 'septembre 2026'], [], ...grid]);
    expect(() => actions.reconcileInvoice('Supplier', '2026-10', 'en')).toThrow(
      `The supplier's invoice has 1 problem. First: Supplier!B2: the supplier's invoice states its period as "septembre 2026", the invoice reconciled is for 2026-10`,
    );
    const range = `A4:B${3 + grid.length}`;
    expect(now(actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { range }))).toMatchObject({
      differences: 0,
    });
  });

  it('refuses a range that is not one, and a range without a sheet when none is chosen, naming the field', () => {
    const { actions } = bookWithContract();
    expect(() => actions.reconcileInvoice('Mail', '2026-10', 'en', undefined, { range: 'B4' })).toThrow(
      'Range: "B4" is not an A1 range such as B3:F20',
    );
    expect(() => actions.reconcileInvoice('', '2026-10', 'fr', undefined, { range: 'B4:C9' })).toThrow(
      'Choisissez la feuille de la facture du fournisseur, ou donnez une plage avec sa feuille.',
    );
  });

  it('matches the supplier’s own labels through a Mapping sheet', () => {
    const { book, actions } = bookWithContract();
    const grid = now(supplierInvoiceGrid(book, '2026-10'));
    const renamed = grid.map((row, i) =>
      i > 0 && row[0] === 'FCR' ? ['First contact resolution', row[1]!] : row,
    );
    book.addSheet('Supplier', renamed);
    expect(now(actions.reconcileInvoice('Supplier', '2026-10', 'en')).differences).toBe(2);
    book.addSheet('Mapping', [
      ['Supplier line', 'Contract line'],
      ['First contact resolution', 'FCR'],
    ]);
    expect(
      now(actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { mapping: 'Mapping' })),
    ).toMatchObject({ differences: 0 });
    book.addSheet('Bad mapping', [
      ['Supplier line', 'Contract lines'],
      ['First contact resolution', 'FCR'],
    ]);
    expect(() =>
      actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { mapping: 'Bad mapping' }),
    ).toThrow(/^The line mapping has 1 problem\. First: 'Bad mapping'!B1: /);
    book.addSheet('Typo', [
      ['Supplier line', 'Contract line'],
      ['First-contact resolution.', 'FCR'],
    ]);
    expect(() =>
      actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { mapping: 'Typo' }),
    ).toThrow(
      `The line mapping has 1 problem. First: Typo!A2 (Supplier line): "First-contact resolution." matches no line of the supplier's invoice; did you mean "First contact resolution"?`,
    );
    expect(() =>
      actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { mapping: 'Contract' }),
    ).toThrow('Line mapping: that sheet belongs to the contract');
  });

  it('counts a difference within the tolerance as matched; refuses a tolerance that is not an amount', () => {
    const { book, actions } = bookWithContract();
    book.addSheet('Supplier', now(supplierInvoiceGrid(book, '2026-10', { FCR: 0.01 })));
    expect(
      now(actions.reconcileInvoice('Supplier', '2026-10', 'en', undefined, { tolerance: '0.00' }))
        .differences,
    ).toBe(1);
    expect(
      now(actions.reconcileInvoice('Supplier', '2026-10', 'fr', undefined, { tolerance: '0,01' }))
        .differences,
    ).toBe(0);
    const names = book.sheetNames();
    for (const [tolerance, lang] of [
      ['', 'en'],
      ['-1', 'en'],
      ['0,01', 'en'],
      ['1 cent', 'fr'],
    ] as const)
      expect(() => actions.reconcileInvoice('Supplier', '2026-10', lang, undefined, { tolerance })).toThrow(
        lang === 'en'
          ? `Tolerance: "${tolerance}" is not an amount ≥ 0`
          : `Tolérance\u00a0: «\u00a0${tolerance}\u00a0»`,
      );
    expect(book.sheetNames()).toEqual(names);
  });
});
