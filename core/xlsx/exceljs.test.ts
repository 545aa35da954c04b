/** exceljs loads with the first workbook read or written, not with the modules that can do so. */
const loadedExceljs = (): string[] =>
  Object.keys(require.cache).filter((file) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(file));

test('the command line and the workbook modules load without exceljs, which a workbook built loads', async () => {
  /* eslint-disable @typescript-eslint/no-require-imports -- the order of loading is what is tested */
  require('../cli/main');
  const { buildWorkbook } = require('./writeWorkbook') as typeof import('./writeWorkbook');
  const { readWorkbookValues } = require('./readWorkbook') as typeof import('./readWorkbook');
  /* eslint-enable @typescript-eslint/no-require-imports */
  expect(loadedExceljs()).toEqual([]);

  const workbook = buildWorkbook([{ name: 'Sheet', blocks: [{ row: 0, col: 0, values: [['a', 1]] }] }]);
  expect(loadedExceljs().length).toBeGreaterThan(0);
  const sheets = await readWorkbookValues(Buffer.from(await workbook.xlsx.writeBuffer()));
  expect(sheets.map((sheet) => [sheet.name, sheet.values])).toEqual([['Sheet', [['a', 1]]]]);
});
