import { ISSUED_TOP } from '../../core/app/controlCorrectSheets';
import { SHEET_TAG_KEY } from '../../core/app/sheetTag';
import { workbookLists } from '../../core/app/workbookLists';
import type { SheetPlan } from '../../core/layout/sheetPlan';
import {
  createMockWorkbook,
  fakeExcel,
  useOfficeRequirements,
  type FakeExcelOptions,
} from '../../test/fakes/excel';
import { PaintError } from '../painter';
import type { ExcelHost } from './host';
import { SelectionError, excelWorkbook } from './workbookPort';

function portOver(sheets: FakeExcelOptions['sheets']) {
  const excel = fakeExcel({ sheets });
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => excel.run(batch) };
  return { port: excelWorkbook(host), excel };
}

const plan = (name: string, text: string): SheetPlan => ({
  name,
  blocks: [{ row: 0, col: 0, values: [[text]] }],
});

let restoreOffice: () => void = () => undefined;
afterEach(() => restoreOffice());

describe('excelWorkbook', () => {
  it('lists the sheets in tab order with the active one', async () => {
    const { port } = portOver({ Contract: [['a']], Actuals: [['b']] });
    await expect(port.sheets()).resolves.toEqual({
      sheets: [
        { name: 'Contract', tag: null },
        { name: 'Actuals', tag: null },
      ],
      active: 'Contract',
    });
  });

  it('reads sheets from A1 in one run, and null for a sheet that does not exist', async () => {
    const { port, excel } = portOver({
      Contract: [
        ['Name', 'Target'],
        ['FCR', 0.75],
      ],
    });
    await expect(port.readSheets(['Contract', 'Nope'])).resolves.toEqual([
      [
        ['Name', 'Target'],
        ['FCR', 0.75],
      ],
      null,
    ]);
    expect(excel.runs).toHaveLength(1);
  });

  it('reads any number of sheets in the same two syncs, with their formats and hidden rows too', async () => {
    const sheets = Object.fromEntries(
      ['Invoice', 'Note 1', 'Note 2', 'Note 3', 'Note 4'].map((name, i) => [name, [[name, i]]]),
    );
    const { port, excel } = portOver(sheets);
    await expect(
      port.readSheets(['Invoice', 'Nope', 'Note 1', 'Note 2', 'Note 3', 'Note 4']),
    ).resolves.toEqual([
      [['Invoice', 0]],
      null,
      [['Note 1', 1]],
      [['Note 2', 2]],
      [['Note 3', 3]],
      [['Note 4', 4]],
    ]);
    excel.book.hideRows('Note 2', [1]);
    const formatted = await port.readFormattedSheets!(['Note 1', 'Note 2', 'Nope']);
    expect(formatted).toEqual([
      { values: [['Note 1', 1]], numberFormats: [['General', 'General']], hiddenRows: [] },
      { values: [['Note 2', 2]], numberFormats: [['General', 'General']], hiddenRows: [0] },
      null,
    ]);
    expect(excel.runs.map((run) => run.syncs)).toEqual([2, 2]);
  });

  it('reads the cells from A1 of any number of sheets in one run of two syncs, and null for a sheet that does not exist', async () => {
    const { port, excel } = portOver({
      Invoice: [
        ['Invoice a-2026-10', 'x', 'not read'],
        ['Number', 'a-2026-10'],
        ['Date', 46326],
      ],
      Data: [['Month', 'Value']],
    });
    await expect(port.readTopLeft!(['Invoice', 'Nope', 'Data'], 2, 2)).resolves.toEqual([
      [
        ['Invoice a-2026-10', 'x'],
        ['Number', 'a-2026-10'],
      ],
      null,
      [
        ['Month', 'Value'],
        ['', ''],
      ],
    ]);
    expect(excel.runs.map((run) => run.syncs)).toEqual([2]);
  });

  it('paints plans on new sheets with unique names, the first one active', async () => {
    const { port, excel } = portOver({ Contract: [['old']] });
    await expect(
      port.paint([{ plan: plan('Contract', 'new') }, { plan: plan('Actuals', 'x') }]),
    ).resolves.toEqual(['Contract (2)', 'Actuals']);
    expect(excel.book.grid('Contract')).toEqual([['old']]);
    expect(excel.book.grid('Contract (2)')).toEqual([['new']]);
    expect(excel.book.active).toBe('Contract (2)');
  });

  it('tags painted sheets in worksheet custom properties where Excel has them (ExcelApi 1.12)', async () => {
    restoreOffice = useOfficeRequirements('1.12');
    const { port, excel } = portOver({ Contract: [['a user’s own sheet']] });
    const tag = { role: 'contract', contract: 'k1' } as const;
    await port.paint([{ plan: plan('Contract', 'ours'), tag }, { plan: plan('Notes', 'untagged') }]);
    expect(excel.book.find('Contract (2)')!.customProperties.get(SHEET_TAG_KEY)).toBe(
      '{"role":"contract","contract":"k1"}',
    );
    expect(excel.book.find('Notes')!.customProperties.size).toBe(0);
    const before = excel.runs.length;
    const listed = await port.sheets();
    expect(listed.sheets).toEqual([
      { name: 'Contract', tag: null },
      { name: 'Contract (2)', tag },
      { name: 'Notes', tag: null },
    ]);
    // Two syncs for any number of sheets: names, then every tag.
    expect(excel.runs.slice(before).map((run) => run.syncs)).toEqual([2]);
  });

  it('lists every sheet of the pane, with the first cells of the untagged ones, in one run of two syncs', async () => {
    restoreOffice = useOfficeRequirements('1.12');
    const { port, excel } = portOver({
      Sheet1: [['my notes']],
      'Copied invoice': [
        ['Invoice a-2026-10'],
        [],
        [],
        [],
        [],
        [],
        ['Fingerprint (SHA-256)', '6f3c', 'not read'],
      ],
    });
    const contract = { role: 'contract', contract: 'k1' } as const;
    const invoice = { role: 'invoice', contract: 'k1' } as const;
    await port.paint([
      { plan: plan('Contract', 'ours'), tag: contract },
      { plan: plan('Actuals', 'x'), tag: { role: 'actuals', contract: 'k1' } },
      { plan: plan('Invoice 2026-10', 'ours'), tag: invoice },
    ]);
    const before = excel.runs.length;
    await expect(workbookLists(port)).resolves.toEqual({
      sheets: ['Sheet1', 'Copied invoice', 'Invoice 2026-10'],
      contracts: ['Contract'],
      invoices: ['Copied invoice', 'Invoice 2026-10'],
    });
    // Names, then every tag and the untagged sheets' A1:B7 together: no run of its own for those cells.
    expect(excel.runs.slice(before).map((run) => run.syncs)).toEqual([2]);
    const listed = await port.sheets(ISSUED_TOP);
    expect(listed.sheets.map((sheet) => sheet.top?.length ?? null)).toEqual([7, 7, null, null, null]);
    expect(listed.sheets[1]!.top![6]).toEqual(['Fingerprint (SHA-256)', '6f3c']);
  });

  it('tags the sheets it painted by id: one renamed before the tagging keeps its tag, a newcomer of its name gets none', async () => {
    restoreOffice = useOfficeRequirements('1.12');
    const excel = fakeExcel({ sheets: { Contract: [['a user’s own sheet']] } });
    // Between the sync that paints and the one that tags, a co-author renames the new sheet and adds one
    // of the name it had.
    const host: ExcelHost = {
      displayLanguage: () => undefined,
      run: (batch) =>
        excel.run((context) => {
          const sync = context.sync.bind(context);
          let syncs = 0;
          context.sync = (async () => {
            await sync();
            syncs += 1;
            if (syncs !== 2) return;
            (excel.book.find('Contract (2)') as { name: string }).name = 'Renamed';
            excel.book.addSheet('Contract (2)', 'co-author');
          }) as typeof context.sync;
          return batch(context);
        }),
    };
    const tag = { role: 'contract', contract: 'k1' } as const;
    await excelWorkbook(host).paint([{ plan: plan('Contract', 'ours'), tag }]);
    expect(excel.book.find('Renamed')!.customProperties.get(SHEET_TAG_KEY)).toBe(
      '{"role":"contract","contract":"k1"}',
    );
    expect(excel.book.find('Contract (2)')!.customProperties.size).toBe(0);
  });

  it('says which sheets are left when they can be neither tagged nor removed', async () => {
    restoreOffice = useOfficeRequirements('1.12');
    const book = createMockWorkbook({
      sheets: { Contract: [['a user’s own sheet']] },
      failWhen: (call) =>
        call.op === 'customProperties.add' || call.op === 'delete' ? 'The workbook is busy.' : undefined,
    });
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => batch(book.context) };
    const tag = { role: 'contract', contract: 'k' } as const;
    const failure = await Promise.resolve(
      excelWorkbook(host).paint([
        { plan: plan('Contract', 'ours'), tag },
        { plan: plan('Actuals', 'x'), tag },
      ]),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PaintError);
    expect(failure).toMatchObject({ sheetNames: ['Contract (2)', 'Actuals'], cleanup: 'left' });
    expect(book.sheetNames()).toEqual(['Contract', 'Contract (2)', 'Actuals']);
  });

  it('removes the sheets it painted, by id, when they cannot be tagged', async () => {
    restoreOffice = useOfficeRequirements('1.12');
    const book = createMockWorkbook({
      sheets: { Contract: [['a user’s own sheet']] },
      failWhen: (call) => (call.op === 'customProperties.add' ? 'The workbook is busy.' : undefined),
    });
    const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => batch(book.context) };
    const tag = { role: 'contract', contract: 'k' } as const;
    await expect(
      excelWorkbook(host).paint([
        { plan: plan('Contract', 'ours'), tag },
        { plan: plan('Actuals', 'x'), tag },
      ]),
    ).rejects.toThrow('Could not mark the sheet "Contract (2)": The workbook is busy.');
    expect(book.sheetNames()).toEqual(['Contract']);
    // Deleted by the ids loaded for them, never by name: the user's own "Contract" stays.
    const deleted = book.calls.filter((call) => call.op === 'delete').map((call) => call.target);
    expect(deleted).toHaveLength(2);
    expect(deleted.every((target) => /^\{[-0-9A-F]+\}$/i.test(target))).toBe(true);
    expect(deleted).not.toContain(book.sheet('Contract').id);
  });

  it('activates the sheet and selects the cell in one sync', async () => {
    const { port, excel } = portOver({ Contract: [['a']], Actuals: [['b']] });
    await port.select('Contract', 'H7');
    expect(excel.book.active).toBe('Contract');
    expect(excel.book.selection).toEqual({ sheet: 'Contract', address: 'H7' });
    expect(excel.runs.map((run) => run.syncs)).toEqual([1]);
  });

  it('says why a cell cannot be selected: the sheet is gone, or Excel refused the address', async () => {
    const { port, excel } = portOver({ Contract: [['a']] });
    const failure = (sheet: string, address: string) =>
      Promise.resolve(port.select(sheet, address)).then(
        () => undefined,
        (error: unknown) => error,
      );
    const missing = await failure('Old contract', 'B2');
    expect(missing).toBeInstanceOf(SelectionError);
    expect(missing).toMatchObject({ sheet: 'Old contract', address: 'B2', reason: 'sheetMissing' });
    const bad = await failure('Contract', 'not a cell');
    expect(bad).toMatchObject({ reason: 'other', detail: 'The argument is invalid.' });
    expect(excel.book.selection).toBeNull();
  });
});
