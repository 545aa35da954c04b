import type { SheetPlan } from '../../core/layout/sheetPlan';
import { createMockWorkbook } from '../testing/mockWorkbook';
import type { ExcelHost } from './host';
import { SelectionError, excelWorkbook } from './workbookPort';

function portOver(sheets: Record<string, (string | number | null)[][]>) {
  const workbook = createMockWorkbook({ sheets });
  const host: ExcelHost = { displayLanguage: () => undefined, run: (batch) => batch(workbook.context) };
  return { port: excelWorkbook(host), workbook };
}

const plan = (name: string, text: string): SheetPlan => ({
  name,
  blocks: [{ row: 0, col: 0, values: [[text]] }],
});

describe('excelWorkbook', () => {
  it('lists the sheets in tab order', async () => {
    const { port } = portOver({ Contract: [['a']], Actuals: [['b']] });
    await expect(port.sheetNames()).resolves.toEqual(['Contract', 'Actuals']);
  });

  it('reads a sheet from A1, and null for a sheet that does not exist', async () => {
    const { port } = portOver({
      Contract: [
        ['Name', 'Target'],
        ['FCR', 0.75],
      ],
    });
    await expect(port.readSheet('Contract')).resolves.toEqual([
      ['Name', 'Target'],
      ['FCR', 0.75],
    ]);
    await expect(port.readSheet('Nope')).resolves.toBeNull();
  });

  it('paints plans on new sheets with unique names, the first one active', async () => {
    const { port, workbook } = portOver({ Contract: [['old']] });
    await expect(port.paint([plan('Contract', 'new'), plan('Actuals', 'x')])).resolves.toEqual([
      'Contract (2)',
      'Actuals',
    ]);
    expect(workbook.sheet('Contract').cells.get('A1')?.value).toBe('old');
    expect(workbook.sheet('Contract (2)').cells.get('A1')?.value).toBe('new');
    expect(workbook.activeSheet()).toBe('Contract (2)');
  });

  it('activates the sheet and selects the cell in one sync', async () => {
    const { port, workbook } = portOver({ Contract: [['a']], Actuals: [['b']] });
    await port.select('Contract', 'H7');
    expect(workbook.activeSheet()).toBe('Contract');
    expect(workbook.selection()).toEqual({ sheet: 'Contract', address: 'H7' });
    expect(workbook.syncs()).toBe(1);
  });

  it('says why a cell cannot be selected: the sheet is gone, or Excel refused the address', async () => {
    const { port, workbook } = portOver({ Contract: [['a']] });
    const failure = (sheet: string, address: string) =>
      Promise.resolve(port.select(sheet, address)).then(
        () => undefined,
        (error: unknown) => error,
      );
    const missing = await failure('Old contract', 'B2');
    expect(missing).toBeInstanceOf(SelectionError);
    expect(missing).toMatchObject({ sheet: 'Old contract', address: 'B2', reason: 'sheetMissing' });
    const bad = await failure('Contract', 'not a cell');
    expect(bad).toMatchObject({ reason: 'other', detail: 'Bad address not a cell' });
    expect(workbook.selection()).toBeNull();
  });
});
