/**
 * `verify` on an invoice .xlsx whose amounts are untouched but whose number formats print other figures:
 * a cell holding 5000 formatted as `"5,500.00"` shows 5,500.00, one formatted `#,##0.00,` shows the total in
 * thousands. The document a finance team reads is what the cells show, so a format edited is an edit. A
 * workbook saved again by LibreOffice re-spells the formats' literal text (`#,##0.00" EUR"`) and still
 * verifies untouched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sameNumberFormat, showsTheFigure } from '../../core/control/numberFormatShown';
import { runCli, templateFiles } from '../cli/runCli';
import { convertWithLibreOffice } from '../support/libreoffice';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-verify-formats-'));
const file = (name: string) => join(dir, name);
const inputs = () => ['--contract', file('contract.json'), '--actuals', file('actuals.csv')];
const SHEET = "'Invoice 2026-10'";

beforeAll(async () => {
  const { contract, actuals } = await templateFiles();
  writeFileSync(file('contract.json'), contract);
  writeFileSync(file('actuals.csv'), actuals);
  const run = await runCli(['invoice', ...inputs(), '--period', '2026-10', '-o', file('issued.xlsx')]);
  expect(run.code).toBe(0);
});

/** One cell's format, as Excel sets it: exceljs shares a style among the cells it read it for. */
function reformat(cell: ExcelJS.Cell, format: string): void {
  cell.style = { ...cell.style, numFmt: format };
}

async function withFormat(cell: string, format: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file('issued.xlsx'));
  reformat(workbook.worksheets[0].getCell(cell), format);
  const name = `format-${cell}.xlsx`;
  await workbook.xlsx.writeFile(file(name));
  return name;
}

/** The lines naming a cell (the summary and the fingerprint lines aside). */
const differences = (out: string) => out.split('\n').filter((l) => l.startsWith("'"));

describe('verify on an invoice whose number format was edited', () => {
  it('names an amount formatted to show another figure', async () => {
    const run = await runCli([
      'verify',
      '--invoice',
      file(await withFormat('F13', '"5,500.00"')),
      ...inputs(),
    ]);
    expect(run.code).toBe(1);
    expect(differences(run.out)).toEqual([
      `${SHEET}!F13 (CSAT, Amount): number format "5,500.00" in the file, #,##0.00 "EUR" recomputed: the cell holds 5000 as recomputed but shows it otherwise`,
    ]);
  });

  it('names a total formatted in thousands', async () => {
    const run = await runCli([
      'verify',
      '--invoice',
      file(await withFormat('F17', '#,##0.00,')),
      ...inputs(),
    ]);
    expect(differences(run.out)).toEqual([
      `${SHEET}!F17 (Total including VAT, Amount): number format #,##0.00, in the file, #,##0.00 "EUR" recomputed: the cell holds 136788 as recomputed but shows it otherwise`,
    ]);
  });

  it('says it in French for a French invoice', async () => {
    const template = ['template', 'bpo-customer-service', '--lang', 'fr'];
    writeFileSync(file('fr.json'), `${(await runCli(template)).out}\n`);
    writeFileSync(file('fr.csv'), `${(await runCli([...template, '--actuals'])).out}\n`);
    const fr = ['--contract', file('fr.json'), '--actuals', file('fr.csv')];
    expect((await runCli(['invoice', ...fr, '--period', '2026-10', '-o', file('fr.xlsx')])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('fr.xlsx'));
    const sheet = workbook.worksheets[0];
    reformat(sheet.getCell('F13'), '"5 500,00"');
    await workbook.xlsx.writeFile(file('fr-edited.xlsx'));
    const run = await runCli(['verify', '--invoice', file('fr-edited.xlsx'), ...fr]);
    expect(run.code).toBe(1);
    expect(differences(run.out).map((l) => l.replace(/\u00a0/g, ' '))).toEqual([
      `'${sheet.name}'!F13 (CSAT, Montant) : format de nombre "5 500,00" dans le fichier, #,##0.00 "EUR" recalculé : la cellule contient 5000 comme recalculé, mais l’affiche autrement`,
    ]);
  });
});

describe('verify on a correction note whose number format was edited', () => {
  it('names the amount formatted to show another figure', async () => {
    const actuals = readFileSync(file('actuals.csv'), 'utf8');
    writeFileSync(file('restated.csv'), actuals.replace('2026-10,kpi,FCR,0.774', '2026-10,kpi,FCR,0.8'));
    const restated = ['--contract', file('contract.json'), '--actuals', file('restated.csv')];
    const corrects = ['--period', '2026-10', '--corrects', file('issued.xlsx'), '-o', file('note.xlsx')];
    expect((await runCli(['invoice', ...restated, ...corrects])).code).toBe(0);
    expect((await runCli(['verify', '--invoice', file('note.xlsx'), ...restated])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file('note.xlsx'));
    const sheet = workbook.worksheets[0];
    // FCR's line, as recomputed: 1,600.00 shown as 1,060.00.
    expect(sheet.getCell('C13').value).toBe(1600);
    reformat(sheet.getCell('C13'), '"1,060.00"');
    await workbook.xlsx.writeFile(file('note-edited.xlsx'));
    const run = await runCli(['verify', '--invoice', file('note-edited.xlsx'), ...restated]);
    expect(run.code).toBe(1);
    expect(differences(run.out)).toEqual([
      `'${sheet.name}'!C13: number format "1,060.00" in the file, #,##0.00 "EUR" recomputed: the cell holds 1600 as recomputed but shows it otherwise`,
    ]);
  });
});

describe('number formats compared by what they show', () => {
  it('read a literal quoted, escaped or bare as the same text', () => {
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0.00" EUR"')).toBe(true);
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0.00\\ "EUR"')).toBe(true);
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0.00\\ \\E\\U\\R')).toBe(true);
    expect(sameNumberFormat(null, 'General')).toBe(true);
    expect(sameNumberFormat('0.0%', '0.0%')).toBe(true);
  });

  it('tell apart formats that print other digits or other text', () => {
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0 "EUR"')).toBe(false);
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0.00 "USD"')).toBe(false);
    expect(sameNumberFormat('#,##0.00 "EUR"', '#,##0.00, "EUR"')).toBe(false);
    expect(sameNumberFormat('#,##0.00 "EUR"', '"5,500.00"')).toBe(false);
    expect(sameNumberFormat('#,##0.00 "EUR"', ';;;')).toBe(false);
    expect(sameNumberFormat(null, '0%')).toBe(false);
  });

  it('take General for the figure itself (a sheet pasted as values), never the reverse', () => {
    expect(showsTheFigure('#,##0.00 "EUR"', null)).toBe(true);
    expect(showsTheFigure(null, '"5,500.00"')).toBe(false);
  });
});

describe('an invoice saved again by LibreOffice', () => {
  it('is untouched, its formats re-spelt', async () => {
    const outdir = join(dir, 'libreoffice');
    convertWithLibreOffice([file('issued.xlsx')], 'xlsx', outdir);
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(join(outdir, 'issued.xlsx'));
    // The premise: LibreOffice wrote the amounts' format otherwise than the add-in did.
    expect(saved.worksheets[0].getCell('F13').numFmt).not.toBe('#,##0.00 "EUR"');
    const run = await runCli(['verify', '--invoice', join(outdir, 'issued.xlsx'), ...inputs()]);
    expect(run.out.split('\n')[0]).toBe('Invoice 2026-10: untouched; every line and amount is as recomputed');
    expect(run.code).toBe(0);
  }, 150_000);
});
