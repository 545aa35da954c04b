/**
 * `check` and `invoice` read the Contract and Actuals sheets of an .xlsx workbook: as `demo` writes it, as
 * a user edits it (here through exceljs), and as LibreOffice saves it again.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { TEMPLATES } from '../../core/templates';
import { convertWithLibreOffice } from '../support/libreoffice';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-xlsx-'));
const demo = join(dir, 'demo.xlsx');
const invoiceOf = (contract: string, actuals: string, ...rest: string[]) => [
  'invoice',
  '--contract',
  contract,
  '--actuals',
  actuals,
  '--period',
  '2026-10',
  ...rest,
];

/** Opens `from` with exceljs, lets `edit` change cells, saves it as `to`. */
async function editWorkbook(from: string, to: string, edit: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(from);
  edit(book);
  await book.xlsx.writeFile(to);
}

beforeAll(async () => {
  expect((await runCli(['demo', '-o', demo])).code).toBe(0);
});

describe('the workbook demo writes', () => {
  it('checks clean (exit 0), naming the sheets it read', async () => {
    expect(await runCli(['check', '--contract', demo, '--actuals', demo])).toEqual({
      code: 0,
      out: 'No problems in demo.xlsx (sheet Contract) and demo.xlsx (sheet Actuals); invoice periods 2026-09 to 2026-12',
      err: '',
    });
  });

  it('invoices the worked example, alone or with the CSV actuals, as the JSON and CSV files do', async () => {
    const { contract, actuals } = await templateFiles();
    writeFileSync(join(dir, 'contract.json'), contract);
    writeFileSync(join(dir, 'actuals.csv'), actuals);
    const fromFiles = JSON.parse(
      (await runCli(invoiceOf(join(dir, 'contract.json'), join(dir, 'actuals.csv')))).out,
    );
    for (const [c, a] of [
      [demo, demo],
      [demo, join(dir, 'actuals.csv')],
      [join(dir, 'contract.json'), demo],
    ]) {
      const run = await runCli(invoiceOf(c, a));
      expect(run.code).toBe(0);
      expect(JSON.parse(run.out)).toEqual(fromFiles);
    }
    expect(fromFiles.total).toBe('136788.00');
    expect(await runCli(invoiceOf(demo, demo, '-o', join(dir, 'october.xlsx')))).toEqual({
      code: 0,
      out: `Wrote ${join(dir, 'october.xlsx')}: invoice bpo-customer-service-2026-10, total 136,788.00 EUR`,
      err: '',
    });
  });

  it('reads a workbook by its content, whatever its name', async () => {
    copyFileSync(demo, join(dir, 'contract-export.json'));
    const run = await runCli(['check', '--contract', join(dir, 'contract-export.json'), '--actuals', demo]);
    expect(run.code).toBe(0);
  });

  it('says which sheet is missing', async () => {
    const only = join(dir, 'invoice-only.xlsx');
    await editWorkbook(demo, only, (book) => {
      book.removeWorksheet(book.getWorksheet('Contract')!.id);
      book.removeWorksheet(book.getWorksheet('Actuals')!.id);
    });
    const run = await runCli(['check', '--contract', only, '--actuals', demo]);
    expect(run.code).toBe(1);
    expect(run.err).toBe(
      'invoice-only.xlsx has no Contract sheet (its sheets: "Invoice 2026-09", "Invoice 2026-10", "Invoice 2026-11", "Invoice 2026-12")',
    );
  });
});

describe('every template, in both languages', () => {
  it.each(TEMPLATES.flatMap((t) => (['en', 'fr'] as const).map((lang) => [t.id, lang] as const)))(
    '%s (%s): the demo workbook checks clean and invoices as its JSON and CSV files do',
    async (id, lang) => {
      const book = join(dir, `${id}-${lang}.xlsx`);
      expect((await runCli(['demo', '--template', id, '--lang', lang, '-o', book])).code).toBe(0);
      expect(await runCli(['check', '--contract', book, '--actuals', book])).toMatchObject({
        code: 0,
        err: '',
      });
      const contract = join(dir, `${id}-${lang}.json`);
      const actuals = join(dir, `${id}-${lang}.csv`);
      writeFileSync(contract, (await runCli(['template', id, '--lang', lang])).out);
      writeFileSync(actuals, `${(await runCli(['template', id, '--lang', lang, '--actuals'])).out}\n`);
      const template = TEMPLATES.find((t) => t.id === id)!;
      for (const { period } of template.scenarios) {
        const json = (c: string, a: string) =>
          runCli(['invoice', '--contract', c, '--actuals', a, '--period', period]);
        const fromFiles = await json(contract, actuals);
        expect(fromFiles.code).toBe(0);
        expect((await json(book, book)).out).toBe(fromFiles.out);
      }
    },
  );
});

describe('a workbook a user edited', () => {
  const edited = join(dir, 'edited.xlsx');

  beforeAll(async () => {
    await editWorkbook(demo, edited, (book) => {
      const contract = book.getWorksheet('Contract')!;
      contract.getCell('H34').value = 'n/a'; // FCR target
      contract.getCell('N33').value = 'Tolerence'; // a misspelt optional column
      book.getWorksheet('Actuals')!.getCell('E5').value = 'tbd'; // CSAT, 2026-10
    });
  });

  it('check lists every problem with its file, sheet and cell, and exits 1', async () => {
    const run = await runCli(['check', '--contract', edited, '--actuals', edited]);
    expect(run.code).toBe(1);
    expect(run.err).toBe('');
    const lines = run.out.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^edited\.xlsx: Contract!N33\b.*Tolerence/),
        expect.stringMatching(/^edited\.xlsx: Contract!H34 \(Target\): .*"n\/a"/),
        expect.stringMatching(/^edited\.xlsx: Actuals!E5\b.*"tbd"/),
      ]),
    );
    expect(lines[lines.length - 1]).toBe(
      `${lines.length - 1} problems in edited.xlsx (sheet Contract) and edited.xlsx (sheet Actuals)`,
    );
  });

  it('invoice refuses it with the same problems on stderr (exit 1), writing nothing', async () => {
    const out = join(dir, 'never.xlsx');
    const run = await runCli(invoiceOf(edited, edited, '-o', out));
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toMatch(/^edited\.xlsx: Contract!N33\b/m);
    expect(run.err).toMatch(/^edited\.xlsx: Contract!H34 \(Target\)/m);
  });
});

describe('a workbook saved again by LibreOffice', () => {
  it('checks clean and gives the same invoice', async () => {
    const outdir = join(dir, 'libreoffice');
    convertWithLibreOffice([demo], 'xlsx', outdir);
    const saved = join(outdir, 'demo.xlsx');
    const check = await runCli(['check', '--contract', saved, '--actuals', saved]);
    expect(check).toMatchObject({ code: 0, err: '' });
    const run = await runCli(invoiceOf(saved, saved));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ subtotal: '113990.00', total: '136788.00' });
  }, 150_000);
});
