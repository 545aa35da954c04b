/**
 * `verify` on a workbook a finance team files: the invoice sheet and the correction note sheet that
 * corrects it. The note is verified too (its sums, and its values as recomputed giving its fingerprint),
 * never passed over in silence while the exit says the file is untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { copyCells } from '../support/copyCells';
import { csatRestated, restatedBpoFiles } from '../support/restatedBpoFiles';

const { dir, contractFile, issuedActuals, restatedActuals } = restatedBpoFiles(
  'of-verify-notes-',
  csatRestated,
);

const invoice = (actuals: string, ...args: string[]) =>
  runCli(['invoice', '--contract', contractFile, '--actuals', actuals, '--period', '2026-10', ...args]);
const verify = (file: string, actuals = issuedActuals) =>
  runCli(['verify', '--invoice', file, '--contract', contractFile, '--actuals', actuals]);

/**
 * The invoice's workbook with the note's sheet copied in (and more notes' sheets, under the names given),
 * as a user files them together; `edit` changes the first note.
 */
async function filedTogether(
  name: string,
  edit: (note: ExcelJS.Worksheet) => void = () => undefined,
  more: readonly [file: string, sheet: string][] = [],
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'invoice.xlsx'));
  for (const [file, sheet] of [['note.xlsx', 'Credit note 2026-10'], ...more]) {
    const notes = new ExcelJS.Workbook();
    await notes.xlsx.readFile(join(dir, file));
    const copy = book.addWorksheet(sheet);
    copyCells(notes.worksheets[0]!, copy);
  }
  edit(book.getWorksheet('Credit note 2026-10')!);
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

/** The note's JSON `invoice --corrects` printed, made before any note is filed beside the invoice. */
let noteJson = '';

beforeAll(async () => {
  expect(await invoice(issuedActuals, '-o', join(dir, 'invoice.xlsx'))).toMatchObject({ code: 0 });
  const note = await invoice(
    restatedActuals,
    '--corrects',
    join(dir, 'invoice.xlsx'),
    '-o',
    join(dir, 'note.xlsx'),
  );
  expect(note).toMatchObject({ code: 0, err: '' });
  noteJson = (await invoice(restatedActuals, '--corrects', join(dir, 'invoice.xlsx'))).out;
  expect(JSON.parse(noteJson)).toMatchObject({ kind: 'credit' });
});

describe('verify on a workbook holding an invoice and its correction note', () => {
  it('verifies the note sheet too: untouched, it says so', async () => {
    const run = await verify(await filedTogether('filed.xlsx'));
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out.split('\n')).toEqual([
      'Invoice 2026-10: untouched; every line and amount is as recomputed',
      expect.stringMatching(/^fingerprint [0-9a-f]{64} matches the contract and actuals$/),
      'Credit note 2026-10: untouched; every line and amount is as recomputed',
    ]);
    // Its values as recomputed are printed on it: the restated actuals prove it as well.
    expect((await verify(join(dir, 'filed.xlsx'), restatedActuals)).out).toContain(
      'Credit note 2026-10: untouched',
    );
  });

  it('names a note amount typed over, exit 1', async () => {
    const file = await filedTogether('edited.xlsx', (note) =>
      note.eachRow((row) => {
        if (row.getCell(1).value === 'CSAT') row.getCell(3).value = 5000;
      }),
    );
    const run = await verify(file);
    expect(run.code).toBe(1);
    // Edited by a script, not Excel: the subtotal's SUM keeps the result it had, which is named as well.
    expect(run.out).toContain('Credit note 2026-10: 2 differences');
    expect(run.out).toMatch(/'Credit note 2026-10'!D\d+: -5000 on the note's sheet, 0 from its other cells/);
  });
});

describe('verify on a workbook holding an invoice and its correction note: the As issued column', () => {
  it('is the invoice sheet’s: an issued amount typed over with its difference, still adding up, is named', async () => {
    const file = await filedTogether('as-issued.xlsx', (note) => {
      // The CSAT line of the table, not the CSAT value printed below the totals.
      note.getCell('B15').value = 5500;
      note.getCell('D15').value = -5500;
    });
    const run = await verify(file);
    expect(run.code).toBe(1);
    expect(run.out.split('\n').slice(-2)).toEqual([
      'Credit note 2026-10: 1 difference',
      "'Credit note 2026-10'!B15: 5500 on the note's sheet, 5000 on 'Invoice 2026-10'!F13, the invoice it corrects: edited by hand since",
    ]);
  });
});

describe('verify on a workbook holding an invoice and a chain of its notes', () => {
  it('finds each note’s As issued on the sheet it corrects from: untouched, every sheet says so', async () => {
    const twice = join(dir, 'restated-twice.csv');
    writeFileSync(
      twice,
      readFileSync(restatedActuals, 'utf8').replace(/^(2026-10,volume,Interactions,)42500/m, '$141800'),
    );
    const second = await invoice(twice, '--corrects', join(dir, 'note.xlsx'), '-o', join(dir, 'note-2.xlsx'));
    expect(second).toMatchObject({ code: 0, err: '' });
    const file = await filedTogether('chain.xlsx', () => undefined, [
      ['note-2.xlsx', 'Credit note 2026-10 (2)'],
    ]);
    const run = await verify(file);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('Credit note 2026-10 (2): untouched');
    // The second note's As issued is the first's As recomputed: typed over there, the second names it.
    const edited = await filedTogether('chain-edited.xlsx', (note) => (note.getCell('C12').value = 87420), [
      ['note-2.xlsx', 'Credit note 2026-10 (2)'],
    ]);
    const out = (await verify(edited)).out;
    expect(out).toMatch(
      /'Credit note 2026-10 \(2\)'!B12: 88750 on the note's sheet, 87420 on 'Credit note 2026-10'!C12, the note it corrects from/,
    );
  });
});

describe('verify given a correction note alone', () => {
  it('proves a note workbook and a note JSON untouched, exit 0', async () => {
    expect(await verify(join(dir, 'note.xlsx'), restatedActuals)).toEqual({
      code: 0,
      out: 'Credit note 2026-10: untouched; every line and amount is as recomputed',
      err: '',
    });
    writeFileSync(join(dir, 'credit-note.json'), noteJson);
    expect(await verify(join(dir, 'credit-note.json'), restatedActuals)).toEqual({
      code: 0,
      out: 'credit-note.json: untouched; every line and amount is as recomputed',
      err: '',
    });
  });

  it('names a field of the note JSON edited by hand, exit 1', async () => {
    const note = JSON.parse(noteJson);
    note.lines[4].recomputed = '5000.00';
    writeFileSync(join(dir, 'edited-note.json'), JSON.stringify(note, null, 2));
    const run = await verify(join(dir, 'edited-note.json'), restatedActuals);
    expect(run.code).toBe(1);
    expect(run.out.split('\n')[0]).toMatch(/^edited-note\.json: \d+ differences?$/);
    expect(run.out.split('\n').slice(1)).toEqual([
      'lines[4] (CSAT).difference: "-5000" in the note, "0" in the invoice as it recomputed it: edited by hand since',
      'lines[4].recomputed (CSAT): "5000" in the note, "0" in the invoice as it recomputed it: edited by hand since',
    ]);
  });

  it('refuses a note of another contract, as an invoice of one, exit 2', async () => {
    const note = JSON.parse(noteJson);
    writeFileSync(
      join(dir, 'other-note.json'),
      JSON.stringify({ ...note, contract: { ...note.contract, id: 'bpo-two' } }),
    );
    const run = await verify(join(dir, 'other-note.json'), restatedActuals);
    expect(run).toMatchObject({ code: 2, out: '' });
    expect(run.err).toContain('other-note.json is an invoice of contract "bpo-two"');
  });
});
