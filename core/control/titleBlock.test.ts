/** The supplier's title block: a period or currency it states is held to the invoice reconciled. */
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { reconcile } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';
import { readTitleBlock, statesCurrency } from './titleBlock';

function invoiceOf(lang: 'en' | 'fr'): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(lang), bpoCustomerService.actuals(lang), '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The title rows, then the table of the invoice's own lines: it matches but for what the title says. */
function problems(title: Grid, lang: 'en' | 'fr' = 'en'): string[] {
  const invoice = invoiceOf(lang);
  const grid: Grid = [
    ...title,
    [],
    ['Line', 'Amount'],
    ...invoice.lines.map((line) => [line.label, Number(line.amount.toFixed())]),
  ];
  const supplier = readSupplierInvoice(grid, { sheet: 'supplier.xlsx', lang });
  if (!supplier.ok) return supplier.issues.map((i) => i.message.replace(/[\u00a0\u202f]/g, ' '));
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) return result.issues.map((i) => i.message.replace(/[\u00a0\u202f]/g, ' '));
  expect(result.value.differences).toBe(0);
  return [];
}

describe('the title block of a supplier invoice', () => {
  it('stating the period and currency reconciled, in words or codes, in one cell or two, is read and agrees', () => {
    expect(
      problems([
        ['Contact Plus BPO — Invoice 2026-10'],
        ['Period: October 2026', null, 'Currency: EUR'],
        ['Billing period', null, '2026-10'],
        ['Devise :', 'Euro (€)'],
        ['Mois', new Date(2026, 9, 1)],
        ['Monthly fees: see below'],
        ['Billing period: Monthly', 'Période de facturation :', 'trimestrielle'],
      ]),
    ).toEqual([]);
  });

  it('another period or currency is a problem at the cell stating it, EN and FR', () => {
    expect(problems([['Invoice INV-2026-09'], ['Period: September 2026'], ['Currency', '', 'USD']])).toEqual([
      'supplier.xlsx!A2: the supplier\'s invoice states its period as "September 2026", the invoice reconciled is for 2026-10: give the supplier\'s invoice of 2026-10, or reconcile the period it states',
      'supplier.xlsx!C3: the supplier\'s invoice states its currency as "USD", the contract bills in EUR: this is not an invoice under this contract, or its amounts must be converted first',
    ]);
    expect(problems([['Période de facturation : 2026-Q3'], ['Devise : $']], 'fr')).toEqual([
      'supplier.xlsx!A1 : la facture du fournisseur indique la période « 2026-Q3 », la facture rapprochée porte sur 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période qu’elle indique',
      'supplier.xlsx!A2 : la facture du fournisseur indique la devise « $ », le contrat facture en EUR : ce n’est pas une facture de ce contrat, ou ses montants doivent d’abord être convertis',
    ]);
  });

  it('a title naming the invoice by its period ("Invoice for September 2026") states that period', () => {
    expect(problems([['Contact Plus BPO — Invoice for September 2026']])).toEqual([
      'supplier.xlsx!A1: the supplier\'s invoice states its period as "September 2026", the invoice reconciled is for 2026-10: give the supplier\'s invoice of 2026-10, or reconcile the period it states',
    ]);
    expect(problems([['Contact Plus BPO', 'Facture septembre 2026']], 'fr')).toEqual([
      'supplier.xlsx!B1 : la facture du fournisseur indique la période « septembre 2026 », la facture rapprochée porte sur 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période qu’elle indique',
    ]);
    expect(readTitleBlock([['Facture du mois de septembre 2026'], ['Monthly invoice – Q3 2026']], 2)).toEqual(
      [
        {
          kind: 'period',
          text: 'septembre 2026',
          row: 0,
          col: 0,
          span: { first: '2026-09', last: '2026-09' },
        },
        { kind: 'period', text: 'Q3 2026', row: 1, col: 0, span: { first: '2026-07', last: '2026-09' } },
      ],
    );
    expect(problems([['Invoice for October 2026'], ['Facture d’octobre 2026']])).toEqual([]);
  });

  it("a workbook sheet named for another period ('Facture septembre 2026') is refused by its name (EN, FR)", () => {
    const invoice = invoiceOf('en');
    const grid: Grid = [
      ['Line', 'Amount'],
      ...invoice.lines.map((l) => [l.label, Number(l.amount.toFixed())]),
    ];
    const read = (sheet: string, lang: 'en' | 'fr' = 'en') => {
      const supplier = readSupplierInvoice(grid, { sheet, lang, sheetNamed: true });
      if (!supplier.ok) throw new Error(supplier.issues[0].message);
      const result = reconcile(lang === 'en' ? invoice : invoiceOf('fr'), supplier.value);
      return result.ok ? [] : result.issues.map((i) => i.message.replace(/[\u00a0\u202f]/g, ' '));
    };
    expect(read('Facture septembre 2026')).toEqual([
      'sheet "Facture septembre 2026": its name states the period "septembre 2026", the invoice reconciled is for 2026-10: give the supplier\'s invoice of 2026-10, or reconcile the period it states',
    ]);
    expect(read('Septembre 2026', 'fr')).toEqual([
      'feuille « Septembre 2026 » : son nom indique la période « Septembre 2026 », la facture rapprochée porte sur 2026-10 : donnez la facture du fournisseur pour 2026-10, ou rapprochez la période qu’elle indique',
    ]);
    for (const name of ['October 2026', 'Invoice for October 2026', 'Invoice 2026-09', 'Sheet1', '2026'])
      expect(read(name)).toEqual([]);
  });

  it('an invoice number or date in the title states no period: 2026-09 may be the ninth invoice of 2026', () => {
    expect(
      readTitleBlock(
        [
          ['Invoice 2026-09', 'Invoice INV-2026-09', 'Facture n° 2026-09'],
          ['Invoice 2026', 'Invoice date: 5 November 2026', 'Invoice'],
        ],
        2,
      ),
    ).toEqual([]);
  });

  it('a labelled period as invoices print it, abbreviated or in digits, is read and held to the invoice', () => {
    expect(problems([['Period: Oct 2026'], ['Mois :', 'oct. 2026'], ['Billing period', '10/2026']])).toEqual(
      [],
    );
    expect(problems([['Period: Sep 2026'], ['Période', '2026/09']])).toEqual([
      'supplier.xlsx!A1: the supplier\'s invoice states its period as "Sep 2026", the invoice reconciled is for 2026-10: give the supplier\'s invoice of 2026-10, or reconcile the period it states',
      'supplier.xlsx!B2: the supplier\'s invoice states its period as "2026/09", the invoice reconciled is for 2026-10: give the supplier\'s invoice of 2026-10, or reconcile the period it states',
    ]);
  });

  it('a stated period the tool cannot read is said at its cell, not passed over', () => {
    expect(problems([['Period: 1-31 Oct 2026']])).toEqual([
      'supplier.xlsx!A1: "1-31 Oct 2026" is not a period such as 2026-10 or October 2026',
    ]);
  });

  it('a label with nothing after it, or words that only contain one, state nothing', () => {
    expect(
      readTitleBlock([['Period'], ['Monthly report: October'], ['Currency of payment: USD']], 3),
    ).toEqual([]);
  });
});

describe('statesCurrency', () => {
  it.each([
    ['EUR', 'EUR', true],
    ['€', 'EUR', true],
    ['euros', 'EUR', true],
    ['Euro (EUR)', 'EUR', true],
    ['EUR / €', 'EUR', true],
    ['EUR – Euro', 'EUR', true],
    ['EUR - euros', 'EUR', true],
    ['US$', 'USD', true],
    ['USD', 'EUR', false],
    ['EUR (US$)', 'EUR', false],
    ['Eur0', 'EUR', false],
  ])('%s is %s: %s', (text, currency, states) => expect(statesCurrency(text, currency)).toBe(states));
});
