/**
 * `reconcile --json` gives each line's VAT rate, Date and Period cells as the supplier's file holds them and
 * as they were read, so a program reading the JSON knows what the buyer would see in the supplier's file.
 */
import type { Grid } from '../contract/sheet/cells';
import { buildInvoice } from '../invoice/buildInvoice';
import type { Invoice } from '../invoice/types';
import { bpoCustomerService } from '../templates/bpoCustomerService';
import { yearOfActuals } from '../../test/control/yearOfActuals';
import { reconcile, reconciliationToJson } from './reconcile';
import { readSupplierInvoice } from './supplierInvoice';

function invoiceOf(lang: 'en' | 'fr'): Invoice {
  const result = buildInvoice(bpoCustomerService.contract(lang), bpoCustomerService.actuals(lang), '2026-10');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

/** The second quarter's invoice of the template made quarterly, as reconcile.test.ts builds it. */
function quarterlyInvoice(): Invoice {
  const base = bpoCustomerService.contract('en');
  const quarterly = {
    ...base,
    frequency: 'quarterly' as const,
    firstPeriod: '2026-01',
    kpis: base.kpis.slice(0, 3).map((kpi) => ({ ...kpi, period: 'quarterly' as const })),
  };
  const actuals = yearOfActuals({ ...bpoCustomerService, contract: () => quarterly });
  const result = buildInvoice(quarterly, actuals, '2026-04');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.invoice;
}

type JsonLine = Record<string, unknown>;

function jsonLines(invoice: Invoice, grid: Grid, sheet = 'supplier.csv'): JsonLine[] {
  const lang = invoice.contract.language;
  const supplier = readSupplierInvoice(grid, { sheet, lang });
  if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return (reconciliationToJson(result.value) as { lines: JsonLine[] }).lines;
}

describe('reconcile --json: the supplier cells of each line', () => {
  const en = invoiceOf('en');

  it("gives each line's VAT rate cell, as written and the rates it may state", () => {
    const grid: Grid = [
      ['Line', 'Amount', 'VAT rate'],
      ...en.lines.map((l, i) => [l.label, l.amount.toFixed(2), i === 0 ? '0.2' : i === 2 ? '10 %' : '20%']),
    ];
    const lines = jsonLines(en, grid);
    expect(lines[0].supplierVatRates).toEqual([
      { cell: 'supplier.csv!C2', text: '0.2', rates: ['0.2', '0.002'] },
    ]);
    expect(lines[1].supplierVatRates).toEqual([{ cell: 'supplier.csv!C3', text: '20%', rates: ['0.2'] }]);
    expect(lines[2]).toMatchObject({
      status: 'details-differ',
      supplierVatRates: [{ cell: 'supplier.csv!C4', text: '10 %', rates: ['0.1'] }],
    });
  });

  it('gives how each Date cell was read: its month, and the order where its digits could be either', () => {
    const dates = ['15/10/2026', '05/10/2026', '2026-10-31', '31 Oct 2026', '01/10/2026'];
    const grid: Grid = [
      ['Date', 'Line', 'Amount'],
      ...en.lines.map((l, i) => [dates[i], l.label, l.amount.toFixed(2)]),
    ];
    const lines = jsonLines(en, grid);
    expect(lines[0].supplierDates).toEqual([
      { cell: 'supplier.csv!A2', text: '15/10/2026', months: ['2026-10'] },
    ]);
    expect(lines[1].supplierDates).toEqual([
      {
        cell: 'supplier.csv!A3',
        text: '05/10/2026',
        months: ['2026-10'],
        order: 'day-first',
        orderFrom: 'supplier.csv!A2',
      },
    ]);
    expect(lines[3].supplierDates).toEqual([
      { cell: 'supplier.csv!A5', text: '31 Oct 2026', months: ['2026-10'] },
    ]);
  });

  it('says a French file read day first, and both days where the quarter holds both readings', () => {
    const fr = invoiceOf('fr');
    const french: Grid = [
      ['Date', 'Libellé', 'Montant HT'],
      ...fr.lines.map((l) => ['05/10/2026', l.label, l.amount.toFixed(2)]),
    ];
    expect(jsonLines(fr, french, 'facture.csv')[0].supplierDates).toEqual([
      {
        cell: 'facture.csv!A2',
        text: '05/10/2026',
        months: ['2026-10'],
        order: 'day-first',
        orderFrom: 'french',
      },
    ]);
    const quarter = quarterlyInvoice();
    const either: Grid = [
      ['Date', 'Line', 'Amount'],
      ...quarter.lines.map((l) => ['05/06/2026', l.label, l.amount.toFixed(2)]),
    ];
    expect(jsonLines(quarter, either)[0].supplierDates).toEqual([
      {
        cell: 'supplier.csv!A2',
        text: '05/06/2026',
        months: ['2026-06', '2026-05'],
        readings: { dayFirst: '2026-06-05', monthFirst: '2026-05-06' },
      },
    ]);
  });

  it('gives each Period cell as written and the months it spans; none of the keys where the file has no such cell', () => {
    const grid: Grid = [
      ['Period', 'Line', 'Amount'],
      ...en.lines.map((l, i) => [
        i === 0 ? 'October 2026' : i === 1 ? '' : '2026-10',
        l.label,
        l.amount.toFixed(2),
      ]),
    ];
    const lines = jsonLines(en, grid);
    expect(lines[0].supplierPeriods).toEqual([
      { cell: 'supplier.csv!A2', text: 'October 2026', first: '2026-10', last: '2026-10' },
    ]);
    expect(lines[1]).not.toHaveProperty('supplierPeriods');
    const bare = jsonLines(en, [['Line', 'Amount'], ...en.lines.map((l) => [l.label, l.amount.toFixed(2)])]);
    for (const line of bare) {
      expect(line).not.toHaveProperty('supplierVatRates');
      expect(line).not.toHaveProperty('supplierDates');
      expect(line).not.toHaveProperty('supplierPeriods');
    }
  });

  it('gives every row of a line billed on two rows', () => {
    const grid: Grid = [
      ['Line', 'Amount', 'VAT rate'],
      ['Fixed management fee', '8000.00', '20%'],
      ['Fixed management fee', '12000.00', '20 %'],
      ...en.lines.slice(1).map((l) => [l.label, l.amount.toFixed(2), '20%']),
    ];
    expect(jsonLines(en, grid)[0]).toMatchObject({
      status: 'matched',
      supplierCell: 'supplier.csv!A2, supplier.csv!A3',
      supplierVatRates: [
        { cell: 'supplier.csv!C2', text: '20%', rates: ['0.2'] },
        { cell: 'supplier.csv!C3', text: '20 %', rates: ['0.2'] },
      ],
    });
  });
});
