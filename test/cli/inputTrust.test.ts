/**
 * Input files as they arrive from other programs (issue 8, attacker round): encodings and byte-order
 * marks, old or protected workbooks, oversized files, merged cells, formulas never calculated, months
 * written as dates, a supplier workbook of several sheets. Each gives the right invoice, or one line
 * naming the file and the place with a non-zero exit.
 */
import { mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_INPUT_BYTES } from '../../core/cli/inputFile';
import { runCli, templateFiles } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-trust-'));
const file = (name: string) => join(dir, name);
const contract = file('bpo.json');
const actuals = file('bpo.csv');
const demo = file('demo.xlsx');
let texts: { contract: string; actuals: string };

/** `command` (invoice, reconcile) for October 2026 on `contractFile` and `actualsFile`. */
const october = (command: string, contractFile: string, actualsFile: string, ...rest: string[]) =>
  runCli([command, '--contract', contractFile, '--actuals', actualsFile, '--period', '2026-10', ...rest]);
const invoice = (contractFile: string, actualsFile: string, ...rest: string[]) =>
  october('invoice', contractFile, actualsFile, ...rest);

async function total(contractFile: string, actualsFile: string): Promise<string> {
  const run = await invoice(contractFile, actualsFile, '--json');
  expect(run).toMatchObject({ code: 0, err: '' });
  return JSON.parse(run.out).total;
}

function expectOneLine(run: { code: number; out: string; err: string }, text: RegExp) {
  expect(run.err).toMatch(text);
  expect(run.err.split('\n')).toHaveLength(1);
  expect(run.out).toBe('');
  expect(run.code).toBe(1);
}

function written(name: string, bytes: Buffer | string): string {
  writeFileSync(file(name), bytes);
  return file(name);
}

/** The demo workbook with `edit` applied to its Actuals sheet (columns: Kind, Name, Unit, then months). */
async function demoWith(name: string, edit: (actuals: ExcelJS.Worksheet) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  edit(book.getWorksheet('Actuals')!);
  await book.xlsx.writeFile(file(name));
  return file(name);
}

beforeAll(async () => {
  texts = await templateFiles();
  writeFileSync(contract, texts.contract);
  writeFileSync(actuals, texts.actuals);
  expect((await runCli(['demo', '-o', demo])).code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  // E is October 2026, row 2 the Interactions volume: the invoice below depends on that cell.
  expect([
    book.getWorksheet('Actuals')!.getCell('E1').value,
    book.getWorksheet('Actuals')!.getCell('E2').value,
  ]).toEqual(['2026-10', 42500]);
});

describe('encodings', () => {
  it('reads a contract JSON and an actuals CSV that begin with a UTF-8 byte-order mark', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const c = written('bom.json', Buffer.concat([bom, Buffer.from(texts.contract)]));
    const a = written('bom.csv', Buffer.concat([bom, Buffer.from(texts.actuals)]));
    expect(await total(c, a)).toBe('136788.00');
  });

  it('reads a French spreadsheet export: BOM, ";", decimal commas, no-break thousands, CRLF, a ";" ending each row', async () => {
    const french = texts.actuals
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/,/g, ';').replace(/(\d)\.(\d)/, '$1,$2'))
      .map((line) => line.replace(/;42500$/, ';42\u00a0500').replace(/;39200$/, ';39\u202f200'))
      .map((line) => `${line};\r\n`)
      .join('');
    expect(french).toContain('2026-10;volume;Interactions;42\u00a0500;\r\n');
    expect(french).toContain('2026-10;kpi;CSAT;0,912;\r\n');
    const a = written('french.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french)]));
    expect(await total(contract, a)).toBe('136788.00');
  });

  it('reads UTF-16 files by their byte-order mark, little- and big-endian', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(texts.actuals, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(
      await total(
        written(
          'le.json',
          Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(texts.contract, 'utf16le')]),
        ),
        written('le.csv', le),
      ),
    ).toBe('136788.00');
    expect(await total(contract, written('be.csv', be))).toBe('136788.00');
  });

  it('reads an issued invoice JSON with a byte-order mark for verify and --corrects', async () => {
    const issued = (await invoice(contract, actuals, '--json')).out;
    const bom = written(
      'issued-bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(issued)]),
    );
    const verified = await runCli(['verify', '--invoice', bom, '--contract', contract, '--actuals', actuals]);
    expect(verified).toMatchObject({ code: 0, err: '' });
    // Read and recomputed as issued: nothing to correct, so no note (01256393), said naming the file.
    expect(await invoice(contract, actuals, '--corrects', bom)).toEqual({
      code: 0,
      out: '',
      err: 'issued-bom.json: nothing to correct: invoice bpo-customer-service-2026-10 recomputed with the actuals given is the invoice as issued; no note written',
    });
  });

  it('refuses a Windows-1252 file, naming its line, rather than misreading its names', async () => {
    const lines = texts.actuals.split('\n');
    const row = lines.findIndex((l) => l.startsWith('2026-10,kpi,CSAT'));
    lines[row] = lines[row].replace('CSAT', 'CSAT\u00e9');
    const a = written('latin1.csv', Buffer.from(lines.join('\n'), 'latin1'));
    expectOneLine(
      await invoice(contract, a),
      new RegExp(`^cannot read latin1\\.csv: line ${row + 1} is not UTF-8 text`),
    );
  });

  it('refuses a workbook where only a CSV file is read (scenarios), rather than as text that is not UTF-8', async () => {
    const run = await runCli(['scenarios', '--contract', contract, '--scenarios', demo]);
    expectOneLine(
      run,
      /^cannot read demo\.xlsx: an \.xlsx workbook, where a text file is wanted: save the sheet as CSV UTF-8$/,
    );
  });

  it('refuses a zip that is no .xlsx (an OpenDocument .ods), saying so', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Actuals');
    await book.xlsx.writeFile(file('zip.xlsx'));
    const zip = readFileSync(file('zip.xlsx'));
    // The same zip with its workbook part renamed: exceljs loads it and finds no sheet.
    const renamed = Buffer.from(
      zip.toString('latin1').replace(/xl\/workbook\.xml/g, 'xl/workbooc.xml'),
      'latin1',
    );
    expectOneLine(
      await invoice(contract, written('other.ods', renamed)),
      /^cannot read .*other\.ods as an \.xlsx workbook: it holds no worksheet: a zip that is no \.xlsx workbook/,
    );
  });

  it('refuses an Excel 97-2003 .xls (or a password-protected workbook) and a binary file', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expectOneLine(
      await invoice(written('old.xls', ole), actuals),
      /^cannot read old\.xls: an Excel 97-2003 \.xls workbook/,
    );
    expectOneLine(
      await invoice(contract, written('nul.csv', Buffer.from('Period,Kind\u0000,Name,Value\n'))),
      /^cannot read nul\.csv: not a text file/,
    );
  });
});

it('refuses a file over the input limit at once, before reading it', async () => {
  const big = written('big.csv', '');
  truncateSync(big, MAX_INPUT_BYTES + 1);
  const started = Date.now();
  expectOneLine(
    await invoice(contract, big),
    /^cannot read .*big\.csv: it is 8,388,609 bytes, and input files are read whole up to 8\.0 MB \(8,388,608 bytes\)/,
  );
  expect(Date.now() - started).toBeLessThan(2000);
});

it('reads a file of exactly the input limit', async () => {
  // The October actuals, then one line of spaces up to the limit: a blank line, read as nothing.
  const padding = MAX_INPUT_BYTES - Buffer.byteLength(texts.actuals) - 1;
  const full = written('full.csv', `${texts.actuals}${' '.repeat(padding)}\n`);
  expect(statSync(full).size).toBe(MAX_INPUT_BYTES);
  expect(await total(contract, full)).toBe('136788.00');
});

it('refuses a small workbook that unpacks past the limit, before exceljs inflates it', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Actuals');
  // Distinct texts, so that the shared-strings table holds them all: 17 MB that deflate to little.
  for (let r = 1; r <= 170; r++) sheet.getCell(r, 1).value = `${r}${'x'.repeat(100_000)}`;
  const bomb = file('bomb.xlsx');
  await book.xlsx.writeFile(bomb);
  expect(statSync(bomb).size).toBeLessThan(1024 * 1024);
  expectOneLine(
    await invoice(contract, bomb),
    /^cannot read .*bomb\.xlsx: its sheets unpack to 16\.\d MB, and workbooks are read up to 16\.0 MB unpacked$/,
  );
});

describe('workbooks edited by hand', () => {
  it('reads a merged range as Excel holds it: the value in its first cell, the others blank', async () => {
    // Interactions merged over September and October: exceljs repeats 39,200 in October's cell.
    const merged = await demoWith('merged.xlsx', (sheet) => sheet.mergeCells('D2:E2'));
    const run = await invoice(merged, merged);
    expect(run.code).toBe(1);
    expect(run.err).toContain('no quantity for "Interactions" in 2026-10');
  });

  it('refuses a formula saved without its result, naming the cell; a calculated one reads its result', async () => {
    const uncalculated = await demoWith('uncalculated.xlsx', (sheet) => {
      sheet.getCell('E2').value = { formula: '40000+2500' } as ExcelJS.CellFormulaValue;
    });
    expectOneLine(
      await invoice(uncalculated, uncalculated),
      /^cannot read .*uncalculated\.xlsx as an \.xlsx workbook: Actuals!E2 holds a formula without a saved result/,
    );
    const calculated = await demoWith('calculated.xlsx', (sheet) => {
      sheet.getCell('E2').value = { formula: '40000+2500', result: 42500 } as ExcelJS.CellFormulaValue;
    });
    expect(await total(calculated, calculated)).toBe('136788.00');
  });

  it('reads a formula whose saved result is the empty text (=IF(…,"",…) in a month to come) as a blank cell', async () => {
    // Excel and LibreOffice save it as <c t="str"><f>…</f><v></v></c>, as exceljs writes it here.
    const emptyText = await demoWith('empty-text.xlsx', (sheet) => {
      sheet.getCell('G2').value = { formula: 'IF(F2>0,"",F2)', result: '' } as ExcelJS.CellFormulaValue;
      sheet.getCell('G3').value = { formula: 'IF(F3>0,"",F3)', result: '' } as ExcelJS.CellFormulaValue;
    });
    expect(await total(emptyText, emptyText)).toBe('136788.00');
    // In the month it is read, the blank is a missing value, never a zero.
    const run = await runCli([
      'invoice',
      '--contract',
      emptyText,
      '--actuals',
      emptyText,
      '--period',
      '2026-12',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('no quantity for "Interactions" in 2026-12');
  });

  it.each(['01/10/2026', '10/2026', 'Oct 2026', 'oct.-26', 'octobre 2026'])(
    'a month header typed as %j is an error at its cell, not a note column whose values are left out',
    async (header) => {
      const book = await demoWith('header.xlsx', (sheet) => {
        sheet.getCell('E1').value = header;
      });
      const run = await runCli(['check', '--contract', book, '--actuals', book]);
      expect(run.code).toBe(1);
      expect(run.out).toContain(`Actuals!E1 (Period): expected a month YYYY-MM (2026-10), got "${header}"`);
    },
  );

  it('reads a month header that is a date, or its serial number, as that month', async () => {
    const date = await demoWith('date.xlsx', (sheet) => {
      sheet.getCell('E1').value = new Date(Date.UTC(2026, 9, 1));
      sheet.getCell('E1').numFmt = 'mmm-yy';
    });
    const serial = await demoWith('serial.xlsx', (sheet) => {
      sheet.getCell('E1').value = 46296;
    });
    expect(await total(date, date)).toBe('136788.00');
    expect(await total(serial, serial)).toBe('136788.00');
  });
});

it('says which contract of a workbook of several it read, when invoicing and when modelling', async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(demo);
  for (const name of ['Contract', 'Actuals']) {
    const copy = book.addWorksheet(`${name} (2)`);
    book
      .getWorksheet(name)!
      .eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
  }
  await book.xlsx.writeFile(file('two.xlsx'));
  const run = await invoice(file('two.xlsx'), file('two.xlsx'), '--json');
  expect(run.code).toBe(0);
  expect(JSON.parse(run.out).total).toBe('136788.00');
  const note =
    'note: two.xlsx: read the contract of sheet "Contract", not "Contract (2)": to price another, give it a workbook of its own';
  expect(run.err).toBe(note);
  const exposure = await october('exposure', file('two.xlsx'), file('two.xlsx'), '--json');
  expect(exposure.code).toBe(0);
  expect(exposure.err).toBe(note);
});

describe('a supplier workbook', () => {
  /** The supplier's invoice, equal to ours, on a first sheet `Invoice`; `edit` changes the workbook. */
  async function supplierBook(name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
    const issued = JSON.parse((await invoice(contract, actuals, '--json')).out);
    const book = new ExcelJS.Workbook();
    const first = book.addWorksheet('Invoice');
    first.addRow(['Line', 'Amount']);
    for (const line of issued.lines) first.addRow([line.label, Number(line.amount)]);
    first.addRow(['Total', Number(issued.total)]);
    edit(book);
    await book.xlsx.writeFile(file(name));
    return file(name);
  }
  const reconcile = (supplier: string) => october('reconcile', contract, actuals, '--supplier', supplier);

  it('of several sheets: reads the first visible one and says so, naming the others', async () => {
    const supplier = await supplierBook('supplier.xlsx', (book) => {
      book.addWorksheet('Hidden').state = 'hidden';
      book.addWorksheet('Details').addRow(['Line', 'Amount']);
    });
    const run = await reconcile(supplier);
    expect(run.code).toBe(0);
    expect(run.err).toBe('note: supplier.xlsx: read its first sheet, "Invoice"; not "Details"');
    expect(run.out).toContain('Every line matches.');
  });

  it('with a total whose formula was never calculated: refused naming its cell, not "required"', async () => {
    const supplier = await supplierBook('uncalculated-supplier.xlsx', (book) => {
      const sheet = book.getWorksheet('Invoice')!;
      sheet.getCell(`B${sheet.rowCount}`).value = {
        formula: `SUM(B2:B${sheet.rowCount - 1})`,
      } as ExcelJS.CellFormulaValue;
    });
    const run = await reconcile(supplier);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^cannot read .*uncalculated-supplier\.xlsx as an \.xlsx workbook: Invoice!B7 holds a formula without a saved result/,
    );
    expect(run.err.split('\n')).toHaveLength(1);
  });
});
