/**
 * Issue 8: an .xlsx cell is read as the text its XML stores, or refused naming its sheet and cell. exceljs
 * reads a number cell with parseFloat (`0x10` billed FCR as 0), a date cell's ISO text as its year, `NaN`
 * as a number too large to read, and failed on a shared text the workbook lacks with a bare TypeError.
 * The demo workbook is edited in its Actuals sheet's XML (sheet2.xml: E is October 2026, E3 its FCR).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readWorkbookValues } from '../../core/xlsx/readWorkbook';
import { UnreadableCell } from '../../core/xlsx/readCells';
import { runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-cell-text-'));
const demo = join(dir, 'demo.xlsx');

beforeAll(async () => {
  expect((await runCli(['demo', '-o', demo])).code).toBe(0);
});

/** The demo with the Actuals sheet's cell `address` replaced by `cell` (its whole `<c>` element). */
async function demoWith(name: string, address: string, cell: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(demo));
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  const edited = xml.replace(new RegExp(`<c r="${address}"[^>]*?(?:/>|>.*?</c>)`), cell);
  expect(edited).not.toBe(xml);
  zip.file(part, edited);
  const file = join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const october = (actuals: string) =>
  runCli(['invoice', '--contract', demo, '--actuals', actuals, '--period', '2026-10', '--json']);

function refused(run: { code: number; out: string; err: string }): string {
  expect(run.code).toBe(1);
  expect(run.out).toBe('');
  expect(run.err.trimEnd().split('\n')).toHaveLength(1);
  return run.err.trimEnd();
}

it('the demo as written is invoiced, so that each refusal below is the edited cell', async () => {
  expect(JSON.parse((await october(demo)).out).total).toBe('136788.00');
});

it('a number cell whose text is no decimal number is refused naming the cell, not read as 0 or 12', async () => {
  const hex = await demoWith('hex.xlsx', 'E3', '<c r="E3" s="7"><v>0x10</v></c>');
  expect(refused(await october(hex))).toBe(
    `cannot read ${hex} as an .xlsx workbook: Actuals!E3: a number cell holding "0x10", which is not a decimal number (the file was not saved by a spreadsheet program): type the value again in Excel or LibreOffice and save`,
  );
  const comma = await demoWith('comma.xlsx', 'E3', '<c r="E3" s="7"><v>0,774</v></c>');
  expect(refused(await october(comma))).toContain(
    'Actuals!E3: a number cell holding "0,774", which is not a decimal number',
  );
  // A formula's saved result is read the same way.
  const formula = await demoWith('formula.xlsx', 'E2', '<c r="E2" s="10"><f>D2+3300</f><v>42500abc</v></c>');
  expect(refused(await october(formula))).toContain('Actuals!E2: a number cell holding "42500abc"');
  // What spreadsheets write still reads: an exponent, a sign, a leading point.
  const exponent = await demoWith('exponent.xlsx', 'E3', '<c r="E3" s="7"><v>7.74E-1</v></c>');
  expect(JSON.parse((await october(exponent)).out).total).toBe('136788.00');
});

it('NaN and INF are said not to be numbers, not too large to read', async () => {
  const nan = await demoWith('nan.xlsx', 'E3', '<c r="E3" s="7"><v>NaN</v></c>');
  expect(refused(await october(nan))).toContain(
    'Actuals!E3: a number cell holding "NaN", which is not a number (the file was not saved by a spreadsheet program)',
  );
  const inf = await demoWith('inf.xlsx', 'E3', '<c r="E3" s="7"><v>-INF</v></c>');
  expect(refused(await october(inf))).toContain(
    'Actuals!E3: a number cell holding "-INF", which is not a number',
  );
});

it('a date cell is read as its day: a month header reads as its month, a value is refused naming the cell', async () => {
  const header = await demoWith('date-header.xlsx', 'E1', '<c r="E1" s="14" t="d"><v>2026-10-01</v></c>');
  const [, actuals] = await readWorkbookValues(readFileSync(header));
  // Day 46296 is 2026-10-01 in the 1900 system, shown as a date.
  expect([actuals.values[0][4], actuals.numberFormats[0][4]]).toEqual([46296, 'yyyy-mm-dd']);
  expect(JSON.parse((await october(header)).out).total).toBe('136788.00');
  const value = await demoWith(
    'date-value.xlsx',
    'E3',
    '<c r="E3" s="7" t="d"><v>2026-10-01T00:00:00</v></c>',
  );
  expect(refused(await october(value))).toBe(
    'date-value.xlsx: Actuals!E3 (2026-10): expected a number, got the date 2026-10-01 (the cell is formatted as a date: format it as a number and type the value again)',
  );
  const notADay = await demoWith('date-bad.xlsx', 'E1', '<c r="E1" s="14" t="d"><v>2026-02-30</v></c>');
  expect(refused(await october(notADay))).toContain(
    'Actuals!E1: a date cell holding "2026-02-30", which is not a date (yyyy-mm-dd)',
  );
});

it('a shared text the workbook does not hold is a damaged workbook naming the cell, not a TypeError', async () => {
  const damaged = await demoWith('shared.xlsx', 'B3', '<c r="B3" s="6" t="s"><v>99999</v></c>');
  const err = refused(await october(damaged));
  expect(err).toMatch(
    /^cannot read .*shared\.xlsx as an \.xlsx workbook: Actuals!B3: the workbook is damaged: the cell takes its text from shared text "99999", and the workbook holds \d{3} \(0 to \d{3}\): open it in Excel or LibreOffice, check this cell and save$/,
  );
  expect(err).not.toContain('richText');
});

it('says each in French', async () => {
  const nan = await demoWith('nan-fr.xlsx', 'E3', '<c r="E3" s="7"><v>NaN</v></c>');
  const error = await readWorkbookValues(readFileSync(nan)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableCell);
  expect((error as UnreadableCell).in('fr')).toBe(
    'Actuals!E3\u00a0: une cellule nombre contenant «\u00a0NaN\u00a0», qui n’est pas un nombre (le fichier n’a pas été enregistré par un tableur)\u00a0: retapez la valeur dans Excel ou LibreOffice et enregistrez',
  );
  const damaged = await demoWith('shared-fr.xlsx', 'B3', '<c r="B3" s="6" t="s"><v>x</v></c>');
  const broken = await readWorkbookValues(readFileSync(damaged)).catch((e: unknown) => e);
  expect((broken as UnreadableCell).in('fr')).toMatch(
    /^Actuals!B3\u00a0: le classeur est endommagé\u00a0: la cellule prend son texte du texte partagé «\u00a0x\u00a0», et le classeur en contient \d{3} \(de 0 à \d{3}\)\u00a0: ouvrez-le/,
  );
});
