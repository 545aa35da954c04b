/**
 * The French headers the supplier's invoice reader knows are the French texts of core/i18n, one source: the
 * headers the French invoice sheet prints (a supplier billing with Outcome Fees sends it) and the names
 * French problems give each column, and a French line or amount header is exactly one of those texts.
 */
import type { Grid } from '../contract/sheet/cells';
import { invoiceSheetLabels } from '../i18n/invoiceSheet';
import { reconciliationTexts, supplierHeaders, type SupplierColumn } from '../i18n/reconciliation';
import { normalizeLabel } from '../i18n/contract';
import { buildInvoice } from '../invoice/buildInvoice';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { reconcile, reconciliationToJson } from './reconcile';
import { headerColumn, isFrenchHeader } from './supplierColumns';
import { readSupplierInvoice } from './supplierInvoice';

const SHEET_COLUMNS: readonly SupplierColumn[] = [
  'label',
  'explanation',
  'quantity',
  'unit',
  'unitPrice',
  'amount',
];
const en = reconciliationTexts('en');
const fr = reconciliationTexts('fr');
const [enHeaders, frHeaders] = [supplierHeaders('en'), supplierHeaders('fr')];

describe('French headers of a supplier invoice', () => {
  it('the French invoice sheet’s headers are read as their columns, its line and amount as French', () => {
    const printed = invoiceSheetLabels('fr').columns;
    expect(printed.map((header) => headerColumn(header).column)).toEqual(SHEET_COLUMNS);
    expect([printed[0], printed[5]].map(isFrenchHeader)).toEqual([true, true]);
    const english = invoiceSheetLabels('en').columns;
    expect(english.map((header) => headerColumn(header).column)).toEqual(SHEET_COLUMNS);
    expect([english[0], english[5]].map(isFrenchHeader)).toEqual([false, false]);
  });

  it('the column names problems give are read as those columns, in both languages', () => {
    for (const texts of [en, fr])
      for (const [column, name] of Object.entries(texts.supplierColumns))
        expect([name, headerColumn(name).column]).toEqual([name, column]);
  });

  it('a header is French exactly when the French texts print it for the lines or amounts, and the English do not', () => {
    const all = [enHeaders, frHeaders].flatMap((headers) => Object.values(headers).flat());
    const englishOnes = new Set([...enHeaders.label, ...enHeaders.amount].map(normalizeLabel));
    const frenchOnes = [...frHeaders.label, ...frHeaders.amount].map(normalizeLabel);
    for (const header of all) {
      const key = normalizeLabel(header);
      expect([header, isFrenchHeader(header)]).toEqual([
        header,
        frenchOnes.includes(key) && !englishOnes.has(key),
      ]);
    }
    expect(frHeaders.label).toEqual(expect.arrayContaining([fr.supplierColumns.label, 'Ligne']));
  });

  it('an English contract reads the dates of the French invoice sheet’s table day first', () => {
    const built = buildInvoice(
      bpoCustomerService.contract('en'),
      bpoCustomerService.actuals('en'),
      '2026-10',
    );
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const [line, , , , , amount] = invoiceSheetLabels('fr').columns;
    const grid: Grid = [
      ['Date', line, amount],
      ...built.invoice.lines.map((l) => ['05/10/2026', l.label, l.amount.toFixed(2)]),
    ];
    const supplier = readSupplierInvoice(grid, { sheet: 'facture.csv', lang: 'en' });
    if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
    const result = reconcile(built.invoice, supplier.value);
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    const json = reconciliationToJson(result.value) as { lines: { supplierDates: unknown }[] };
    expect(json.lines[0].supplierDates).toEqual([
      {
        cell: 'facture.csv!A2',
        text: '05/10/2026',
        months: ['2026-10'],
        order: 'day-first',
        orderFrom: 'french',
      },
    ]);
  });
});
