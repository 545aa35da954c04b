/**
 * The out-of-range hint through the command line, per source and language: a contract JSON says numbers
 * with a decimal point in French too; an .xlsx workbook's number cells as the sheet shows them in the
 * contract's language, its text cells with the separator typed there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FRENCH_SPACE as S } from '../../core/i18n/frenchTypography';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-hints-'));
const file = (name: string) => join(dir, name);

const outside = (lang: 'en' | 'fr', value: string, hint: string) =>
  lang === 'en'
    ? `${value} is outside the valid range of a percent KPI (0 to 1): did you mean ${hint}?`
    : `${value} est en dehors de la plage valide d’un indicateur de type pourcentage (de 0 à 1)${S}: vouliez-vous dire ${hint}${S}?`;

/** The demo workbook in `lang` with FCR's October value and target set as given. */
async function workbook(
  lang: 'en' | 'fr',
  name: string,
  october: ExcelJS.CellValue,
  target?: ExcelJS.CellValue,
) {
  const path = file(name);
  expect((await runCli(['demo', '--lang', lang, '-o', path])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const [contract, actuals] = book.worksheets;
  if (target !== undefined) contract.getCell('H34').value = target;
  let month = 0;
  actuals.getRow(1).eachCell((cell, col) => {
    if (cell.value === '2026-10') month = col;
  });
  actuals.eachRow((row) => {
    if (row.getCell(2).value === 'FCR') row.getCell(month).value = october;
  });
  await book.xlsx.writeFile(path);
  return path;
}

const check = (contract: string, actuals = contract) =>
  runCli(['check', '--contract', contract, '--actuals', actuals]);

describe.each(['en', 'fr'] as const)('%s', (lang) => {
  test('an .xlsx number cell: the hint as the sheet shows numbers in the language', async () => {
    const shown = (value: string) => (lang === 'en' ? value : value.replace('.', ','));
    const target = await check(await workbook(lang, `target-${lang}.xlsx`, 0.774, 75.5));
    expect(target.out).toContain(outside(lang, shown('75.5'), shown('0.755')));
    const october = await check(await workbook(lang, `october-${lang}.xlsx`, 77));
    expect(october.out).toContain(outside(lang, '77', shown('0.77')));
    expect(october.code).toBe(1);
  });

  test('an .xlsx text cell: the hint with the separator typed in it', async () => {
    const target = await check(await workbook(lang, `text-target-${lang}.xlsx`, 0.774, '75,5'));
    expect(target.out).toContain(outside(lang, '75,5', '0,755'));
    const october = await check(await workbook(lang, `text-october-${lang}.xlsx`, '77.4'));
    expect(october.out).toContain(outside(lang, '77.4', '0.774'));
  });

  test('a contract JSON: a decimal point whatever the language', async () => {
    const template = await runCli(['template', 'bpo-customer-service', '--lang', lang]);
    const json = JSON.parse(template.out);
    json.kpis[0].target = '77.4';
    writeFileSync(file(`c-${lang}.json`), JSON.stringify(json));
    const actuals = await runCli(['template', 'bpo-customer-service', '--lang', lang, '--actuals']);
    writeFileSync(file(`a-${lang}.csv`), `${actuals.out}\n`);
    const run = await check(file(`c-${lang}.json`), file(`a-${lang}.csv`));
    expect(run.out.split('\n')[0]).toBe(
      `c-${lang}.json${lang === 'fr' ? S : ''}: kpis[0].target${lang === 'fr' ? S : ''}: ${outside(lang, '77.4', '0.774')}`,
    );
  });
});
