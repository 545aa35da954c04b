/**
 * Every pane action costs the same Excel runs and syncs for a contract whose invoice has 10 lines as for
 * one of 1,000: the pane's actions through the Excel bridge and workbook port, on the Excel fake, each
 * run's `context.sync()` calls counted. Invoice, Check contract, Reconcile, Fee curve and the year's
 * invoices of a range of months (a Summary and an invoice sheet a month) are measured.
 */
import { workbookActions } from '../../core/app/actions';
import type { Contract } from '../../core/contract/types';
import { actualsSheetPlan } from '../../core/layout/actualsSheet';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { dec } from '../../core/money';
import { bpoCustomerService } from '../../core/templates';
import { createExcelBridge } from '../../excel-addin/taskpane/excelBridge';
import type { ExcelHost } from '../../excel-addin/taskpane/host';
import { excelWorkbook } from '../../excel-addin/taskpane/workbookPort';
import { fakeExcel, useOfficeRequirements } from '../fakes/excel';
import { supplierInvoiceGrid } from '../support/supplierInvoiceGrid';

/** The BPO template's contract with fixed fees added, so its October invoice has `lines` lines. */
function contractOf(lines: number): Contract {
  const contract = bpoCustomerService.contract('en');
  const extra = lines - 5; // the template's October invoice has 5 lines
  const fees = Array.from({ length: extra }, (_, i) => ({ label: `Service ${i + 1}`, amount: dec('10.00') }));
  return { ...contract, fixedFees: [...contract.fixedFees, ...fees] };
}

/** A pane on a fake Excel whose workbook holds the contract of `lines` lines, as New contract paints it. */
async function paneWith(lines: number) {
  const fake = fakeExcel();
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => fake.run(batch) };
  const port = excelWorkbook(host);
  const contract = contractOf(lines);
  await port.paint([
    { plan: contractSheetPlan(contract, { lang: 'en' }) },
    { plan: actualsSheetPlan(contract, bpoCustomerService.actuals('en'), { lang: 'en' }) },
  ]);
  const bridge = createExcelBridge({ host, actions: workbookActions(port) });
  return { fake, port, bridge };
}

type Pane = Awaited<ReturnType<typeof paneWith>>;

/** The syncs of each Excel run `action` made, and what it answered. */
async function syncsOf<T>(pane: Pane, action: (pane: Pane) => Promise<T>) {
  const from = pane.fake.runs.length;
  const result = await action(pane);
  return { result, syncs: pane.fake.runs.slice(from).map((run) => run.syncs) };
}

/** A supplier's sheet billing exactly the October invoice, for Reconcile to read. */
async function supplierSheet({ fake, port }: Pane): Promise<void> {
  const grid = await supplierInvoiceGrid(port, '2026-10');
  const sheet = fake.book.addSheet('Supplier');
  grid.forEach((row, r) => row.forEach((value, c) => fake.book.write(sheet, r, c, value, 'test')));
}

/** Each action, with what its workbook needs before it (not counted). */
interface Action {
  readonly name: string;
  readonly run: (pane: Pane) => Promise<unknown>;
  readonly before?: (pane: Pane) => Promise<void>;
}

const ACTIONS: Action[] = [
  { name: 'Check contract', run: ({ bridge }) => bridge.checkContract('en') },
  { name: 'Generate invoice', run: ({ bridge }) => bridge.generateInvoice('2026-10', 'en') },
  // Every month the template has actuals for: a Summary and four invoice sheets in one paint.
  {
    name: 'Invoices of a range of months',
    run: ({ bridge }) => bridge.invoiceRange('2026-09', '2026-12', 'en'),
  },
  {
    name: 'Reconcile',
    run: ({ bridge }) => bridge.reconcileInvoice('Supplier', '2026-10', 'en'),
    before: supplierSheet,
  },
  {
    name: 'Fee curve',
    run: ({ bridge }) =>
      bridge.feeCurve(
        { kpi: 'FCR', from: '0.5', to: '1', steps: '11', base: { kind: 'period', period: '2026-10' } },
        'en',
      ),
  },
];

describe('pane actions in Excel: the same syncs for 10 and 1,000 lines', () => {
  let restore = (): void => undefined;
  beforeEach(() => (restore = useOfficeRequirements('1.12')));
  afterEach(() => restore());

  test('the contracts invoice 10 and 1,000 lines', async () => {
    for (const lines of [10, 1000]) {
      const pane = await paneWith(lines);
      await expect(pane.bridge.generateInvoice('2026-10', 'en')).resolves.toMatchObject({ lines });
    }
  });

  test.each(ACTIONS)('$name', async ({ run, before }) => {
    const measure = async (lines: number) => {
      const pane = await paneWith(lines);
      await before?.(pane);
      return syncsOf(pane, run);
    };
    const [few, many] = [await measure(10), await measure(1000)];
    expect(few.syncs.length).toBeGreaterThan(0);
    expect(many.syncs).toEqual(few.syncs);
  });
});
