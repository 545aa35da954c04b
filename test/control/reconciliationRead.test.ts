/**
 * The Reconciliation sheet says how the supplier's VAT rate and Date cells were read, as `reconcile --json`
 * does (supplierVatRates, supplierDates): a bare 0.2 as 20 % or 0.2 %, Exempt as 0 %, 05/10/2026 day first
 * because another cell shows the order (or because the file is French), 11/12/2026 either way inside a
 * quarter; in English and French, in the plan and through every painter (.xlsx, Excel, Sheets). A supplier
 * invoice without such cells keeps the seven columns.
 */
import ExcelJS from 'exceljs';
import { paintSheetPlan as paintExcel } from '../../excel-addin/painter';
import { paintSheetPlan as paintSheets } from '../../sheets-addon/painter';
import type { Grid } from '../../core/contract/sheet/cells';
import type { Contract, Language } from '../../core/contract/types';
import { reconcile } from '../../core/control/reconcile';
import { readSupplierInvoice } from '../../core/control/supplierInvoice';
import { buildInvoice } from '../../core/invoice/buildInvoice';
import type { Invoice } from '../../core/invoice/types';
import { planToGrid } from '../../core/layout/planToGrid';
import { reconciliationSheetPlan } from '../../core/layout/reconciliationSheet';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates/bpoCustomerService';
import { workbookBuffer } from '../../core/xlsx/writeWorkbook';
import { createAppsScriptFake } from '../fakes/appsScript';
import { createMockWorkbook } from '../fakes/excel/mockWorkbook';

function invoiceOf(contract: Contract, lang: Language): Invoice {
  const built = buildInvoice(contract, bpoCustomerService.actuals(lang), '2026-10');
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.invoice;
}

function planOf(invoice: Invoice, grid: Grid): SheetPlan {
  const lang = invoice.contract.language;
  const supplier = readSupplierInvoice(grid, { sheet: 'Supplier', lang });
  if (!supplier.ok) throw new Error(supplier.issues.map((i) => i.message).join('\n'));
  const result = reconcile(invoice, supplier.value);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return reconciliationSheetPlan(result.value);
}

/** The read column by line label, from the table's rows (9 to 13, 1-based). */
function readByLine(grid: readonly (readonly unknown[])[]): Record<string, unknown> {
  return Object.fromEntries(grid.slice(8, 13).map((r) => [r[0], r[7] ?? null]));
}

const octoberEn = invoiceOf(bpoCustomerService.contract('en'), 'en');
const lines = octoberEn.lines.map((l) => [l.label, l.amount.toFixed()]);

const EN_GRID: Grid = [
  ['Date', 'Line', 'Amount', 'VAT rate'],
  ['05/10/2026', ...lines[0], '20%'],
  ['15/10/2026', ...lines[1], '0.2'],
  ['2026-10-31', ...lines[2], 'Exempt'],
  ['2026-10-31', ...lines[3], null],
  ['Oct 31, 2026', ...lines[4], null],
];

const EN_READ = {
  'Fixed management fee':
    "VAT rate 20% (Supplier!D2). Dated 05/10/2026 (Supplier!A2), read day first as Supplier!A3's 15/10/2026 shows.",
  Interactions: 'VAT rate 0.2 (Supplier!D3), read as 20% or 0.2%. Dated 15/10/2026 (Supplier!A3).',
  FCR: 'VAT rate Exempt (Supplier!D4), read as 0%. Dated 2026-10-31 (Supplier!A4).',
  'Average response time': 'Dated 2026-10-31 (Supplier!A5).',
  CSAT: 'Dated Oct 31, 2026 (Supplier!A6).',
};

describe('the Reconciliation sheet says how the VAT rate and Date cells were read', () => {
  const plan = planOf(octoberEn, EN_GRID);
  const grid = planToGrid(plan);

  it('in a last column of the plan, each line its own cells', () => {
    expect(grid[7].slice(6)).toEqual(['Dispute note', "As read from the supplier's invoice"]);
    // FCR's Exempt is disputed and so comes first; the reading is said beside the dispute.
    expect(grid[8][0]).toBe('FCR');
    expect(grid[8][6]).toBe(
      '"FCR" (Supplier!D4): VAT rate Exempt; the contract gives 20%. The amount invoiced, €560.00, is the contract\'s.',
    );
    expect(readByLine(grid)).toEqual(EN_READ);
    expect(plan.columnWidths).toHaveLength(8);
  });

  it('through the .xlsx writer, the Excel painter and the Sheets painter', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await workbookBuffer([plan])) as unknown as ArrayBuffer);
    const xlsx = book.worksheets[0]!;
    const excel = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
    await paintExcel(excel.context, plan);
    const painted = excel.sheet(plan.name);
    const sheets = createAppsScriptFake({ sheetNames: ['Contract'] });
    paintSheets(sheets.asReal.spreadsheet, plan, sheets.asReal.SpreadsheetApp);
    const google = sheets.spreadsheet.getSheetByName(plan.name)!;
    const column = (cell: (a1: string) => unknown) =>
      [8, 9, 10, 11, 12, 13].map((row) => [cell(`A${row}`), cell(`H${row}`)]);
    const expected = [
      ['Line', "As read from the supplier's invoice"],
      ...grid.slice(8, 13).map((r) => [r[0], r[7]]),
    ];
    expect(column((a1) => xlsx.getCell(a1).value)).toEqual(expected);
    expect(column((a1) => painted.cells.get(a1)?.value)).toEqual(expected);
    expect(column((a1) => google.getRange(a1).getValue())).toEqual(expected);
    expect(xlsx.getCell('H9').numFmt).toBe('@');
    expect(xlsx.getCell('H9').alignment?.wrapText).toBe(true);
  });

  it('in French, day first as a French invoice writes it', () => {
    const october = invoiceOf(bpoCustomerService.contract('fr'), 'fr');
    const frLines = october.lines.map((l) => [l.label, l.amount.toFixed()]);
    const fr = planToGrid(
      planOf(october, [
        ['Date', 'Libellé', 'Montant', 'Taux de TVA'],
        ['05/10/2026', ...frLines[0], '20 %'],
        ['2026-10-31', ...frLines[1], '0,2'],
        ['2026-10-31', ...frLines[2], '20 %'],
        ['2026-10-31', ...frLines[3], '20 %'],
        ['2026-10-31', ...frLines[4], '20 %'],
      ]),
    );
    const plain = (v: unknown) => (typeof v === 'string' ? v.replace(/[\u00a0\u202f]/g, ' ') : v);
    expect(plain(fr[7][7])).toBe('Lecture de la facture du prestataire');
    expect(plain(fr[8][7])).toBe(
      'Taux de TVA 20 % (Supplier!D2). Daté du 05/10/2026 (Supplier!A2), lu jour en premier comme l’écrit une facture française.',
    );
    expect(plain(fr[9][7])).toBe(
      'Taux de TVA 0,2 (Supplier!D3), lu comme 20 % ou 0,2 %. Daté du 2026-10-31 (Supplier!A3).',
    );
  });

  it('a date either way inside the quarter reconciled is said so', () => {
    const quarterly: Contract = {
      ...bpoCustomerService.contract('en'),
      frequency: 'quarterly',
      kpis: bpoCustomerService
        .contract('en')
        .kpis.filter((k) => k.activeMonths === undefined)
        .map((k) => ({ ...k, period: 'quarterly', aggregation: 'average' })),
    };
    const quarter = invoiceOf(quarterly, 'en');
    const rows = quarter.lines.map((l, i) => [
      i === 0 ? '11/12/2026' : '2026-11-30',
      l.label,
      l.amount.toFixed(),
    ]);
    const q = planToGrid(planOf(quarter, [['Date', 'Line', 'Amount'], ...rows]));
    expect(q.slice(8).find((r) => r[0] === quarter.lines[0].label)?.[7]).toBe(
      'Dated 11/12/2026 (Supplier!A2): 2026-12-11 day first or 2026-11-12 month first, both in 2026-Q4.',
    );
  });

  it('costs the same host calls for 10 lines as for 1,000', async () => {
    const costs = [];
    for (const fees of [10, 1000]) {
      const base = bpoCustomerService.contract('en');
      const fixedFees = Array.from({ length: fees }, (_, i) => ({
        label: `Fee ${i + 1}`,
        amount: dec(100 + i),
      }));
      const invoice = invoiceOf({ ...base, fixedFees }, 'en');
      const rows = invoice.lines.map((l, i) => [
        i % 2 === 0 ? '05/10/2026' : '15/10/2026',
        l.label,
        l.amount.plus(i % 3 === 0 ? dec('0.01') : 0).toFixed(),
        '0.2',
      ]);
      const big = planOf(invoice, [['Date', 'Line', 'Amount', 'VAT rate'], ...rows]);
      expect(planToGrid(big)[8][7]).toMatch(/^VAT rate 0\.2 .*, read day first as /);
      const fake = createAppsScriptFake({ sheetNames: ['Contract'] });
      const from = fake.log.mark();
      paintSheets(fake.asReal.spreadsheet, big, fake.asReal.SpreadsheetApp);
      const book = createMockWorkbook({ sheets: { Contract: [['Contract']] } });
      await paintExcel(book.context, big);
      costs.push({
        sheets: fake.log.since(from, { group: 'SpreadsheetApp' }).map((c) => `${c.service}.${c.method}`),
        excel: [book.syncs(), book.calls.filter((c) => c.op !== 'format.rowHeight').length],
      });
    }
    expect(costs[1]).toEqual(costs[0]);
  });

  it('is not there when the supplier invoice has no VAT rate or Date column', () => {
    const bare = planToGrid(planOf(octoberEn, [['Line', 'Amount'], ...lines]));
    expect(bare[7]).toHaveLength(7);
    expect(bare[7][6]).toBe('Dispute note');
  });
});
