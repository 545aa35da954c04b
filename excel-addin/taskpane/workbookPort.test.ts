import type { SheetPlan } from '../../core/layout/sheetPlan';
import { createMockWorkbook } from '../testing/mockWorkbook';
import type { ExcelHost } from './excelBridge';
import { excelWorkbook } from './workbookPort';

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
    await expect(port.paintSheets([plan('Contract', 'new'), plan('Actuals', 'x')])).resolves.toEqual([
      'Contract (2)',
      'Actuals',
    ]);
    expect(workbook.sheet('Contract').cells.get('A1')?.value).toBe('old');
    expect(workbook.sheet('Contract (2)').cells.get('A1')?.value).toBe('new');
    expect(workbook.activeSheet()).toBe('Contract (2)');
  });
});
