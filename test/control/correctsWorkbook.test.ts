/** `invoice --corrects ISSUED.xlsx`: the invoice workbook written by `invoice -o`, read back as issued. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { copyCells } from '../support/copyCells';
import { csatRestated, restatedBpoFiles } from '../support/restatedBpoFiles';

const { dir, contractFile, issuedActuals, restatedActuals, csv, restated } = restatedBpoFiles(
  'of-corrects-xlsx-',
  csatRestated,
);

const corrects = (issued: string, actualsFile = restatedActuals) =>
  runCli([
    'invoice',
    '--contract',
    contractFile,
    '--actuals',
    actualsFile,
    '--period',
    '2026-10',
    '--corrects',
    issued,
  ]);

describe('outcome-fees invoice --corrects ISSUED.xlsx', () => {
  const issued = join(dir, 'invoice.xlsx');

  beforeAll(async () => {
    expect(restated).not.toBe(csv);
    const run = await runCli([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      issuedActuals,
      '--period',
      '2026-10',
      '-o',
      issued,
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
  });

  it('reads the invoice sheet back as issued and prints the credit note', async () => {
    const run = await corrects(issued);
    expect(run).toMatchObject({ code: 0, err: '' });
    const note = JSON.parse(run.out);
    expect(note.kind).toBe('credit');
    expect(note.total.difference).toBe('-6000.00');
    expect(note.lines.find((l: { label: string }) => l.label === 'CSAT')).toMatchObject({
      issued: '5000.00',
      recomputed: '0.00',
      difference: '-5000.00',
    });
  });

  it('is not blocked by a problem in a month the invoice does not read', async () => {
    const tbd = join(dir, 'restated-tbd.csv');
    writeFileSync(tbd, restated.replace(/^2026-12,kpi,CSAT,[\d.]+$/m, '2026-12,kpi,CSAT,tbd'));
    expect(readFileSync(tbd, 'utf8')).toContain('2026-12,kpi,CSAT,tbd');
    const run = await corrects(issued, tbd);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      /^note: 1 problem in a month this invoice does not read \('restated-tbd\.csv'!D18 \(Value\)/,
    );
    expect(JSON.parse(run.out).total.difference).toBe('-6000.00');
  });

  it('refuses a workbook whose amount was edited since, naming the cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(issued) as unknown as ArrayBuffer);
    book.worksheets[0]!.getCell('F13').value = 5500;
    const edited = join(dir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);
    const run = await corrects(edited);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain(
      "edited.xlsx: 'Invoice 2026-10'!F13 (CSAT, Amount): 5500 on the sheet, 5000 as issued: edited by hand since",
    );
  });

  it('finds the sheet whose Period row was typed over by its number, and names that cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(issued) as unknown as ArrayBuffer);
    book.worksheets[0]!.getCell('B5').value = 'September 2026';
    const edited = join(dir, 'period-edited.xlsx');
    await book.xlsx.writeFile(edited);
    const run = await corrects(edited);
    expect(run).toMatchObject({ code: 1, out: '' });
    expect(run.err.trim()).toBe(
      `period-edited.xlsx: 'Invoice 2026-10'!B5 (Period): "September 2026" on the sheet, "October 2026" as issued: edited by hand since`,
    );
  });

  it('refuses a workbook without the period’s invoice sheet', async () => {
    const run = await runCli([
      'invoice',
      '--contract',
      contractFile,
      '--actuals',
      restatedActuals,
      '--period',
      '2026-11',
      '--corrects',
      issued,
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('invoice.xlsx: no invoice sheet for 2026-11');
  });
});

describe('invoice --corrects a workbook holding correction notes: from the last note', () => {
  const issued = join(dir, 'chain-invoice.xlsx');
  const note1 = join(dir, 'chain-note-1.xlsx');
  const both = join(dir, 'chain-both.xlsx');

  beforeAll(async () => {
    const base = ['invoice', '--contract', contractFile, '--period', '2026-10'];
    expect((await runCli([...base, '--actuals', issuedActuals, '-o', issued])).code).toBe(0);
    const written = await runCli([...base, '--actuals', restatedActuals, '--corrects', issued, '-o', note1]);
    expect(written).toMatchObject({ code: 0, err: '' });
    // The invoice and its note in one workbook, as a finance team files them.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(issued);
    const notes = new ExcelJS.Workbook();
    await notes.xlsx.readFile(note1);
    const from = notes.worksheets[0]!;
    const to = book.addWorksheet(from.name);
    copyCells(from, to);
    await book.xlsx.writeFile(both);
  });

  it('corrects from the note, not the invoice again: CSAT restated back is +6,000.00 once, as -C2', async () => {
    for (const file of [both, note1]) {
      const run = await corrects(file, issuedActuals);
      expect({ file, code: run.code, err: run.err }).toEqual({ file, code: 0, err: '' });
      expect(JSON.parse(run.out)).toMatchObject({
        kind: 'debit',
        number: 'bpo-customer-service-2026-10-C2',
        corrects: {
          number: 'bpo-customer-service-2026-10',
          previous: { number: 'bpo-customer-service-2026-10-C' },
        },
        total: { issued: '130788.00', recomputed: '136788.00', difference: '6000.00' },
      });
    }
    // Beside its invoice sheet, the chain's origin is named with the invoice's fingerprint.
    const beside = JSON.parse((await corrects(both, issuedActuals)).out);
    expect(beside.corrects.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a note sheet whose amount was typed over, naming its cell', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(note1);
    const sheet = book.worksheets[0]!;
    let csat = 0;
    // The CSAT line; the note's values below the totals have a CSAT row too.
    sheet.eachRow((row, r) => {
      if (row.getCell(1).value === 'CSAT' && csat === 0) csat = r;
    });
    sheet.getCell(`C${csat}`).value = 5000;
    const edited = join(dir, 'chain-note-edited.xlsx');
    await book.xlsx.writeFile(edited);
    const run = await corrects(edited, issuedActuals);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')[0]).toBe(
      `chain-note-edited.xlsx: 'Credit note 2026-10'!D${csat}: -5000 on the note's sheet, 0 from its other cells: edited by hand since`,
    );
  });
});
