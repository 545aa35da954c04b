/**
 * `verify` on a correction note names every cell or field of it that says something the note does not:
 * its title (a credit note retitled a debit note), the invoice it corrects, its period, the parties, the
 * contract and its currency, as an invoice sheet's header is checked, where only its amounts and values
 * were, and a note so edited passed as untouched (exit 0).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { copyCells } from '../support/copyCells';
import { restatedBpoFiles } from '../support/restatedBpoFiles';

const { dir, contractFile, issuedActuals, restatedActuals } = restatedBpoFiles(
  'of-verify-note-cells-',
  (csv) => csv.replace(/^(2026-10,volume,Interactions,)42500/m, '$141800'),
);

const invoice = (actuals: string, ...args: string[]) =>
  runCli(['invoice', '--contract', contractFile, '--actuals', actuals, '--period', '2026-10', ...args]);
const verify = (file: string, actuals = restatedActuals) =>
  runCli(['verify', '--invoice', file, '--contract', contractFile, '--actuals', actuals]);

let noteJson: Record<string, unknown> = {};

beforeAll(async () => {
  expect(await invoice(issuedActuals, '-o', join(dir, 'invoice.xlsx'))).toMatchObject({ code: 0 });
  const corrects = ['--corrects', join(dir, 'invoice.xlsx')];
  expect(await invoice(restatedActuals, ...corrects, '-o', join(dir, 'note.xlsx'))).toMatchObject({
    code: 0,
  });
  noteJson = JSON.parse((await invoice(restatedActuals, ...corrects)).out);
});

/** The note's workbook with the cell `address` of its sheet set to `value`. */
async function edited(name: string, address: string, value: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'note.xlsx'));
  book.worksheets[0]!.getCell(address).value = value;
  const file = join(dir, name);
  await book.xlsx.writeFile(file);
  return file;
}

describe('verify on a correction note sheet', () => {
  it.each([
    ['A1', 'Debit note bpo-customer-service-2026-10-C', 'Credit note bpo-customer-service-2026-10-C'],
    ['E3', 'Someone Else SA', 'Acme Retail SAS'],
    ['B5', 'bpo-customer-service-2026-09', 'bpo-customer-service-2026-10'],
    ['B6', 'September 2026', 'October 2026'],
    ['E6', 'USD', 'EUR'],
  ])('names %s typed over (%s), exit 1', async (address, typed, recomputed) => {
    const run = await verify(await edited(`note-${address}.xlsx`, address, typed));
    expect(run).toMatchObject({ code: 1, err: '' });
    expect(run.out.split('\n')).toEqual([
      'Credit note 2026-10: 1 difference',
      `'Credit note 2026-10'!${address}: "${typed}" in the file, "${recomputed}" recomputed`,
    ]);
  });
});

describe('verify on a correction note JSON', () => {
  it.each([
    ['kind', (n: Record<string, unknown>) => ({ ...n, kind: 'debit' }), '"debit"', '"credit"'],
    [
      'contract.parties.client',
      (n: Record<string, unknown>) => ({
        ...n,
        contract: { ...(n.contract as object), parties: { client: 'X', provider: 'Contact Plus BPO' } },
      }),
      '"X"',
      '"Acme Retail SAS"',
    ],
    ['period', (n: Record<string, unknown>) => ({ ...n, period: '2026-09' }), '"2026-09"', '"2026-10"'],
  ])('names %s edited, exit 1', async (field, edit, inNote, recomputed) => {
    const file = join(dir, `note-${field}.json`);
    writeFileSync(file, JSON.stringify(edit(noteJson), null, 2));
    const run = await verify(file);
    expect(run).toMatchObject({ code: 1, err: '' });
    expect(run.out.split('\n')).toEqual([
      `note-${field}.json: 1 difference`,
      `${field}: ${inNote} in the note, ${recomputed} in the invoice as it recomputed it: edited by hand since`,
    ]);
  });
});

describe('verify on a correction note filed with the invoice it corrects', () => {
  /** The invoice's workbook with the note's sheet copied in, `edit` applied to that copy. */
  async function filedTogether(name: string, edit: (note: ExcelJS.Worksheet) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'invoice.xlsx'));
    const notes = new ExcelJS.Workbook();
    await notes.xlsx.readFile(join(dir, 'note.xlsx'));
    const copy = book.addWorksheet('Credit note 2026-10');
    copyCells(notes.worksheets[0]!, copy);
    edit(copy);
    const file = join(dir, name);
    await book.xlsx.writeFile(file);
    return file;
  }

  it('proves its reasons and its fingerprint as issued against that invoice: one typed over is named', async () => {
    // The invoice is proved by the actuals it was issued from; the note by the values it prints over them.
    const untouched = await verify(await filedTogether('filed.xlsx', () => undefined), issuedActuals);
    expect(untouched).toMatchObject({ code: 0, err: '' });
    const reason = 'Interactions restated from 42,500 to 40,000: −€1,330.00';
    const run = await verify(
      await filedTogether('filed-reason.xlsx', (note) => {
        note.getCell('E12').value = reason;
        note.getCell('B7').value = 'f'.repeat(64);
      }),
      issuedActuals,
    );
    expect(run.code).toBe(1);
    expect(run.out.split('\n').slice(-3)).toEqual([
      'Credit note 2026-10: 2 differences',
      expect.stringMatching(/^'Credit note 2026-10'!B7: "f{64}" in the file, "[0-9a-f]{64}" recomputed$/),
      `'Credit note 2026-10'!E12: "${reason}" in the file, "Interactions restated from 42,500 to 41,800: −€1,330.00" recomputed`,
    ]);
  });
});

describe('a correction note written before the VAT reason named the subtotal’s difference', () => {
  it('is untouched with the VAT reason it was written with', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'invoice.xlsx'));
    const notes = new ExcelJS.Workbook();
    await notes.xlsx.readFile(join(dir, 'note.xlsx'));
    const copy = book.addWorksheet('Credit note 2026-10');
    copyCells(notes.worksheets[0]!, copy);
    expect(copy.getCell('A18').value).toBe('VAT');
    copy.getCell('E18').value = 'VAT recomputed: VAT 20% of €112,660.00: −€266.00';
    const file = join(dir, 'earlier-vat.xlsx');
    await book.xlsx.writeFile(file);
    expect(await verify(file, issuedActuals)).toMatchObject({ code: 0, err: '' });
  });
});
