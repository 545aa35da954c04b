import type { SheetInfo, WorkbookPort, WorkbookSheets } from './workbookPort';
import { workbookLists } from './workbookLists';

const tagged = (name: string, role: 'contract' | 'actuals', contract: string): SheetInfo => ({
  name,
  tag: { role, contract },
});

test('one read of the sheets gives every list: the contracts, and the sheets that belong to none', () => {
  const workbook: WorkbookSheets = {
    sheets: [
      { name: 'Sheet1', tag: null },
      tagged('Contract', 'contract', 'a'),
      tagged('Actuals', 'actuals', 'a'),
      { name: 'Invoice 2026-10', tag: null },
      tagged('Contract (2)', 'contract', 'b'),
      tagged('Actuals (2)', 'actuals', 'b'),
    ],
    active: 'Sheet1',
  };
  let reads = 0;
  const port = {
    sheets: () => {
      reads += 1;
      return workbook;
    },
  } as unknown as WorkbookPort;
  expect(workbookLists(port)).toEqual({
    sheets: ['Sheet1', 'Invoice 2026-10'],
    contracts: ['Contract', 'Contract (2)'],
  });
  expect(reads).toBe(1);
});
