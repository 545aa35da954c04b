/**
 * `outcome-fees reconcile … -o rec.xlsx` through the .xlsx writer (core/xlsx), the one painter the fakes'
 * tests of the Reconciliation sheet do not reach: the file read back with exceljs and as LibreOffice
 * opens it (`soffice --headless --convert-to csv`) carries each line's status, difference and dispute note,
 * and the supplier's labels that begin with = + - @ stay the text the supplier wrote, never a formula.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { convertWithLibreOffice } from '../support/libreoffice';
import { runCli, templateFiles } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-rec-xlsx-'));
const file = (name: string) => join(dir, name);

/** October 2026 of the BPO template, invoiced with one line over, one under, one left out and four added. */
const SUPPLIER = [
  'Line,Amount',
  'Fixed management fee,20000.00',
  'Interactions,88800.00',
  'Average response time,-320.00',
  'CSAT,4999.00',
  '=1+1,10.00',
  '+33 setup,5.00',
  '-Discount,-5.00',
  '@SUM(A1:A3),1.00',
  'Subtotal excl. VAT,114489.00',
];

/** Columns A–F of the table (line, supplier line, status, invoiced, due, difference), from row 9. */
const TABLE: readonly (readonly (string | number | null)[])[] = [
  ['Interactions', 'Interactions', 'over-billed', 88800, 88750, 50],
  ['FCR', null, 'missing', null, 560, -560],
  ['CSAT', 'CSAT', 'under-billed', 4999, 5000, -1],
  ['=1+1', '=1+1', 'unexpected', 10, null, 10],
  ['+33 setup', '+33 setup', 'unexpected', 5, null, 5],
  ['-Discount', '-Discount', 'unexpected', -5, null, -5],
  ['@SUM(A1:A3)', '@SUM(A1:A3)', 'unexpected', 1, null, 1],
  ['Fixed management fee', 'Fixed management fee', 'matched', 20000, 20000, 0],
  ['Average response time', 'Average response time', 'matched', -320, -320, 0],
  ['Subtotal excluding VAT', 'Subtotal excl. VAT', 'over-billed', 114489, 113990, 499],
];
const FIRST = 9;
const INTERACTIONS_NOTE =
  '"Interactions": invoiced €88,800.00, the contract gives €88,750.00 (40,000 × €2.10 + 2,500 × €1.90 = €88,750.00): over-billed by €50.00.';
const FORMULA_LIKE = ['=1+1', '+33 setup', '-Discount', '@SUM(A1:A3)'];

const rec = file('rec.xlsx');
let out = '';

beforeAll(async () => {
  const { contract, actuals } = await templateFiles();
  writeFileSync(file('contract.json'), contract);
  writeFileSync(file('actuals.csv'), actuals);
  writeFileSync(file('supplier.csv'), `${SUPPLIER.join('\n')}\n`);
  const run = await runCli([
    'reconcile',
    ...['--contract', file('contract.json'), '--actuals', file('actuals.csv'), '--period', '2026-10'],
    ...['--supplier', file('supplier.csv'), '-o', rec],
  ]);
  expect({ code: run.code, err: run.err }).toEqual({ code: 1, err: '' });
  out = run.out;
});

async function sheet(): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(rec) as unknown as ArrayBuffer);
  expect(book.worksheets.map((s) => s.name)).toEqual(['Reconciliation 2026-10']);
  return book.worksheets[0]!;
}

/** The dispute notes of the message to the supplier, as the terminal prints them ("- " before each). */
const terminalNotes = () =>
  out
    .split('\n')
    .filter((l) => l.startsWith('- "'))
    .map((l) => l.slice(2));

describe('the Reconciliation sheet in the .xlsx, read with exceljs', () => {
  it('holds each line with its status, amounts and difference, the differing ones first', async () => {
    const s = await sheet();
    expect(s.getRow(8).values).toEqual([
      undefined,
      'Line',
      'Supplier line',
      'Status',
      'Invoiced',
      'Due',
      'Difference',
      'Dispute note',
    ]);
    const table = TABLE.map((_, i) =>
      [1, 2, 3, 4, 5, 6].map((c) => s.getRow(FIRST + i).getCell(c).value ?? null),
    );
    expect(table).toEqual(TABLE);
    expect(s.getCell(`A${FIRST + TABLE.length}`).value).toBeNull();
    expect(s.getCell('B6').value).toBe('8 differences');
  });

  it('gives every differing line its dispute note, the one the message to the supplier quotes', async () => {
    const s = await sheet();
    const notes = TABLE.map((_, i) => s.getCell(`G${FIRST + i}`).value ?? null);
    expect(notes[0]).toBe(INTERACTIONS_NOTE);
    expect(notes.filter((n) => n !== null)).toEqual(terminalNotes());
    expect(terminalNotes()).toHaveLength(8);
    // The matched lines have none.
    expect(notes.slice(7, 9)).toEqual([null, null]);
    const message: string[] = [];
    s.getColumn(1).eachCell((cell, row) => {
      if (row > FIRST + TABLE.length) message.push(String(cell.value));
    });
    expect(message[0]).toBe('Message to the supplier');
    expect(message).toContain(`- ${INTERACTIONS_NOTE}`);
    expect(message.at(-1)).toBe('Please send a corrected invoice or a credit note.');
  });

  it("writes the supplier's labels beginning with = + - @ as text cells, and no formula anywhere", async () => {
    const s = await sheet();
    FORMULA_LIKE.forEach((label, i) => {
      for (const col of ['A', 'B']) {
        const cell = s.getCell(`${col}${FIRST + 3 + i}`);
        expect({ cell: cell.address, value: cell.value, type: cell.type, numFmt: cell.numFmt }).toEqual({
          cell: cell.address,
          value: label,
          type: ExcelJS.ValueType.String,
          numFmt: '@',
        });
      }
    });
    const formulas: string[] = [];
    s.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
      }),
    );
    expect(formulas).toEqual([]);
  });
});

/** A line of LibreOffice's CSV export: fields between ',', those that need it in '"' ('""' for one). */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  return [...fields, field];
}

describe('the Reconciliation sheet as LibreOffice opens it', () => {
  it('shows the statuses, differences and notes, and the = + - @ labels as the supplier wrote them', () => {
    const [csv] = convertWithLibreOffice([rec], 'csv', join(dir, 'libreoffice'));
    // LibreOffice's CSV export is in its default Western encoding: the € and × of the notes are not
    // compared here (exceljs reads them above), the ASCII of every cell is.
    const rows = readFileSync(csv, 'latin1').split(/\r?\n/).map(csvFields);
    expect(rows[7]).toEqual([
      'Line',
      'Supplier line',
      'Status',
      'Invoiced',
      'Due',
      'Difference',
      'Dispute note',
    ]);
    const table = TABLE.map((_, i) => rows[FIRST - 1 + i].slice(0, 6));
    expect(table).toEqual(TABLE.map((r) => r.map((v) => (v === null ? '' : String(v)))));
    FORMULA_LIKE.forEach((label, i) =>
      expect(rows[FIRST + 2 + i][6]).toMatch(new RegExp(`^"${label.replace(/[+@()]/g, '\\$&')}" \\(`)),
    );
    expect(rows[FIRST - 1][6]).toMatch(
      /^"Interactions": invoiced .88,800\.00, the contract gives .88,750\.00 /,
    );
    expect(rows[FIRST - 1 + 7][6]).toBe('');
    const message = rows.slice(FIRST + TABLE.length).map((r) => r[0]);
    expect(message[0]).toBe('Message to the supplier');
    FORMULA_LIKE.forEach((label) =>
      expect(message).toContainEqual(
        expect.stringMatching(new RegExp(`^- "${label.replace(/[+@()]/g, '\\$&')}"`)),
      ),
    );
  }, 150_000);
});
