/**
 * Diagnostics' hostLimits in Excel ("Excel specifications and limits"): a sheet name of 31 characters and
 * not 32, the grid's last row (1,048,576) and last column (16,384, XFD) and not one past them, tried on a
 * sheet the pane painted (the empty one), whose name is given back after. The painter refuses a plan past
 * the grid before writing (excel-addin/checkPlan.ts) and names sheets within 31 characters
 * (core/layout/uniqueSheetName.ts). One sync per try: a refused one fails its own batch only.
 */
import type { LimitProbe } from '../../core/app/workbookPort';

const MAX_SHEET_NAME = 31;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

export async function probeExcelLimits(context: Excel.RequestContext, id: string): Promise<LimitProbe[]> {
  const sheet = context.workbook.worksheets.getItem(id).load('name');
  await context.sync();
  const own = sheet.name;
  const takes = async (queue: () => void): Promise<boolean> => {
    queue();
    try {
      await context.sync();
      return true;
    } catch {
      return false;
    }
  };
  const named = (length: number) => (own + '.'.repeat(length)).slice(0, length);
  const cell = (address: string) => () => void sheet.getRange(address).load('address');
  const longest = await takes(() => (sheet.name = named(MAX_SHEET_NAME)));
  const longer = await takes(() => (sheet.name = named(MAX_SHEET_NAME + 1)));
  sheet.name = own;
  await context.sync();
  return [
    { limit: 'sheetName', max: MAX_SHEET_NAME, atMax: longest, pastMax: longer },
    {
      limit: 'rows',
      max: MAX_ROWS,
      atMax: await takes(cell(`A${MAX_ROWS}`)),
      pastMax: await takes(cell(`A${MAX_ROWS + 1}`)),
    },
    {
      limit: 'columns',
      max: MAX_COLUMNS,
      atMax: await takes(cell('XFD1')),
      pastMax: await takes(cell('XFE1')),
    },
  ];
}
