/**
 * A correction note proves its own arithmetic in the sheet: each Difference is a formula, As recomputed
 * minus As issued on its row, the subtotal's a SUM of the lines' and the total's a SUM of subtotal and VAT,
 * each saved with the core's figure as its result. A spreadsheet program that calculates them (LibreOffice,
 * below, from results made wrong on purpose) finds the core's figures, and the note it saves verifies
 * untouched; a Difference typed over is named by verify.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { convertWithLibreOffice } from '../support/libreoffice';
import { restatedBpoFiles } from '../support/restatedBpoFiles';

const { dir, contractFile, issuedActuals, restatedActuals } = restatedBpoFiles(
  'of-note-difference-formulas-',
  (csv) => csv.replace(/^(2026-10,volume,Interactions,)42500/m, '$141800'),
);
const noteFile = join(dir, 'note.xlsx');
const SHEET = 'Credit note 2026-10';

const verify = (file: string) =>
  runCli(['verify', '--invoice', file, '--contract', contractFile, '--actuals', restatedActuals]);

beforeAll(async () => {
  const invoice = (actuals: string, ...args: string[]) =>
    runCli(['invoice', '--contract', contractFile, '--actuals', actuals, '--period', '2026-10', ...args]);
  expect(await invoice(issuedActuals, '-o', join(dir, 'invoice.xlsx'))).toMatchObject({ code: 0 });
  const corrects = ['--corrects', join(dir, 'invoice.xlsx'), '-o', noteFile];
  expect(await invoice(restatedActuals, ...corrects)).toMatchObject({ code: 0, err: '' });
});

async function noteSheet(file = noteFile): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book.getWorksheet(SHEET)!;
}

/** The rows (1-based) of the lines, the subtotal, VAT and total of the note on `sheet`. */
function rows(sheet: ExcelJS.Worksheet) {
  const label = (r: number) => String(sheet.getCell(r, 1).value ?? '');
  const lines: number[] = [];
  for (let r = 11; label(r) !== ''; r++) lines.push(r);
  const subtotal = lines.at(-1)! + 2;
  expect([label(subtotal), label(subtotal + 1), label(subtotal + 2)]).toEqual([
    'Subtotal excluding VAT',
    'VAT',
    'Total including VAT',
  ]);
  return { lines, subtotal, vat: subtotal + 1, total: subtotal + 2 };
}

/** What a cell holds: its number, or its formula's saved result. */
const figure = (sheet: ExcelJS.Worksheet, address: string): number => {
  const cell = sheet.getCell(address);
  return (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value) as number;
};

describe('the Difference column of a correction note sheet', () => {
  it('is formulas, each saved with the figure it gives', async () => {
    const sheet = await noteSheet();
    const { lines, subtotal, vat, total } = rows(sheet);
    for (const r of [...lines, vat]) {
      expect(sheet.getCell(`D${r}`).formula).toBe(`C${r}-B${r}`);
      expect(figure(sheet, `D${r}`)).toBe(figure(sheet, `C${r}`) - figure(sheet, `B${r}`));
    }
    expect(sheet.getCell(`D${subtotal}`).formula).toBe(`SUM(D${lines[0]}:D${lines.at(-1)})`);
    expect(sheet.getCell(`D${total}`).formula).toBe(`SUM(D${subtotal}:D${vat})`);
    // Interactions 42,500 restated to 41,800 at €1.90: −€1,330.00 and its VAT.
    expect([subtotal, vat, total].map((r) => figure(sheet, `D${r}`))).toEqual([-1330, -266, -1596]);
  });

  it('names a Difference typed over, though the sums are left as they were', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(noteFile);
    const sheet = book.getWorksheet(SHEET)!;
    const { lines } = rows(sheet);
    const still = lines.find((r) => figure(sheet, `D${r}`) === 0)!;
    sheet.getCell(`D${still}`).value = -500;
    const file = join(dir, 'typed-over.xlsx');
    await book.xlsx.writeFile(file);
    const run = await verify(file);
    expect(run).toMatchObject({ code: 1, err: '' });
    expect(run.out.split('\n')).toEqual([
      `${SHEET}: 1 difference`,
      `'${SHEET}'!D${still}: -500 on the note's sheet, 0 from its other cells: edited by hand since`,
    ]);
  });

  it('is calculated by LibreOffice as the core computes it, and the note it saves verifies untouched', async () => {
    // Every saved result taken out: what LibreOffice then shows is what it calculated.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(noteFile);
    const sheet = book.getWorksheet(SHEET)!;
    const { lines, subtotal, vat, total } = rows(sheet);
    const expected = [...lines, subtotal, vat, total].map((r) => figure(sheet, `D${r}`));
    for (const r of [...lines, subtotal, vat, total]) {
      const { formula } = sheet.getCell(`D${r}`);
      sheet.getCell(`D${r}`).value = { formula } as ExcelJS.CellFormulaValue;
    }
    const stale = join(dir, 'stale.xlsx');
    await book.xlsx.writeFile(stale);
    expect((await verify(stale)).code).toBe(1);

    const [saved] = convertWithLibreOffice([stale], 'xlsx', join(dir, 'libreoffice'));
    const calculated = await noteSheet(saved);
    expect([...lines, subtotal, vat, total].map((r) => figure(calculated, `D${r}`))).toEqual(expected);
    expect(calculated.getCell(`D${lines[0]}`).formula).toBe(`C${lines[0]}-B${lines[0]}`);
    const run = await verify(saved!);
    expect(run.out.split('\n')[0]).toBe(`${SHEET}: untouched; every line and amount is as recomputed`);
    expect(run).toMatchObject({ code: 0, err: '' });
  }, 150_000);
});
