/**
 * A workbook whose sheets were renamed `contract` and `actuals`, or `Contract ` with a trailing space, is
 * read by `check` and `invoice` as Excel sees it: the same sheets, named as the workbook spells them.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-sheet-names-'));
const demo = join(dir, 'demo.xlsx');

/** `demo.xlsx` with its Contract and Actuals sheets renamed. */
async function renamed(file: string, contract: string, actuals: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  // exceljs, like Excel, refuses a name that differs from the sheet's own only by case: rename twice.
  for (const [from, to] of [
    ['Contract', contract],
    ['Actuals', actuals],
  ]) {
    const sheet = book.getWorksheet(from)!;
    sheet.name = `${from}-renamed`;
    sheet.name = to;
  }
  const path = join(dir, file);
  await book.xlsx.writeFile(path);
  return path;
}

beforeAll(async () => {
  expect((await runCli(['demo', '-o', demo])).code).toBe(0);
});

test.each([
  ['lower.xlsx', 'contract', 'actuals'],
  ['spaces.xlsx', 'Contract ', ' Actuals'],
])('%s (sheets %j and %j) checks clean and invoices', async (file, contract, actuals) => {
  const path = await renamed(file, contract, actuals);
  expect(await runCli(['check', '--contract', path, '--actuals', path])).toEqual({
    code: 0,
    out: `No problems in ${file} (sheet ${contract}) and ${file} (sheet ${actuals}); invoice periods 2026-09 to 2026-12`,
    err: '',
  });
  const run = await runCli(['invoice', '--contract', path, '--actuals', path, '--period', '2026-10']);
  expect(run.code).toBe(0);
  expect(JSON.parse(run.out).total).toBe('136788.00');
});
